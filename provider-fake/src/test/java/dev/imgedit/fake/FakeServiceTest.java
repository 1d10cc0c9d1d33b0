package dev.imgedit.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgedit.EditJob;
import dev.imgedit.EditListener;
import dev.imgedit.EditRequest;
import dev.imgedit.EditResult;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.JobProgress;
import dev.imgedit.JobStatus;
import dev.imgedit.exception.EditTimeoutException;
import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.exception.JobNotFoundException;
import dev.imgedit.fake.internal.FakeImageEditProvider;
import dev.imgedit.fake.internal.ServiceSetup;
import dev.imgedit.fake.internal.store.MemoryJobStore;
import dev.imgedit.testkit.TestImages;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fake imitates a remote service: it queues, is slow, keeps jobs for resuming, and times out. */
class FakeServiceTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @TempDir
    Path jobs;

    /** A provider keeping its jobs in this test's own directory. */
    private ImageEditProvider open(FakeSettings settings) {
        return new FakeProviderFactory().create(settings.toBuilder().jobDirectory(jobs).build());
    }

    private static EditRequest request(String prompt) {
        return EditRequest.builder(Pictures.input(TestImages.scene(96, 64)), prompt).seed(3L).build();
    }

    /** Remembers every progress report. */
    private static final class Recorder implements EditListener {
        final List<JobProgress> steps = new ArrayList<>();
        int downloads;

        @Override
        public void onProgress(JobProgress progress) {
            steps.add(progress);
        }

        @Override
        public void onDownloading(EditJob job, int outputs) {
            downloads += outputs;
        }

        List<JobStatus> statuses() {
            return steps.stream().map(JobProgress::status).toList();
        }
    }

    @Test
    void withoutAQueueSubmitAnswersWithAFinishedJobAndAwaitChecksOnce() {
        try (ImageEditProvider provider = open(FakeSettings.defaults())) {
            EditJob job = provider.submit(request("snow"));
            Recorder recorder = new Recorder();
            provider.await(job, TIMEOUT, recorder);

            assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED);
            assertThat(job.id()).matches("fake-[0-9a-z]{12}-[0-9a-f]{8}");
            assertThat(recorder.statuses()).containsExactly(JobStatus.SUCCEEDED);
            assertThat(recorder.downloads).isEqualTo(1);
        }
    }

    @Test
    void aQueuedJobIsProcessingForTheGivenNumberOfChecksAndTheListenerSeesEach() {
        try (ImageEditProvider provider = open(FakeSettings.builder().queueChecks(3).build())) {
            EditJob job = provider.submit(request("night"));
            Recorder recorder = new Recorder();
            EditResult result = provider.await(job, TIMEOUT, recorder);

            assertThat(job.status()).isEqualTo(JobStatus.PROCESSING);
            assertThat(recorder.statuses()).containsExactly(
                    JobStatus.PROCESSING, JobStatus.PROCESSING, JobStatus.PROCESSING, JobStatus.SUCCEEDED);
            assertThat(recorder.steps).extracting(JobProgress::checks).containsExactly(1, 2, 3, 4);
            assertThat(recorder.steps).allSatisfy(step -> assertThat(step.jobId()).isEqualTo(job.id()));
            assertThat(recorder.steps.get(0).message()).contains("3 status checks to go");
            assertThat(result.jobId()).isEqualTo(job.id());
        }
    }

    @Test
    void aJobWithAQueueTimeIsProcessingUntilItHasPassed() {
        Duration queueTime = Duration.ofMillis(150);
        try (ImageEditProvider provider = open(FakeSettings.builder().queueTime(queueTime).build())) {
            EditJob job = provider.submit(request("sepia"));
            Recorder recorder = new Recorder();
            EditResult result = provider.await(job, TIMEOUT, recorder);

            assertThat(job.status()).isEqualTo(JobStatus.PROCESSING);
            assertThat(job.estimatedWait()).isNotNull();
            assertThat(recorder.statuses()).startsWith(JobStatus.PROCESSING).endsWith(JobStatus.SUCCEEDED);
            assertThat(recorder.steps.get(recorder.steps.size() - 1).elapsed()).isPositive();
            // elapsed is measured on the wall clock, the queue on the monotonic one: allow for their rounding.
            assertThat(result.elapsed()).isGreaterThanOrEqualTo(queueTime.minusMillis(5));
        }
    }

    @Test
    void latencyDelaysSubmitAndEachCheck() {
        Duration latency = Duration.ofMillis(30);
        try (ImageEditProvider provider = open(FakeSettings.builder().latency(latency).queueChecks(1).build())) {
            long started = System.nanoTime();
            EditResult result = provider.edit(request("invert"), TIMEOUT, EditListener.NONE);
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(took).as("one submit and two checks").isGreaterThanOrEqualTo(latency.multipliedBy(3));
            assertThat(result.images()).hasSize(1);
        }
    }

    @Test
    void aJobThatNeverFinishesTimesOutWithItsIdAndHowToResume() {
        try (ImageEditProvider provider = open(FakeSettings.builder().neverFinish(true).build())) {
            EditJob job = provider.submit(request("snow"));
            Recorder recorder = new Recorder();

            assertThatThrownBy(() -> provider.await(job, Duration.ofMillis(200), recorder))
                    .isInstanceOfSatisfying(EditTimeoutException.class, timeout -> {
                        assertThat(timeout.jobId()).isEqualTo(job.id());
                        assertThat(timeout.waited()).isGreaterThanOrEqualTo(Duration.ofMillis(200));
                        assertThat(timeout.isRetriable()).isTrue();
                    })
                    .hasMessageMatching("fake job " + job.id() + " is still processing after \\d+ ms; it goes on at "
                            + "the provider: resume it by its id rather than submitting it again");
            assertThat(recorder.statuses()).isNotEmpty().containsOnly(JobStatus.PROCESSING);
        }
    }

    @Test
    void theTimeoutMessageNamesTheJobOnceAndTheWaitInSeconds() {
        try (ImageEditProvider provider = open(FakeSettings.builder().neverFinish(true).build())) {
            EditJob job = provider.submit(request("snow"));

            EditTimeoutException timeout = org.assertj.core.api.Assertions.catchThrowableOfType(
                    EditTimeoutException.class, () -> provider.await(job, Duration.ofMillis(1000)));

            // The CLI appends "; finish it with: imgedit fetch <id> ...": the id must not come twice before that.
            assertThat(timeout.getMessage().split(java.util.regex.Pattern.quote(job.id()), -1)).hasSize(2);
            assertThat(timeout.getMessage()).contains(" is still processing after 1 s; ")
                    .doesNotContain("\n", "twice");
        }
    }

    @Test
    void aNewProviderInstanceResumesAJobByItsId() {
        String id;
        try (ImageEditProvider first = open(FakeSettings.builder().queueChecks(2).build())) {
            id = first.submit(request("blur")).id();
        }
        try (ImageEditProvider second = open(FakeSettings.defaults())) {
            EditJob resumed = second.resume(id);
            Recorder recorder = new Recorder();
            EditResult result = second.await(resumed, TIMEOUT, recorder);

            assertThat(resumed.status()).isEqualTo(JobStatus.PROCESSING);
            assertThat(result.jobId()).isEqualTo(id);
            assertThat(recorder.statuses()).as("the job keeps its own queue")
                    .containsExactly(JobStatus.PROCESSING, JobStatus.PROCESSING, JobStatus.SUCCEEDED);
        }
    }

    @Test
    void anUnknownJobIdIsNotFoundAtResume() {
        try (ImageEditProvider provider = open(FakeSettings.defaults())) {
            assertThatThrownBy(() -> provider.resume("fake-000000000000-00000000"))
                    .isInstanceOfSatisfying(JobNotFoundException.class,
                            notFound -> assertThat(notFound.jobId()).isEqualTo("fake-000000000000-00000000"))
                    .hasMessageContaining("no fake job fake-000000000000-00000000 in " + jobs);
            EditJob forged = EditJob.ofId("fake", "fake-000000000000-ffffffff");
            assertThatThrownBy(() -> provider.await(forged, TIMEOUT)).isInstanceOf(JobNotFoundException.class);
        }
    }

    @Test
    void theOldestJobsAreForgottenWhenTheMemoryStoreIsFull() {
        FakeImageEditProvider provider = new FakeImageEditProvider(new FakeProviderFactory().info(),
                ServiceSetup.of(FakeSettings.defaults(), new MemoryJobStore(2, Long.MAX_VALUE), null));
        try (provider) {
            String oldest = provider.submit(request("snow")).id();
            provider.submit(request("night"));
            String newest = provider.submit(request("sepia")).id();

            assertThatThrownBy(() -> provider.resume(oldest)).isInstanceOf(JobNotFoundException.class);
            assertThat(provider.resume(newest).id()).isEqualTo(newest);
        }
    }

    @Test
    void aJobOfAnotherProviderIsRefused() {
        try (ImageEditProvider provider = open(FakeSettings.defaults())) {
            EditJob foreign = EditJob.ofId("modelslab", "12345");
            assertThatThrownBy(() -> provider.await(foreign, TIMEOUT))
                    .isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("modelslab");
        }
    }

    @Test
    void aClosedProviderRefusesEverythingAndClosingTwiceIsHarmless() {
        ImageEditProvider provider = open(FakeSettings.defaults());
        EditJob job = provider.submit(request("snow"));
        provider.close();
        provider.close();

        assertThatThrownBy(() -> provider.submit(request("snow"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> provider.await(job, TIMEOUT)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> provider.resume(job.id())).isInstanceOf(IllegalStateException.class);
        try (ImageEditProvider reopened = open(FakeSettings.defaults())) {
            assertThat(reopened.await(reopened.resume(job.id()), TIMEOUT).jobId()).isEqualTo(job.id());
        }
    }

    @Test
    void providerConfigSettingsReachTheProvider() {
        try (ImageEditProvider provider = new FakeProviderFactory().create(dev.imgedit.spi.ProviderConfig.of(
                Map.of(FakeSettings.QUEUE_CHECKS, "2", FakeSettings.LATENCY, "0")))) {
            Recorder recorder = new Recorder();
            provider.edit(request("cool"), TIMEOUT, recorder);
            assertThat(recorder.statuses()).hasSize(3);
        }
    }
}
