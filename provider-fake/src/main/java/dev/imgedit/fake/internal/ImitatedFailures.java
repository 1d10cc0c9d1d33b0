package dev.imgedit.fake.internal;

import dev.imgedit.exception.AuthenticationException;
import dev.imgedit.exception.ContentRejectedException;
import dev.imgedit.exception.ErrorKind;
import dev.imgedit.exception.ImageEditException;
import dev.imgedit.exception.InsufficientCreditsException;
import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.exception.JobFailedException;
import dev.imgedit.exception.JobNotFoundException;
import dev.imgedit.exception.OutcomeUnknownException;
import dev.imgedit.exception.ProviderUnavailableException;
import dev.imgedit.exception.RateLimitedException;
import dev.imgedit.exception.UnsupportedFeatureException;
import dev.imgedit.fake.Outcome;
import dev.imgedit.fake.internal.script.Scripted;
import dev.imgedit.util.Durations;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The exception a real provider throws for each imitated failure, with the fields ModelsLab's provider gives it in
 * the same case (job id, track id, retry-after), and a message that says it was imitated and what told the fake to.
 */
final class ImitatedFailures {
    private ImitatedFailures() {}

    /**
     * What submit throws for an outcome that refuses the job or loses the answer.
     *
     * @param jobId the job accepted, for {@link Outcome.Kind#ANSWER_LOST}
     * @param trackId the id the submit was sent with
     * @param retryAfter for a rate limit, the wait asked for (the outcome's, or what is left of an earlier one)
     */
    static ImageEditException atSubmit(Scripted scripted, @Nullable String jobId, String trackId,
            @Nullable Duration retryAfter) {
        String told = told(scripted.told());
        return switch (scripted.outcome().kind()) {
            case RATE_LIMITED -> new RateLimitedException("the fake service is rate limiting: too many jobs queued, "
                    + (retryAfter == null ? "and it did not say for how long" : "retry after "
                            + Durations.describe(retryAfter)) + told, retryAfter);
            case AUTHENTICATION_FAILS -> new AuthenticationException("the fake service refused the API key" + told,
                    null, null);
            case INSUFFICIENT_CREDITS -> new InsufficientCreditsException("the fake service says the account has no "
                    + "credit left" + told, null, null);
            case CONTENT_REJECTED -> new ContentRejectedException("the fake service's moderation rejected the prompt "
                    + "or the image: change them" + told, null, null);
            case INVALID_REQUEST -> new InvalidRequestException("the fake service refused the request as invalid"
                    + told);
            case UNAVAILABLE -> new ProviderUnavailableException("the fake service is unavailable: try again later"
                    + told, null, null);
            case UNSUPPORTED_FEATURE -> new UnsupportedFeatureException("the fake service does not support this "
                    + "request" + told);
            case ANSWER_LOST -> new OutcomeUnknownException("the answer to the submit was lost: the job may have "
                    + "been accepted, so it was not sent again; resume job " + jobId + " (track id " + trackId
                    + ") instead of submitting again" + told, jobId, trackId, null);
            case ANSWER_LOST_WITHOUT_JOB_ID -> new OutcomeUnknownException("the answer to the submit was lost before "
                    + "a job id came back: the job may have been accepted; look for track id " + trackId
                    + " before submitting again" + told, null, trackId, null);
            case SUCCEEDS, NEVER_FINISHES, JOB_FAILS, JOB_REJECTED, JOB_EXPIRES, UNAVAILABLE_WHILE_AWAITING ->
                    throw new IllegalArgumentException("submit does not fail for " + scripted.outcome().kind());
        };
    }

    /** What await throws when a status check of the job {@code jobId} reports {@code kind}. */
    static ImageEditException whileAwaiting(ErrorKind kind, String jobId, String imitated) {
        String told = told(imitated);
        return switch (kind) {
            case JOB_FAILED -> new JobFailedException("fake job " + jobId + " failed at the service" + told, jobId,
                    null);
            case CONTENT_REJECTED -> new ContentRejectedException("the fake service's moderation rejected the result "
                    + "of job " + jobId + ": change the prompt or the image" + told, jobId, null);
            case JOB_NOT_FOUND -> new JobNotFoundException("fake job " + jobId + " is no longer known to the service"
                    + told, jobId, null);
            case PROVIDER_UNAVAILABLE -> new ProviderUnavailableException("the fake service did not answer while job "
                    + jobId + " was awaited; the job goes on: resume it by its id" + told, jobId, null);
            default -> throw new IllegalArgumentException("await does not fail with " + kind);
        };
    }

    private static String told(String told) {
        return " (imitated: " + told + ")";
    }
}
