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
import dev.imgedit.ImageBytes;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.ImageInput;
import dev.imgedit.ImageType;
import dev.imgedit.JobProgress;
import dev.imgedit.ProviderInfo;
import dev.imgedit.exception.EditTimeoutException;
import dev.imgedit.exception.ImageEditException;
import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.exception.UnsupportedFeatureException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link ImageEditProvider} promises. A provider's test class extends this and says how to
 * open the provider and how to count the requests it makes; the tests here do the rest.
 */
public abstract class ImageEditProviderContract {

    protected @Nullable ImageEditProvider provider;

    /** Opens a provider whose jobs finish (possibly after some polls). */
    protected abstract ImageEditProvider openProvider();

    /**
     * Opens a provider whose jobs are accepted but never finish, or returns null when the provider cannot be made
     * to behave so (the timeout test is then skipped).
     */
    protected abstract @Nullable ImageEditProvider openProviderWhoseJobsNeverFinish();

    /** How many requests the provider has sent to its service so far (for an offline provider: jobs it started). */
    protected abstract long requestsSent();

    /** A URL input the service can fetch, or null when the provider takes no URLs here. */
    protected @Nullable ImageInput urlInput() {
        return null;
    }

    protected Duration timeout() {
        return Duration.ofSeconds(30);
    }

    protected ImageInput sampleInput() {
        return ImageInput.bytes(ImageBytes.adopt(TestImages.png(320, 240)), "sample.png");
    }

    @BeforeEach
    void openTheProvider() {
        provider = openProvider();
    }

    @AfterEach
    void closeTheProvider() {
        if (provider != null) {
            provider.close();
        }
    }

    protected final ImageEditProvider provider() {
        assertThat(provider).as("provider").isNotNull();
        return provider;
    }

    @Test
    void infoDescribesTheProvider() {
        ProviderInfo info = provider().info();
        assertThat(info.id()).isNotBlank().doesNotContainAnyWhitespaces();
        assertThat(info.model()).isNotBlank();
        assertThat(info.aspectRatios()).isNotEmpty();
        assertThat(info.inputTypes()).contains(ImageType.PNG);
    }

    @Test
    void anEditReturnsADecodableImageWithTheJobId() throws IOException {
        EditResult result = provider().edit(EditRequest.builder(sampleInput(), "make it snow").build(), timeout(),
                EditListener.NONE);

        assertThat(result.providerId()).isEqualTo(provider().info().id());
        assertThat(result.jobId()).isNotBlank();
        EditedImage image = result.image();
        var decoded = ImageIO.read(new ByteArrayInputStream(image.bytes().toByteArray()));
        assertThat(decoded).as("decoded output").isNotNull();
        assertThat(decoded.getWidth()).isEqualTo(image.width());
        assertThat(decoded.getHeight()).isEqualTo(image.height());
    }

    @Test
    void anEditHonoursEveryAdvertisedAspectRatio() {
        for (AspectRatio ratio : provider().info().aspectRatios()) {
            EditResult result = provider().edit(
                    EditRequest.builder(sampleInput(), "make it snow").aspectRatio(ratio).build(), timeout(),
                    EditListener.NONE);
            EditedImage image = result.image();
            assertThat((double) image.width() / image.height())
                    .as("width/height for %s", ratio)
                    .isCloseTo(ratio.value(), org.assertj.core.data.Percentage.withPercentage(3));
        }
    }

    @Test
    void anEditFromAUrlWorksWhenTheProviderTakesUrls() {
        ImageInput url = urlInput();
        assumeTrue(url != null, "this provider's test takes no URL input");
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
        EditResult result = provider().await(job, timeout(), new EditListener() {
            @Override
            public void onProgress(JobProgress progress) {
                steps.add(progress);
            }
        });
        assertThat(result.jobId()).isEqualTo(job.id());
        assertThat(steps).allSatisfy(step -> assertThat(step.jobId()).isEqualTo(job.id()));
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
    void anUnknownJobIdFailsWithATypedError() {
        assertThatThrownBy(() -> provider().await(provider().resume("no-such-job-0"), timeout()))
                .isInstanceOf(ImageEditException.class);
    }

    @Test
    void anUnsupportedAspectRatioIsRefusedBeforeAnyRequest() {
        Set<AspectRatio> unsupported = EnumSet.allOf(AspectRatio.class);
        unsupported.removeAll(provider().info().aspectRatios());
        assumeTrue(!unsupported.isEmpty(), "this provider supports every ratio");
        long before = requestsSent();

        assertThatThrownBy(() -> provider().submit(EditRequest.builder(sampleInput(), "snow")
                        .aspectRatio(unsupported.iterator().next()).build()))
                .isInstanceOf(UnsupportedFeatureException.class);
        assertThat(requestsSent()).isEqualTo(before);
    }

    @Test
    void anInputOverTheSizeLimitIsRefusedBeforeAnyRequest() {
        long limit = provider().info().maxInputBytes();
        assumeTrue(limit < 64L * 1024 * 1024, "limit too large to test in memory");
        long before = requestsSent();
        ImageInput tooLarge = ImageInput.bytes(TestImages.pngSignatureFollowedByZeros((int) limit + 1));

        assertThatThrownBy(() -> provider().submit(EditRequest.builder(tooLarge, "snow").build()))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("limit");
        assertThat(requestsSent()).isEqualTo(before);
    }

    @Test
    void aJobThatNeverFinishesTimesOutWithItsId() {
        ImageEditProvider slow = openProviderWhoseJobsNeverFinish();
        assumeTrue(slow != null, "this provider cannot be made to never finish");
        try (slow) {
            EditJob job = slow.submit(EditRequest.builder(sampleInput(), "snow").build());
            assertThatThrownBy(() -> slow.await(job, Duration.ofMillis(600)))
                    .isInstanceOfSatisfying(EditTimeoutException.class,
                            timeout -> assertThat(timeout.jobId()).isEqualTo(job.id()))
                    .hasMessageContaining(job.id());
        }
    }

    @Test
    void concurrentEditsEachGetTheirOwnResult() throws Exception {
        int count = 8;
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<EditResult>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                EditRequest request = EditRequest.builder(sampleInput(), "tint " + i).build();
                futures.add(pool.submit(() -> provider().edit(request, timeout(), EditListener.NONE)));
            }
            Set<String> jobIds = new HashSet<>();
            for (Future<EditResult> future : futures) {
                jobIds.add(future.get().jobId());
            }
            assertThat(jobIds).hasSize(count);
        } finally {
            pool.shutdownNow();
        }
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
}
