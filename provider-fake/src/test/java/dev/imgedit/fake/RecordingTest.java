package dev.imgedit.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgedit.AspectRatio;
import dev.imgedit.EditJob;
import dev.imgedit.EditRequest;
import dev.imgedit.ImageInput;
import dev.imgedit.ImageSize;
import dev.imgedit.ImageType;
import dev.imgedit.exception.UnsupportedFeatureException;
import dev.imgedit.testkit.TestImages;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every call reaches the recording, in order, with what the application sent. */
class RecordingTest {
    private static final Duration TIMEOUT = Duration.ofMinutes(1);

    private final FakeService fake = FakeService.create();

    @AfterEach
    void close() {
        fake.close();
    }

    @Test
    void aSubmitIsRecordedWithEverythingTheRequestSaid() {
        byte[] photo = TestImages.png(120, 80);
        URI style;
        try (ImageServer images = ImageServer.start()) {
            style = images.url("/style.png");
            images.serve("/style.png", TestImages.png(20, 20));
            submitWithEverything(photo, style);
        }

        RecordedCall.Submit submit = fake.recording().takeRequest();
        assertThat(submit.number()).isEqualTo(1);
        assertThat(submit.prompt()).isEqualTo("make it snow");
        assertThat(submit.image().sha256()).isEqualTo(RecordedImage.sha256(photo));
        assertThat(submit.image().byteCount()).isEqualTo((long) photo.length);
        assertThat(submit.image().type()).isEqualTo(ImageType.PNG);
        assertThat(submit.image().size()).isEqualTo(new ImageSize(120, 80));
        assertThat(submit.references()).hasSize(2);
        assertThat(submit.references().get(0).type()).isEqualTo(ImageType.JPEG);
        assertThat(submit.references().get(1).url()).isEqualTo(style);
        assertThat(submit.references().get(1).sha256()).isNull();
        assertThat(submit.request().model()).isEqualTo(FakeProviderFactory.MODEL);
        assertThat(submit.request().aspectRatio()).isEqualTo(AspectRatio.R16_9);
        assertThat(submit.request().seed()).isEqualTo(7L);
        assertThat(submit.request().outputFormat()).isEqualTo(ImageType.JPEG);
        assertThat(submit.request().trackId()).isEqualTo("order-42");
        assertThat(submit.at()).isEqualTo(fake.clock().instant());
    }

    private void submitWithEverything(byte[] photo, URI style) {
        EditRequest request = EditRequest.builder(ImageInput.bytes(photo), "make it snow")
                .reference(ImageInput.bytes(TestImages.jpeg(30, 20)))
                .reference(ImageInput.url(style.toString()))
                .model(FakeProviderFactory.MODEL).aspectRatio(AspectRatio.R16_9).seed(7L)
                .outputFormat(ImageType.JPEG).trackId("order-42").build();

        fake.provider().submit(request);
    }

    @Test
    void submitsAwaitsAndResumesAreRecordedInOrder() {
        EditJob job = fake.provider().submit(request("snow"));
        fake.provider().await(job, TIMEOUT);
        EditJob resumed = fake.provider().resume(job.id());
        fake.provider().await(resumed, Duration.ofSeconds(30));

        assertThat(fake.recording().calls()).extracting(RecordedCall::number).containsExactly(1, 2, 3, 4);
        assertThat(fake.recording().takeCall()).isInstanceOf(RecordedCall.Submit.class);
        assertThat(fake.recording().takeCall()).isEqualTo(new RecordedCall.Await(2, fake.recording().calls().get(1)
                .at(), job.id(), TIMEOUT));
        assertThat(fake.recording().takeCall()).isInstanceOfSatisfying(RecordedCall.Resume.class,
                resume -> assertThat(resume.jobId()).isEqualTo(job.id()));
        assertThat(fake.recording().takeCall()).isInstanceOfSatisfying(RecordedCall.Await.class,
                await -> assertThat(await.timeout()).isEqualTo(Duration.ofSeconds(30)));
        assertThat(fake.recording().takeRequest()).as("submits are taken apart from calls")
                .isEqualTo(fake.recording().calls().get(0));
    }

    @Test
    void takeRequestWaitsForASubmitMadeOnAnotherThread() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            CompletableFuture<?> edit = fake.provider().editAsync(request("night"), executor);
            assertThat(fake.recording().takeRequest(Duration.ofSeconds(10)).prompt()).isEqualTo("night");
            edit.get();
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void takingWhatWasNotSentFailsListingWhatWas() {
        fake.provider().submit(request("snow"));
        fake.recording().takeRequest();

        assertThatThrownBy(() -> fake.recording().takeRequest(Duration.ofMillis(20)))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("no further submit was made (1 taken so far); the calls: #1 submit at ")
                .hasMessageContaining("'snow' on [PNG 64x48");
    }

    @Test
    void aRequestRefusedBeforeReachingTheServiceIsNotACall() {
        EditRequest webp = EditRequest.builder(Pictures.input(TestImages.scene(64, 48)), "snow")
                .outputFormat(ImageType.WEBP).build();
        assertThatThrownBy(() -> fake.provider().submit(webp)).isInstanceOf(UnsupportedFeatureException.class);
        assertThat(fake.recording().calls()).isEmpty();
    }

    private static EditRequest request(String prompt) {
        return EditRequest.builder(Pictures.input(TestImages.scene(64, 48)), prompt).build();
    }
}
