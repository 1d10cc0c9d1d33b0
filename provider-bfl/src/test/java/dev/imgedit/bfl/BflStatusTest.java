package dev.imgedit.bfl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.imgedit.EditJob;
import dev.imgedit.EditListener;
import dev.imgedit.EditResult;
import dev.imgedit.JobProgress;
import dev.imgedit.JobStatus;
import dev.imgedit.bfl.testserver.BflReplies;
import dev.imgedit.bfl.testserver.Output;
import dev.imgedit.bfl.testserver.TaskScript;
import dev.imgedit.exception.ContentRejectedException;
import dev.imgedit.exception.EditTimeoutException;
import dev.imgedit.exception.ErrorKind;
import dev.imgedit.exception.ImageEditException;
import dev.imgedit.exception.JobFailedException;
import dev.imgedit.exception.JobNotFoundException;
import dev.imgedit.exception.ProviderUnavailableException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Every status a task can report, and what an await makes of it. */
class BflStatusTest extends BflServerFixture {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final List<JobProgress> steps = new CopyOnWriteArrayList<>();
    private final EditListener listener = new EditListener() {
        @Override
        public void onProgress(JobProgress progress) {
            steps.add(progress);
        }
    };

    @Test
    void pendingIsProgressAndReadyIsTheImage() {
        server.enqueue(TaskScript.pendingThenReady(2));

        EditResult result = provider.edit(request().build(), TIMEOUT, listener);

        assertThat(steps).extracting(JobProgress::status)
                .containsExactly(JobStatus.PROCESSING, JobStatus.PROCESSING, JobStatus.SUCCEEDED);
        assertThat(steps).extracting(JobProgress::message).containsExactly("Pending", "Pending", "Ready");
        assertThat(steps).extracting(JobProgress::checks).containsExactly(1, 2, 3);
        assertThat(result.images()).hasSize(1);
    }

    @Test
    void aTimeoutPastAnyPracticalLimitIsNoLimitRatherThanAnOverflow() {
        server.enqueue(TaskScript.pendingThenReady(1));

        EditResult result = provider.edit(request().build(), Duration.parse("PT999999999H"), listener);

        assertThat(result.images()).hasSize(1);
    }

    @Test
    void aModeratedRequestIsContentRejectedAndSaysBflDoesNotChargeForIt() {
        server.enqueue(TaskScript.requestModerated());

        ContentRejectedException rejected = fails(ContentRejectedException.class);

        assertThat(rejected.kind()).isEqualTo(ErrorKind.CONTENT_REJECTED);
        assertThat(rejected.getMessage()).contains("refused the request", "Derivative Works Filter",
                "BFL does not charge for it", "safety_tolerance");
        assertThat(server.downloads()).isEmpty();
    }

    @Test
    void aModeratedImageIsContentRejectedToo() {
        server.enqueue(TaskScript.contentModerated(1));

        ContentRejectedException rejected = fails(ContentRejectedException.class);

        assertThat(rejected.getMessage()).contains("refused the image", "Content Moderated",
                "BFL does not charge for it");
    }

    @Test
    void anErrorFailsTheJobWithBflsDetails() {
        server.enqueue(TaskScript.failed(1));

        JobFailedException failed = fails(JobFailedException.class);

        assertThat(failed.getMessage()).contains("failed", "Error", "out of memory");
    }

    @Test
    void failedIsTakenAsAnError() {
        server.enqueue(TaskScript.of(BflReplies.status("Failed")));

        assertThat(fails(JobFailedException.class).getMessage()).contains("Failed");
    }

    @Test
    void taskNotFoundIsJobNotFound() {
        server.enqueue(TaskScript.notFound());

        JobNotFoundException notFound = fails(JobNotFoundException.class);

        assertThat(notFound.getMessage()).contains("does not know task", "has expired");
    }

    @Test
    void aTaskThatExpiredIsNotFoundWhenResumed() {
        EditJob job = provider.submit(request().build());
        provider.await(job, TIMEOUT);
        server.expire(job.id());

        JobNotFoundException gone = catchThrowableOfType(() -> provider.await(provider.resume(job.id()), TIMEOUT),
                JobNotFoundException.class);

        assertThat(gone).isNotNull();
        assertThat(gone.jobId()).isEqualTo(job.id());
    }

