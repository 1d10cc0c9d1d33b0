package dev.imgedit.modelslab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.imgedit.EditJob;
import dev.imgedit.EditListener;
import dev.imgedit.EditResult;
import dev.imgedit.JobProgress;
import dev.imgedit.JobStatus;
import dev.imgedit.exception.EditTimeoutException;
import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.exception.ProviderUnavailableException;
import dev.imgedit.modelslab.internal.ModelsLabProvider;
import dev.imgedit.modelslab.testserver.JobScript;
import dev.imgedit.testkit.http.RecordedRequest;
import dev.imgedit.testkit.http.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The poll schedule follows ModelsLab's eta (first wait = the submit's eta, at most 10 s; after a poll, the eta it
 * gave, else ×1.5, within [0.5 s, 10 s]), on an injected clock so nothing really waits; timeouts carry the job id
 * and the job can be resumed.
 */
class ModelsLabPollingTest extends ModelsLabServerFixture {
    ModelsLabPollingTest() {
        super(Map.of(ModelsLabSettings.POLL_MIN_INTERVAL, "500ms", ModelsLabSettings.POLL_MAX_INTERVAL, "10s"));
    }

    private static Reply processingWithEta(String eta) {
        return Reply.json("{\"status\":\"processing\",\"id\":${id},\"eta\":" + eta
                + ",\"fetch_result\":\"${fetchResult}\"}");
    }

    private static Reply[] stillProcessingThenSuccess(int polls) {
        List<Reply> replies = new ArrayList<>();
        for (int i = 0; i < polls; i++) {
            replies.add(Reply.json("{\"status\":\"processing\",\"messege\":\"Try again after few seconds\"}"));
        }
        replies.add(Reply.json(JobScript.FETCH_SUCCESS));
        return replies.toArray(Reply[]::new);
    }

    @Test
    void theFirstWaitIsTheEtaAndLaterOnesGrowByHalfUpToTheCap() {
        server.enqueue(JobScript.of(processingWithEta("2.75"), stillProcessingThenSuccess(5)));

        provider.edit(request(), Duration.ofMinutes(5), EditListener.NONE);

        assertThat(timing.sleeps()).containsExactly(Duration.ofMillis(2750), Duration.ofNanos(4_125_000_000L),
                Duration.ofNanos(6_187_500_000L), Duration.ofNanos(9_281_250_000L), Duration.ofSeconds(10),
                Duration.ofSeconds(10));
        assertThat(server.fetches()).hasSize(6);
    }

    @Test
    void anEtaGivenByAPollIsWaitedInsteadOfAGrowingGuess() {
        server.enqueue(JobScript.of(processingWithEta("1"), processingWithEta("2"), processingWithEta("0.2"),
                Reply.json(JobScript.FETCH_SUCCESS)));

        provider.edit(request(), Duration.ofMinutes(5), EditListener.NONE);

        assertThat(timing.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofMillis(500));
        assertThat(server.fetches()).hasSize(3);
    }

