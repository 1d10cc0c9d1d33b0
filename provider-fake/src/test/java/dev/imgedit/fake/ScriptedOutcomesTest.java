package dev.imgedit.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.imgedit.EditJob;
import dev.imgedit.EditListener;
import dev.imgedit.EditRequest;
import dev.imgedit.EditResult;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.JobProgress;
import dev.imgedit.JobStatus;
import dev.imgedit.exception.AuthenticationException;
import dev.imgedit.exception.ContentRejectedException;
import dev.imgedit.exception.EditTimeoutException;
import dev.imgedit.exception.ImageEditException;
import dev.imgedit.exception.InsufficientCreditsException;
import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.exception.JobFailedException;
import dev.imgedit.exception.JobNotFoundException;
import dev.imgedit.exception.OutcomeUnknownException;
import dev.imgedit.exception.ProviderUnavailableException;
import dev.imgedit.exception.RateLimitedException;
import dev.imgedit.exception.UnsupportedFeatureException;
import dev.imgedit.testkit.TestImages;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each scripted outcome ends as ModelsLab's provider ends in the same case: the same exception type and kind, thrown
 * by the same call, with a job id exactly when a job was accepted, the request's track id for a lost answer, and the
 * retry-after asked for. (fake-junit's FakeMatchesModelsLabTest runs the same cases against ModelsLab's provider.)
 */
class ScriptedOutcomesTest {
    private static final Duration TIMEOUT = Duration.ofMinutes(1);
    private static final String TRACK_ID = "order-42";

    /** What each outcome throws, and whether submit (rather than await) throws it. */
    private record Expected(@Nullable Class<? extends ImageEditException> type, boolean atSubmit, boolean jobId) {}

    private static final Map<Outcome.Kind, Expected> EXPECTED = Map.ofEntries(
            Map.entry(Outcome.Kind.SUCCEEDS, new Expected(null, false, true)),
            Map.entry(Outcome.Kind.NEVER_FINISHES, new Expected(EditTimeoutException.class, false, true)),
            Map.entry(Outcome.Kind.JOB_FAILS, new Expected(JobFailedException.class, false, true)),
            Map.entry(Outcome.Kind.JOB_REJECTED, new Expected(ContentRejectedException.class, false, true)),
            Map.entry(Outcome.Kind.JOB_EXPIRES, new Expected(JobNotFoundException.class, false, true)),
            Map.entry(Outcome.Kind.UNAVAILABLE_WHILE_AWAITING,
                    new Expected(ProviderUnavailableException.class, false, true)),
            Map.entry(Outcome.Kind.ANSWER_LOST, new Expected(OutcomeUnknownException.class, true, true)),
            Map.entry(Outcome.Kind.ANSWER_LOST_WITHOUT_JOB_ID,
                    new Expected(OutcomeUnknownException.class, true, false)),
            Map.entry(Outcome.Kind.RATE_LIMITED, new Expected(RateLimitedException.class, true, false)),
            Map.entry(Outcome.Kind.AUTHENTICATION_FAILS, new Expected(AuthenticationException.class, true, false)),
            Map.entry(Outcome.Kind.INSUFFICIENT_CREDITS,
                    new Expected(InsufficientCreditsException.class, true, false)),
            Map.entry(Outcome.Kind.CONTENT_REJECTED, new Expected(ContentRejectedException.class, true, false)),
            Map.entry(Outcome.Kind.INVALID_REQUEST, new Expected(InvalidRequestException.class, true, false)),
            Map.entry(Outcome.Kind.UNAVAILABLE, new Expected(ProviderUnavailableException.class, true, false)),
            Map.entry(Outcome.Kind.UNSUPPORTED_FEATURE, new Expected(UnsupportedFeatureException.class, true, false)));

    /** Without retries, so that each outcome reaches the test as it is (RateLimitRetriesTest has them). */
    private final FakeService fake = FakeService.builder().maxRetries(0).build();

    @AfterEach
    void close() {
        fake.close();
    }

    private static EditRequest request() {
        return EditRequest.builder(Pictures.input(TestImages.scene(64, 48)), "make it snow").trackId(TRACK_ID).build();
    }

