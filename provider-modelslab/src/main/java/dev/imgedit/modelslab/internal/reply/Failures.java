package dev.imgedit.modelslab.internal.reply;

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
import dev.imgedit.modelslab.ModelsLabSettings;
import dev.imgedit.util.Durations;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Turns a failed {@link ApiReply} into the imgedit exception a caller decides on, with a one-line message that quotes
 * ModelsLab (redacted), says what happened and, when a job goes on, which job id to resume. Library words only: the
 * CLI adds its own command for resuming. No cause is attached: causes would carry HTTP and JSON library types out of
 * the provider.
 */
public final class Failures {
    private Failures() {}

    /**
     * @param knownJobId the job asked about, or null to take the reply's
     * @param trackId the track id of a submit, whose answer, when lost, may hide a job made and charged
     */
    public static ImageEditException of(ApiReply reply, Phase phase, @Nullable String knownJobId,
            @Nullable String trackId) {
        String jobId = knownJobId != null ? knownJobId : reply.jobId();
        String detail = reply.detail();
        return switch (reply.status()) {
            case AUTHENTICATION -> new AuthenticationException("ModelsLab rejected the API key while " + phase.doing()
                    + " (" + detail + "): check the key set as " + ModelsLabSettings.API_KEY, jobId, null);
            case INSUFFICIENT_CREDITS -> new InsufficientCreditsException("ModelsLab says the account cannot pay "
                    + "for this edit (" + detail + "): add credits or change the plan at modelslab.com", jobId, null);
            case RATE_LIMITED -> rateLimited(detail, reply.retryAfter());
            case CONTENT_REJECTED -> new ContentRejectedException("ModelsLab's moderation rejected the edit ("
                    + detail + "): change the prompt or the image", jobId, null);
            case INVALID_REQUEST -> new InvalidRequestException("ModelsLab refused the request while "
                    + phase.doing() + " (" + detail + ")", jobId, null);
            case JOB_FAILED -> jobFailed(jobId, detail);
            case JOB_NOT_FOUND -> new JobNotFoundException("ModelsLab does not know job " + jobId + " (" + detail
                    + "): check the id; ModelsLab keeps results for about 24 hours", jobId, null);
            case TEMPORARILY_UNAVAILABLE, SERVER_ERROR -> unavailable(phase, detail, jobId);
            case NOT_SENT -> unreachable(phase, detail, jobId);
            case GATEWAY_ERROR, UNREADABLE_ANSWER, NO_ANSWER -> phase == Phase.SUBMIT && trackId != null
                    ? outcomeUnknown(detail, jobId, trackId)
                    : unavailable(phase, detail, jobId);
            case SUCCEEDED, PROCESSING -> throw new IllegalArgumentException("not a failure: " + reply);
        };
    }

    private static RateLimitedException rateLimited(String detail, @Nullable Duration retryAfter) {
        return new RateLimitedException("ModelsLab is rate limiting this account (" + detail + "): wait "
                + (retryAfter == null ? "a little" : Durations.describe(retryAfter)) + " and try again; "
                + "pay-as-you-go accounts may have 5 requests queued at once", retryAfter);
    }

    /** A submit whose answer was lost: the job may exist and be charged, so it is not sent again. */
    static OutcomeUnknownException outcomeUnknown(String why, @Nullable String jobId, String trackId) {
        String find = jobId != null
                ? "job id " + jobId + ", track_id " + trackId + ": " + resumeHint(jobId) + " to collect it"
                : "track_id " + trackId + ": look for the job in the ModelsLab dashboard (or your webhook) and "
                        + "resume it by its id";
        return new OutcomeUnknownException("the answer to the submit was lost (" + why + "): the edit may have "
                + "been accepted and charged, so imgedit did not send it again; " + find + " before editing again",
                jobId, trackId, null);
    }

    public static JobFailedException jobFailed(@Nullable String jobId, String detail) {
        String message = jobId == null
                ? "ModelsLab refused the edit (" + detail + ")"
                : "ModelsLab job " + jobId + " failed (" + detail + ")";
        return new JobFailedException(message, jobId, null);
    }

    public static ProviderUnavailableException unavailable(Phase phase, String detail, @Nullable String jobId) {
        String next = jobId == null ? "try again later" : "the job goes on at ModelsLab: " + resumeHint(jobId);
        return new ProviderUnavailableException("ModelsLab could not be used while " + phase.doing() + " ("
                + detail + "): " + next, jobId, null);
    }

    /**
     * No connection was made: nothing reached ModelsLab. A refused connection to a mistyped base URL is not an
     * outage, so the message points at the address and the way there rather than at the clock.
     */
    static ProviderUnavailableException unreachable(Phase phase, String detail, @Nullable String jobId) {
        boolean proxy = detail.contains("proxy");
        String check = proxy ? "check the proxy's address and credentials"
                : "check " + ModelsLabSettings.BASE_URL + " and the network";
        return new ProviderUnavailableException("ModelsLab could not be reached while " + phase.doing() + " ("
                + detail + "): nothing was sent; " + check + (jobId == null ? "" : "; " + resumeHint(jobId)
                + " when it is reachable"), jobId, null);
    }

    /**
     * A wait between tries was interrupted after {@code waited}: nothing was charged by it, though a job may go on.
     * Not retriable: the caller asked to stop.
     */
    public static EditTimeoutException interrupted(Phase phase, @Nullable String jobId, Duration waited) {
        return new EditTimeoutException("interrupted while waiting to retry " + phase.doing()
                + (jobId == null ? "; nothing was charged" : " of ModelsLab job " + jobId + ": " + resumeHint(jobId)),
                jobId, waited, true);
    }

    /**
     * The time allowed for the submit ran out before the paid request went out, while {@code phase} was the next
     * step (or the one that failed last, {@code last}): nothing was submitted, so nothing was charged.
     */
    public static EditTimeoutException ranOutBeforeSubmit(Phase phase, Duration allowed, @Nullable String last) {
        return new EditTimeoutException("the time allowed (" + Durations.describe(allowed) + ") ran out "
                + (phase == Phase.UPLOAD ? "while " + phase.doing() : "before submitting the edit")
                + (last == null ? "" : " (last: " + last + ")")
                + "; the edit was not submitted, so nothing was charged: allow more time", null, allowed);
    }

    public static EditTimeoutException timeout(String jobId, Duration waited, String why) {
        return timeout(jobId, waited, why, false);
    }

    /** The await of {@code jobId} was interrupted after {@code waited}; not retriable: the caller asked to stop. */
    public static EditTimeoutException interruptedAwait(String jobId, Duration waited) {
        return timeout(jobId, waited, "was still processing when the wait was interrupted", true);
    }

    private static EditTimeoutException timeout(String jobId, Duration waited, String why, boolean interrupted) {
        return new EditTimeoutException("ModelsLab job " + jobId + " " + why + " after " + Durations.describe(waited)
                + "; it goes on at ModelsLab (and may be charged already): resume it by its id rather than "
                + "submitting it again", jobId, waited, interrupted);
    }

    public static String resumeHint(String jobId) {
        return "resume job " + jobId;
    }
}