    @Test
    void anUnknownStatusIsTakenAsStillRunningAndSaidInTheProgress() {
        server.enqueue(TaskScript.unknownThenReady("Queued", 2));

        EditResult result = provider.edit(request().build(), TIMEOUT, listener);

        assertThat(steps).extracting(JobProgress::message).startsWith("Queued", "Queued");
        assertThat(result.images()).hasSize(1);
    }

    @Test
    void anUnknownStatusThatNeverEndsEndsAtTheTimeoutWithTheTaskId() {
        server.enqueue(TaskScript.of(BflReplies.status("Reticulating")));

        EditJob job = provider.submit(request().build());
        EditTimeoutException timeout = catchThrowableOfType(() -> provider.await(job, Duration.ofMillis(300)),
                EditTimeoutException.class);

        assertThat(timeout.jobId()).isEqualTo(job.id());
        assertThat(timeout.getMessage()).contains("resume task " + job.id());
    }

    @Test
    void readyWithoutAnImageUrlFailsTheJob() {
        server.enqueue(TaskScript.readyWithoutSample());

        assertThat(fails(JobFailedException.class).getMessage()).contains("without an image URL");
    }

    @Test
    void aSignedLinkThatIsRefusedIsReportedWithTheTaskToResumeAndResumingGetsIt() {
        server.enqueue(TaskScript.pendingThenReady(0).withOutput(Output.refusedFirst(1)));
        EditJob job = provider.submit(request().build());

        ProviderUnavailableException refused = catchThrowableOfType(() -> provider.await(job, TIMEOUT),
                ProviderUnavailableException.class);
        EditResult again = provider.await(provider.resume(job.id()), TIMEOUT);

        assertThat(refused.getMessage()).contains("HTTP 403", "lives about 10 minutes", "resume task " + job.id());
        assertThat(refused.getMessage()).doesNotContain("sig=");
        assertThat(refused.isRetriable()).isTrue();
        assertThat(again.images()).hasSize(1);
        assertThat(server.submitCount()).isOne();
    }

    @Test
    void aDownloadThatFailsOnceIsTriedAgain() {
        server.enqueue(TaskScript.pendingThenReady(0).withOutput(Output.failingFirst(1)));

        EditResult result = provider.edit(request().build(), TIMEOUT, listener);

        assertThat(result.images()).hasSize(1);
        assertThat(server.downloads()).hasSize(2);
    }

    @Test
    void pollsThatFailNowAndThenAreRiddenOut() {
        server.rejectNextPolls(BflReplies.serverError(), BflReplies.unavailable(), BflReplies.concurrencyLimit());

        EditResult result = provider.edit(request().build(), TIMEOUT, listener);

        assertThat(result.images()).hasSize(1);
        assertThat(steps).extracting(JobProgress::message).anySatisfy(message -> assertThat(message)
                .contains("asking again"));
    }

    @Test
    void aPollingUrlOnAHostTheKeyDoesNotGoToIsNeverAsked() {
        server.pollingUrlsUnder("https://collector.example.net");
        EditJob job = provider.submit(request().build());

        ProviderUnavailableException refused = catchThrowableOfType(() -> provider.await(job, TIMEOUT),
                ProviderUnavailableException.class);

        assertThat(refused.getMessage()).contains("https://collector.example.net", "not among the hosts the key goes "
                + "to", "/v1/get_result");
        assertThat(refused.jobId()).isEqualTo(job.id());
        assertThat(server.polls()).isEmpty();
        assertThat(provider.await(provider.resume(job.id()), TIMEOUT).images()).hasSize(1);
    }

    private <T extends ImageEditException> T fails(Class<T> type) {
        EditJob job = provider.submit(request().build());
        T failure = catchThrowableOfType(() -> provider.await(job, TIMEOUT, listener), type);
        assertThat(failure).as("the await fails with " + type.getSimpleName()).isNotNull();
        assertThat(failure.jobId()).isEqualTo(job.id());
        assertThat(failure.getMessage()).contains(job.id()).doesNotContain("\n");
        return failure;
    }
}
