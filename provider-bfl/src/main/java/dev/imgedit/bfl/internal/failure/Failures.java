package dev.imgedit.bfl.internal.failure;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.imgedit.bfl.internal.http.Exchange;
import dev.imgedit.bfl.internal.settings.KeyMask;
import dev.imgedit.bfl.internal.settings.Settings;
import dev.imgedit.exception.AuthenticationException;
import dev.imgedit.exception.EditTimeoutException;
import dev.imgedit.exception.ImageEditException;
import dev.imgedit.exception.InsufficientCreditsException;
import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.exception.JobNotFoundException;
import dev.imgedit.exception.OutcomeUnknownException;
import dev.imgedit.exception.ProviderUnavailableException;
import dev.imgedit.exception.RateLimitedException;
import dev.imgedit.util.Durations;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The one place that turns what BFL answered, or a request that got no answer, into the imgedit exception a caller
 * decides on. Messages are one line in library words, quote BFL (masked), and say what to do; no cause is attached,
 * so no HTTP or JSON library type leaves the provider.
 */
public final class Failures {
    private final ObjectMapper mapper;
    private final KeyMask mask;

    public Failures(ObjectMapper mapper, KeyMask mask) {
        this.mapper = mapper;
        this.mask = mask;
    }

    /**
     * An answer that is no success, by its HTTP status: 401/403 the key or the account's access, 402 credits, 422 the
     * fields BFL names, 429 the concurrency limit, 502/504 to a submit a lost outcome, other 5xx BFL being down.
     *
     * @param model the model asked, for messages
     * @param jobId the task this is about, or null before one exists
     */
    public ImageEditException of(Exchange.Answered answer, Phase phase, String model, @Nullable String jobId) {
        String detail = ErrorDetail.of(answer, mapper, mask);
        int status = answer.status();
        if (status == 401 || status == 403) {
            return new AuthenticationException("BFL refused the key, or this account's access to " + model + ", while "
                    + phase.doing() + " (" + detail + "): check " + Settings.API_KEY + " and the account's access at "
                    + "dashboard.bfl.ai", jobId, null);
        }
        if (status == 402) {
            return new InsufficientCreditsException("BFL says the account has too few credits for this edit ("
                    + detail + "): add credits at dashboard.bfl.ai (1 credit = 0.01 USD)", jobId, null);
        }
        if (status == 422) {
            List<String> fields = ErrorDetail.fields(answer, mapper);
            return new InvalidRequestException("BFL refused " + (fields.isEmpty() ? "the request"
                    : (fields.size() == 1 ? "the field " : "the fields ") + mask.oneLine(String.join(", ", fields), 120))
                    + " while " + phase.doing() + " (" + detail + ")", jobId, null);
        }
        if (status == 429) {
            return rateLimited(detail, RetryAfter.of(answer));
        }
        if (status == 404 && phase == Phase.POLL && jobId != null) {
            return notFound(jobId, detail);
        }
        if (status >= 300 && status < 400) {
            return new ProviderUnavailableException("BFL answered " + detail + " while " + phase.doing() + ", a "
                    + "redirect imgedit does not follow (the key would go with it): check " + Settings.BASE_URL,
                    jobId, null);
        }
        if (status >= 500) {
            if (phase == Phase.SUBMIT && (status == 502 || status == 504)) {
                return lostSubmit(detail + ": a gateway gave up, and BFL behind it may have started the task", null);
            }
            return unavailable(phase, detail, jobId);
        }
        return new InvalidRequestException("BFL refused the request while " + phase.doing() + " (" + detail + ")",
                jobId, null);
    }

    public static RateLimitedException rateLimited(String detail, @Nullable Duration retryAfter) {
        return new RateLimitedException("BFL's concurrency limit is reached (" + detail + "): an account may have 24 "
                + "tasks in flight (FLUX.1 Kontext [max]: 6); try again "
                + (retryAfter == null ? "when one of them finishes" : "in " + Durations.describe(retryAfter))
                + "; nothing was charged", retryAfter);
    }

    /**
     * A submit that may have reached BFL but whose answer was lost. BFL takes no id of the caller's choosing, so the
     * task can be found only in the account's history or by the webhook it calls.
     */
    public static OutcomeUnknownException lostSubmit(String why, @Nullable String jobId) {
        String find = jobId != null
                ? "its task id is " + jobId + ": resume it by that id"
                : "BFL takes no id of the caller's choosing, so look for the task in the account's history at "
                        + "dashboard.bfl.ai (or at the webhook_url given)";
        return new OutcomeUnknownException("the answer to the submit was lost (" + why + "): the edit may have been "
                + "accepted and charged, so it was not sent again; " + find + " before editing again", jobId, null,
                null);
    }

    public static ProviderUnavailableException unavailable(Phase phase, String detail, @Nullable String jobId) {
        return new ProviderUnavailableException("BFL could not be used while " + phase.doing() + " (" + detail + "): "
                + (jobId == null ? "try again later" : "the task goes on at BFL: " + resumeHint(jobId)), jobId, null);
    }

    public static JobNotFoundException notFound(String jobId, String detail) {
        return new JobNotFoundException("BFL does not know task " + jobId + " (" + detail + "): it does not exist or "
                + "has expired; a task known by its id alone is asked at the configured host, which may not be the "
                + "cluster that ran it", jobId, null);
    }

    public static EditTimeoutException timeout(String jobId, Duration waited, String why) {
        return timeout(jobId, waited, why, false);
    }

    /** The await of {@code jobId} was interrupted after {@code waited}; not retriable: the caller asked to stop. */
    public static EditTimeoutException interruptedAwait(String jobId, Duration waited) {
        return timeout(jobId, waited, "was still running when the wait was interrupted", true);
    }

    private static EditTimeoutException timeout(String jobId, Duration waited, String why, boolean interrupted) {
        return new EditTimeoutException("BFL task " + jobId + " " + why + " after " + Durations.describe(waited)
                + "; it goes on at BFL (and may be charged already): " + resumeHint(jobId) + " instead of editing "
                + "again", jobId, waited, interrupted);
    }

    public static String resumeHint(String jobId) {
        return "resume task " + jobId + " by its id soon (BFL keeps results for a limited time)";
    }
}
