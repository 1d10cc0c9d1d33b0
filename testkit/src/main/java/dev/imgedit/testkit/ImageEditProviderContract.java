package dev.imgedit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.imgedit.AspectRatio;
import dev.imgedit.EditJob;
import dev.imgedit.EditListener;
import dev.imgedit.EditRequest;
import dev.imgedit.EditResult;
import dev.imgedit.EditedImage;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.ImageInput;
import dev.imgedit.ImageType;
import dev.imgedit.JobProgress;
import dev.imgedit.JobStatus;
import dev.imgedit.ModelInfo;
import dev.imgedit.ProviderInfo;
import dev.imgedit.exception.EditTimeoutException;
import dev.imgedit.exception.ErrorKind;
import dev.imgedit.exception.ImageEditException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link ImageEditProvider} promises, as JUnit 5 tests. A provider's test class extends this,
 * opens the provider against a local stand-in for its service, and says how many requests it has sent; the tests
 * here do the rest. They check exception types, kinds and fields, never the wording of messages. The hooks by which
 * the tests get their providers are those of {@link ProviderHooks}.
 */
public abstract class ImageEditProviderContract extends ProviderHooks {
    /** Distinct input proportions for the concurrency test, each at least 6% from the next. */
    private static final int CONCURRENT_EDITS = 16;

    private ModelInfo defaultModel() {
        return provider().info().defaultModel();
    }

    @Test
    void infoDescribesTheProviderAndItsModels() {
        ProviderInfo info = provider().info();
        assertThat(info.id()).isNotBlank().doesNotContainAnyWhitespaces();
        assertThat(info.description()).isNotBlank();
        assertThat(info.models()).isNotEmpty();
        assertThat(info.model(null)).isEqualTo(info.defaultModel());
        for (ModelInfo model : info.models()) {
            assertThat(model.inputTypes()).as("input types of %s", model.id())
                    .containsAnyOf(ImageType.PNG, ImageType.JPEG);
            assertThat(model.maxJobsInFlight()).as("in-flight limit of %s", model.id()).isPositive();
        }
    }

    @Test
    void anEditReturnsADecodableImageWithTheJobId() throws IOException {
        EditResult result = provider().edit(EditRequest.builder(sampleInput(), "make it snow").build(), timeout(),
                EditListener.NONE);

        assertThat(result.providerId()).isEqualTo(provider().info().id());
        assertThat(result.jobId()).isNotBlank();
        EditedImage image = result.image();
        assertThat(ImageType.detect(image.bytes().head(12))).contains(image.type());
        var decoded = ImageIO.read(new ByteArrayInputStream(image.bytes().toByteArray()));
        if (image.type() != ImageType.WEBP || decoded != null) {
            assertThat(decoded).as("decoded output").isNotNull();
            assertThat(decoded.getWidth()).isEqualTo(image.width());
            assertThat(decoded.getHeight()).isEqualTo(image.height());
        }
    }

    @Test
    void anEditHonoursEveryAspectRatioTheDefaultModelAdvertises() {
        for (AspectRatio ratio : defaultModel().aspectRatios()) {
            EditResult result = provider().edit(
                    EditRequest.builder(sampleInput(), "make it snow").aspectRatio(ratio).build(), timeout(),
                    EditListener.NONE);
            EditedImage image = result.image();
            assertThat((double) image.width() / image.height())
                    .as("width/height for %s", ratio)
                    .isCloseTo(ratio.value(), Percentage.withPercentage(3));
        }
    }

    @Test
    void everyListedModelMakesAnEdit() {
        for (ModelInfo model : provider().info().models()) {
            EditResult result = provider().edit(
                    EditRequest.builder(sampleInput(), "make it snow").model(model.id()).build(), timeout(),
                    EditListener.NONE);
            assertThat(result.images()).as("images made by %s", model.id()).isNotEmpty();
        }
    }

    @Test
    void anEditFromAUrlWorksWhenTheProviderTakesUrls() {
        ImageInput url = urlInput();
        assumeTrue(url != null, "this provider's test gives no URL input");
        EditResult result = provider().edit(EditRequest.builder(url, "make it night").build(), timeout(),
                EditListener.NONE);
        assertThat(result.images()).isNotEmpty();
    }

    @Test
    void submitReturnsAJobOfThisProviderThatAwaitCompletes() {
        EditJob job = provider().submit(EditRequest.builder(sampleInput(), "sepia").build());
        assertThat(job.providerId()).isEqualTo(provider().info().id());
        assertThat(job.id()).isNotBlank();

        List<JobProgress> steps = new CopyOnWriteArrayList<>();
        EditResult result = provider().await(job, timeout(), progressInto(steps));
        assertThat(result.jobId()).isEqualTo(job.id());
        assertThat(steps).allSatisfy(step -> assertThat(step.jobId()).isEqualTo(job.id()));
    }

    @Test
    void theListenerIsToldOfProgressWhileAJobQueues() {
        ImageEditProvider queueing = openProviderWhoseJobsQueue();
        assumeTrue(queueing != null, "this provider's test cannot make jobs queue");
        try (queueing) {
            EditJob job = queueing.submit(EditRequest.builder(sampleInput(), "snow").build());
            List<JobProgress> steps = new CopyOnWriteArrayList<>();
            EditResult result = queueing.await(job, timeout(), progressInto(steps));

            assertThat(result.jobId()).isEqualTo(job.id());
            assertThat(steps).as("progress reported while the job queued")
                    .anySatisfy(step -> assertThat(step.status()).isEqualTo(JobStatus.PROCESSING))
                    .allSatisfy(step -> {
                        assertThat(step.jobId()).isEqualTo(job.id());
                        assertThat(step.checks()).isPositive();
                    });
        }
    }

