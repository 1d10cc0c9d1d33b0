package dev.imgedit.modelslab.internal;

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
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Turns a classified {@link Problem}, or a call that got no answer, into the imgedit exception a caller decides on,
 * with a one-line message that quotes ModelsLab (redacted) and says what to do. No cause is attached: causes would
 * carry HTTP and JSON library types out of the provider.
 */
final class Failures {
    private Failures() {}

    static ImageEditException of(Problem problem, Phase phase, @Nullable String knownJobId, @Nullable String trackId) {
        String jobId = knownJobId != null ? knownJobId : problem.jobId();
        String detail = problem.detail();
        return switch (problem.kind()) {
            case AUTHENTICATION -> new AuthenticationException("ModelsLab rejected the API key while " + phase.doing()
                    + " (" + detail + "): check MODELSLAB_API_KEY or the file given to --api-key-file", jobId, null);
            case INSUFFICIENT_CREDITS -> new InsufficientCreditsException("ModelsLab says the account cannot pay "
                    + "for this edit (" + detail + "): add credits or change the plan at modelslab.com", jobId, null);
            case RATE_LIMITED -> rateLimited(detail, problem.retryAfter());
            case CONTENT_REJECTED -> new ContentRejectedException("ModelsLab's moderation rejected the edit ("
                    + detail + "): change the prompt or the image", jobId, null);
            case INVALID_REQUEST -> new InvalidRequestException("ModelsLab refused the request while "
                    + phase.doing() + " (" + detail + ")", jobId, null);
            case JOB_FAILED -> jobFailed(jobId, detail);
            case JOB_NOT_FOUND -> new JobNotFoundException("ModelsLab does not know job " + jobId + " (" + detail
                    + "): check the id; ModelsLab keeps results for about 24 hours", jobId, null);
            case TEMPORARILY_UNAVAILABLE, SERVER_ERROR -> unavailable(phase, detail, jobId);
            case GATEWAY_ERROR, UNREADABLE_ANSWER -> phase == Phase.SUBMIT && trackId != null
                    ? outcomeUnknown(detail, jobId, trackId)
                    : unavailable(phase, detail, jobId);
        };
    }

    private static RateLimitedException rateLimited(String detail, @Nullable Duration retryAfter) {
        return new RateLimitedException("ModelsLab is rate limiting this account (" + detail + "): wait "
                + (retryAfter == null ? "a little" : seconds(retryAfter)) + " and try again; pay-as-you-go accounts "
                + "may have 5 requests queued at once", retryAfter);
    }

    /** A call that got no answer, after {@code attempts} tries. */
    static ImageEditException unanswered(CallResult.Unanswered unanswered, Phase phase, int attempts,
            @Nullable String jobId, @Nullable String trackId) {
        if (phase == Phase.SUBMIT && unanswered.requestMayHaveArrived() && trackId != null) {
            return outcomeUnknown(unanswered.description(), jobId, trackId);
        }
        String tries = attempts > 1 ? " (tried " + attempts + " times)" : "";
        return unavailable(phase, unanswered.description() + tries, jobId);
    }

    static OutcomeUnknownException outcomeUnknown(String why, @Nullable String jobId, String trackId) {
        String find = jobId != null
                ? "job id " + jobId + ", track_id " + trackId + ": run `imgedit fetch " + jobId + "` to collect it"
                : "track_id " + trackId + ": look for it in the ModelsLab dashboard (or your webhook) and collect "
                        + "it with `imgedit fetch <job id>`";
        return new OutcomeUnknownException("the answer to the submit was lost (" + why + "): the edit may have "
                + "been accepted and charged, so imgedit did not send it again; " + find + " before editing again",
                jobId, trackId, null);
    }

    static JobFailedException jobFailed(@Nullable String jobId, String detail) {
        String message = jobId == null
                ? "ModelsLab refused the edit (" + detail + ")"
                : "ModelsLab job " + jobId + " failed (" + detail + ")";
        return new JobFailedException(message, jobId, null);
    }

    static ProviderUnavailableException unavailable(Phase phase, String detail, @Nullable String jobId) {
        String next = jobId == null
                ? "try again later"
                : "the job goes on at ModelsLab: " + resumeHint(jobId);
        return new ProviderUnavailableException("ModelsLab could not be used while " + phase.doing() + " ("
                + detail + "): " + next, jobId, null);
    }

    static EditTimeoutException timeout(String jobId, Duration waited, String why) {
        return new EditTimeoutException("ModelsLab job " + jobId + " " + why + " after " + seconds(waited)
                + "; it goes on at ModelsLab (and may be charged already): " + resumeHint(jobId)
                + " instead of editing again", jobId, waited);
    }

    static String resumeHint(String jobId) {
        return "resume it with `imgedit fetch " + jobId + "`";
    }

    static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