    @ParameterizedTest
    @EnumSource(Outcome.Kind.class)
    void eachOutcomeThrowsItsExceptionFromItsCallWithItsFields(Outcome.Kind kind) {
        Expected expected = EXPECTED.get(kind);
        fake.script().enqueue(Outcome.of(kind));
        ImageEditProvider provider = fake.provider();

        EditJob job = null;
        ImageEditException thrown = null;
        try {
            job = provider.submit(request());
            provider.await(job, TIMEOUT);
        } catch (ImageEditException e) {
            thrown = e;
        }

        fake.verify();
        if (expected.type() == null) {
            assertThat(thrown).isNull();
            return;
        }
        assertThat(thrown).isInstanceOf(expected.type());
        assertThat(thrown.kind()).isEqualTo(kind.errorKind());
        assertThat(job == null).as("thrown by submit").isEqualTo(expected.atSubmit());
        assertThat(thrown.jobId() != null).as("carries a job id").isEqualTo(expected.jobId());
        if (job != null) {
            assertThat(thrown.jobId()).isEqualTo(job.id());
        }
        if (thrown instanceof OutcomeUnknownException unknown) {
            assertThat(unknown.trackId()).isEqualTo(TRACK_ID);
        }
        if (thrown instanceof RateLimitedException limited) {
            assertThat(limited.retryAfter()).as("retry-after, when the service does not say").isNull();
        }
        if (kind != Outcome.Kind.NEVER_FINISHES) {
            assertThat(thrown.getMessage()).contains("(imitated: outcome 1 of the fake's script)");
        }
    }

    @Test
    void everyOutcomeIsInTheTable() {
        assertThat(EXPECTED).containsOnlyKeys(Outcome.Kind.values());
    }

    @Test
    void aRateLimitCarriesTheRetryAfterOfItsOutcome() {
        fake.script().enqueue(Outcome.rateLimited(Duration.ofSeconds(2)));
        RateLimitedException limited = catchThrowableOfType(RateLimitedException.class,
                () -> fake.provider().submit(request()));
        assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(2));
        assertThat(limited).hasMessageStartingWith("the fake service is rate limiting: too many jobs queued, retry "
                + "after 2 s");
    }

    @Test
    void aLostAnswerLeavesAJobThatResumesByTheIdInTheException() {
        fake.script().enqueue(Outcome.answerLost().afterChecks(1));
        OutcomeUnknownException lost = catchThrowableOfType(OutcomeUnknownException.class,
                () -> fake.provider().submit(request()));

        EditResult result = fake.provider().await(fake.provider().resume(lost.jobId()), TIMEOUT);

        assertThat(result.jobId()).isEqualTo(lost.jobId());
        assertThat(result.metadata()).containsEntry("track_id", TRACK_ID);
    }

    @Test
    void anUnavailableServiceWhileAwaitingLeavesTheJobGoingOn() {
        fake.script().enqueue(Outcome.unavailableWhileAwaiting().afterChecks(1));
        EditJob job = fake.provider().submit(request());

        ProviderUnavailableException unavailable = catchThrowableOfType(ProviderUnavailableException.class,
                () -> fake.provider().await(job, TIMEOUT));
        EditResult result = fake.provider().await(fake.provider().resume(job.id()), TIMEOUT);

        assertThat(unavailable.isRetriable()).isTrue();
        assertThat(unavailable).hasMessageContaining("the job goes on: resume it by its id");
        assertThat(result.jobId()).isEqualTo(job.id());
    }

    @Test
    void aJobFailureComesAfterTheChecksItWasToldToQueueFor() {
        fake.script().enqueue(Outcome.jobFails().afterChecks(2));
        EditJob job = fake.provider().submit(request());
        List<JobProgress> steps = new ArrayList<>();
        EditListener listener = new EditListener() {
            @Override
            public void onProgress(JobProgress progress) {
                steps.add(progress);
            }
        };

        catchThrowableOfType(JobFailedException.class, () -> fake.provider().await(job, TIMEOUT, listener));

        assertThat(steps).extracting(JobProgress::status)
                .containsExactly(JobStatus.PROCESSING, JobStatus.PROCESSING, JobStatus.FAILED);
    }

    @Test
    void withoutATrackIdTheFakeSendsOneOfItsOwn() {
        fake.script().enqueue(Outcome.answerLostWithoutJobId());
        OutcomeUnknownException lost = catchThrowableOfType(OutcomeUnknownException.class, () -> fake.provider()
                .submit(EditRequest.builder(Pictures.input(TestImages.scene(64, 48)), "snow").build()));
        assertThat(lost.trackId()).startsWith("fake-track-");
        assertThat(lost.jobId()).isNull();
    }
}