    @Test
    void aSubmitsShortEtaIsWaitedAsItIsAndTheLowerBoundSpacesThePollsAfterIt() {
        server.enqueue(JobScript.of(processingWithEta("0.25"), stillProcessingThenSuccess(1)));

        provider.edit(request(), Duration.ofMinutes(5), EditListener.NONE);

        assertThat(timing.sleeps()).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500));
    }

    @Test
    void aLongEtaIsCutToTheUpperBound() {
        server.enqueue(JobScript.of(processingWithEta("45"), stillProcessingThenSuccess(0)));

        provider.edit(request(), Duration.ofMinutes(5), EditListener.NONE);

        assertThat(timing.sleeps()).containsExactly(Duration.ofSeconds(10));
    }

    @Test
    void theFirstWaitCountsFromTheSubmitsAnswerNotFromTheAwait() {
        server.enqueue(JobScript.of(processingWithEta("2.75"), stillProcessingThenSuccess(0)));
        EditJob job = provider.submit(request());
        timing.sleep(Duration.ofSeconds(2));

        provider.await(job, Duration.ofMinutes(5));

        assertThat(timing.sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofMillis(750));
    }

    @Test
    void withoutAnEtaTheFirstWaitIsTheLowerBound() {
        server.enqueue(JobScript.of(Reply.json("{\"status\":\"processing\",\"id\":${id}}"),
                stillProcessingThenSuccess(1)));

        provider.edit(request(), Duration.ofMinutes(5), EditListener.NONE);

        assertThat(timing.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(750));
    }

    @Test
    void theListenerHearsEveryPollAndTheDownload() {
        server.enqueue(JobScript.of(processingWithEta("3"), stillProcessingThenSuccess(2)));
        List<JobProgress> steps = new CopyOnWriteArrayList<>();
        List<Integer> downloads = new CopyOnWriteArrayList<>();

        EditResult result = provider.edit(request(), Duration.ofMinutes(5), new EditListener() {
            @Override
            public void onProgress(JobProgress progress) {
                steps.add(progress);
            }

            @Override
            public void onDownloading(EditJob job, int outputs) {
                downloads.add(outputs);
            }
        });

        assertThat(steps).extracting(JobProgress::checks).containsExactly(1, 2, 3);
        assertThat(steps).extracting(JobProgress::status)
                .containsExactly(JobStatus.PROCESSING, JobStatus.PROCESSING, JobStatus.SUCCEEDED);
        assertThat(steps.get(0).message()).isEqualTo("Try again after few seconds");
        assertThat(steps).allSatisfy(step -> assertThat(step.jobId()).isEqualTo(result.jobId()));
        assertThat(steps.get(2).elapsed()).isEqualTo(timing.slept());
        assertThat(downloads).containsExactly(1);
    }

    @Test
    void aTimeoutCarriesTheJobIdAndTheJobCanBeResumedLater() {
        server.enqueue(JobScript.of(processingWithEta("2.75"), stillProcessingThenSuccess(6)));
        EditJob job = provider.submit(request());

        EditTimeoutException timeout = catchThrowableOfType(EditTimeoutException.class,
                () -> provider.await(job, Duration.ofSeconds(20)));

        assertThat(timeout.jobId()).isEqualTo(job.id());
        assertThat(timeout.getMessage()).contains(job.id(), "resume it by its id", "still processing")
                .doesNotContain("imgedit fetch");
        assertThat(timeout.waited()).isEqualTo(Duration.ofSeconds(20));
        assertThat(timeout.isRetriable()).isTrue();
        assertThat(server.fetches()).hasSize(4);

        EditJob resumed = provider.resume(job.id());
        EditResult result = provider.await(resumed, Duration.ofMinutes(5));

        assertThat(result.jobId()).isEqualTo(job.id());
        assertThat(server.submitCount()).isOne();
        List<RecordedRequest> afterResume = server.fetches().subList(4, server.fetches().size());
        assertThat(afterResume).extracting(RecordedRequest::path).containsOnly("/api/v7/images/fetch/" + job.id());
    }

    @Test
    void aResumedJobIsAskedAtOnce() {
        server.enqueue(JobScript.immediateSuccess());
        String id = provider.submit(request()).id();

        provider.await(provider.resume(id), Duration.ofMinutes(1));

        assertThat(timing.sleeps()).isEmpty();
        assertThat(server.fetches()).hasSize(1);
    }

    @Test
    void aJobTheV7FetchDoesNotKnowIsAskedAtTheV6PathOnce() {
        server.withoutV7Fetch().enqueue(JobScript.immediateSuccess());
        String id = provider.submit(request()).id();

        EditResult result = provider.await(provider.resume(id), Duration.ofMinutes(1));

        assertThat(result.jobId()).isEqualTo(id);
        assertThat(server.fetches()).extracting(RecordedRequest::path)
                .containsExactly("/api/v7/images/fetch/" + id, "/api/v6/images/fetch/" + id);
    }

    @Test
    void aFetchResultOnAnotherHostIsNeverAskedWithTheKey() {
        server.enqueue(JobScript.of(Reply.json("{\"status\":\"processing\",\"id\":77,\"eta\":1,"
                + "\"fetch_result\":\"https://fetch.example.invalid/api/v7/images/fetch/77\"}")));
        EditJob job = provider.submit(request());

        assertThatThrownBy(() -> provider.await(job, Duration.ofMinutes(1)))
                .isInstanceOf(ProviderUnavailableException.class)
                .hasMessageContaining("https://fetch.example.invalid")
                .hasMessageContaining("resume job 77");
        assertThat(server.fetches()).isEmpty();
    }

    @Test
    void aFetchResultOverPlainHttpOnTheSameHostIsRefusedToo() {
        String otherScheme = server.baseUrl().toString().replace("http://", "https://");
        server.enqueue(JobScript.of(Reply.json("{\"status\":\"processing\",\"id\":78,\"eta\":1,"
                + "\"fetch_result\":\"" + otherScheme + "/api/v6/images/fetch/78\"}")));
        EditJob job = provider.submit(request());

        assertThatThrownBy(() -> provider.await(job, Duration.ofMinutes(1)))
                .isInstanceOf(ProviderUnavailableException.class);
    }

    @Test
    void closingTheProviderStopsAnAwaitAtItsNextPoll() {
        server.enqueue(JobScript.neverFinishing());
        EditJob job = provider.submit(request());

        assertThatThrownBy(() -> provider.await(job, Duration.ofMinutes(5), new EditListener() {
            @Override
            public void onProgress(JobProgress progress) {
                provider.close();
            }
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining(job.id());
        assertThat(server.fetches()).hasSize(1);
    }

    @Test
    void aJobOfAnotherProviderOrAMalformedIdIsRefused() {
        assertThatThrownBy(() -> provider.await(EditJob.ofId("fake", "1"), Duration.ofMinutes(1)))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> provider.resume("../../api/v6/base64_to_url"))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void anInterruptedAwaitEndsWithTheJobIdAndKeepsTheInterrupt() {
        ModelsLabProvider realTime = TestProviders.open(server, dev.imgedit.modelslab.internal.retry.Timing.system());
        server.enqueue(JobScript.neverFinishing());
        EditJob job = realTime.submit(request());
        Thread.currentThread().interrupt();
        try {
            EditTimeoutException interrupted = catchThrowableOfType(EditTimeoutException.class,
                    () -> realTime.await(job, Duration.ofMinutes(1)));
            assertThat(interrupted).hasMessageContaining("interrupted").hasMessageContaining(job.id());
            assertThat(interrupted.interrupted()).isTrue();
            assertThat(interrupted.isRetriable()).as("the caller asked to stop").isFalse();
            assertThat(interrupted.jobId()).isEqualTo(job.id());
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
            realTime.close();
        }
    }
}