    @Test
    void aJobCanBeResumedByItsIdAlone() {
        EditJob job = provider().submit(EditRequest.builder(sampleInput(), "invert").build());

        EditJob resumed = provider().resume(job.id());
        EditResult result = provider().await(resumed, timeout());

        assertThat(resumed.id()).isEqualTo(job.id());
        assertThat(result.jobId()).isEqualTo(job.id());
        assertThat(result.images()).isNotEmpty();
    }

    @Test
    void aJobResumedInANewInstanceYieldsTheSameResult() {
        EditJob job = provider().submit(EditRequest.builder(sampleInput(), "black and white").build());
        EditResult first = provider().await(job, timeout());

        EditResult again;
        try (ImageEditProvider another = openProvider()) {
            again = another.await(another.resume(job.id()), timeout());
        }
        assertThat(again.jobId()).isEqualTo(job.id());
        assertThat(again.images()).hasSameSizeAs(first.images());
        for (int i = 0; i < first.images().size(); i++) {
            assertThat(again.images().get(i).bytes()).as("image %d", i).isEqualTo(first.images().get(i).bytes());
        }
    }

    @Test
    void anUnknownJobIdFailsWithATypedError() {
        assertThatThrownBy(() -> provider().await(provider().resume("no-such-job-0"), timeout()))
                .isInstanceOfSatisfying(ImageEditException.class, error -> assertThat(error.kind())
                        .isIn(ErrorKind.JOB_NOT_FOUND, ErrorKind.INVALID_REQUEST));
    }

    @Test
    void unsupportedRequestsAreRefusedBeforeAnyRequest() {
        List<EditRequest> unsupported = new UnsupportedRequests(provider().info(), sampleInput(), urlInput()).all();
        assumeTrue(!unsupported.isEmpty(), "this provider's default model supports everything the kit can ask");
        long before = requestsSent();
        for (EditRequest request : unsupported) {
            assertThatThrownBy(() -> provider().submit(request))
                    .as("submitting %s", request)
                    .isInstanceOfSatisfying(ImageEditException.class,
                            error -> assertThat(error.kind()).isEqualTo(ErrorKind.UNSUPPORTED_FEATURE));
        }
        assertThat(requestsSent()).as("requests sent for refused requests").isEqualTo(before);
    }

    @Test
    void anInputOverTheByteLimitIsRefusedBeforeAnyRequest() {
        long limit = defaultModel().maxInputBytes();
        assumeTrue(limit < 64L * 1024 * 1024, "limit too large to test in memory");
        long before = requestsSent();
        ImageInput tooLarge = ImageInput.bytes(TestImages.pngSignatureFollowedByZeros((int) limit + 1));

        assertThatThrownBy(() -> provider().submit(EditRequest.builder(tooLarge, "snow").build()))
                .isInstanceOfSatisfying(ImageEditException.class,
                        error -> assertThat(error.kind()).isEqualTo(ErrorKind.INVALID_REQUEST));
        assertThat(requestsSent()).isEqualTo(before);
    }

    @Test
    void aJobThatNeverFinishesTimesOutWithItsId() {
        ImageEditProvider slow = openProviderWhoseJobsNeverFinish();
        assumeTrue(slow != null, "this provider's test cannot make jobs never finish");
        try (slow) {
            EditJob job = slow.submit(EditRequest.builder(sampleInput(), "snow").build());
            Duration timeout = Duration.ofMillis(600);
            assertThatThrownBy(() -> slow.await(job, timeout))
                    .isInstanceOfSatisfying(EditTimeoutException.class, error -> {
                        assertThat(error.kind()).isEqualTo(ErrorKind.TIMED_OUT);
                        assertThat(error.jobId()).isEqualTo(job.id());
                        assertThat(error.waited()).isGreaterThanOrEqualTo(timeout.minusMillis(50));
                    });
        }
    }

    @Test
    void concurrentEditsEachGetTheirOwnResult() throws Exception {
        new ConcurrentEdits(provider(), timeout(), CONCURRENT_EDITS, this::inputOfSize)
                .runAndCheck(outputKeepsInputProportions());
    }

    @Test
    void aClosedProviderRefusesNewWorkAndClosingTwiceIsHarmless() {
        ImageEditProvider opened = openProvider();
        opened.close();
        opened.close();
        assertThatThrownBy(() -> opened.submit(EditRequest.builder(sampleInput(), "snow").build()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void openingAndClosingLeavesNoThreadsBehind() throws InterruptedException {
        ImageEditProvider warmUp = openProvider();
        warmUp.edit(EditRequest.builder(sampleInput(), "snow").build(), timeout(), EditListener.NONE);
        warmUp.close();
        int baseline = Thread.activeCount();
        for (int i = 0; i < 5; i++) {
            try (ImageEditProvider opened = openProvider()) {
                opened.edit(EditRequest.builder(sampleInput(), "snow " + i).build(), timeout(), EditListener.NONE);
            }
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (Thread.activeCount() > baseline + 1 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(Thread.activeCount()).as("live threads after 5 open/close cycles").isLessThanOrEqualTo(baseline + 1);
    }

    private static EditListener progressInto(List<JobProgress> steps) {
        return new EditListener() {
            @Override
            public void onProgress(JobProgress progress) {
                steps.add(progress);
            }
        };
    }
}
