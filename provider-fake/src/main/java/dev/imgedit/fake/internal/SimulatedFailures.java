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
import dev.imgedit.fake.FakeSettings;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** The exception a real provider would throw for each imitated failure, worded so no one mistakes it for real. */
final class SimulatedFailures {
    /** What a rate-limited fake asks the caller to wait. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private SimulatedFailures() {}

    /**
     * @param jobId the accepted job, for the failures that come after acceptance
     * @param trackId the id sent with the submit, for {@link ErrorKind#OUTCOME_UNKNOWN}
     */
    static ImageEditException of(ErrorKind kind, @Nullable String jobId, @Nullable String trackId) {
        String told = " (imitated, because " + FakeSettings.FAIL + "=" + kind + "; unset it to stop)";
        return switch (kind) {
            case INVALID_REQUEST -> new InvalidRequestException("the service refused the request as invalid" + told);
            case AUTHENTICATION -> new AuthenticationException("the API key was refused" + told);
            case INSUFFICIENT_CREDITS -> new InsufficientCreditsException("the account has no credit left" + told);
            case RATE_LIMITED -> new RateLimitedException("too many jobs queued, retry after "
                    + RETRY_AFTER.toSeconds() + " s" + told, RETRY_AFTER);
            case CONTENT_REJECTED -> new ContentRejectedException("the prompt or image was rejected by moderation"
                    + told);
            case PROVIDER_UNAVAILABLE -> new ProviderUnavailableException("the service is unavailable" + told);
            case UNSUPPORTED_FEATURE -> new UnsupportedFeatureException("the service does not support this request"
                    + told);
            case OUTCOME_UNKNOWN -> new OutcomeUnknownException("the submit's response was lost; the job may have "
                    + "been accepted: resume job " + jobId + " instead of submitting again" + told, jobId, trackId,
                    null);
            case JOB_FAILED -> new JobFailedException("job " + jobId + " failed at the service" + told, jobId, null);
            case JOB_NOT_FOUND -> new JobNotFoundException("job " + jobId + " is no longer known to the service"
                    + told, jobId, null);
            case TIMED_OUT, PROVIDER_NOT_FOUND -> throw new IllegalArgumentException("not imitated: " + kind);
        };
    }
}
