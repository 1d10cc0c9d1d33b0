package dev.imgedit.mcp.internal;

import dev.imgedit.EditJob;
import dev.imgedit.exception.ErrorKind;
import dev.imgedit.exception.ImageEditException;
import dev.imgedit.exception.RateLimitedException;
import dev.imgedit.util.Durations;
import java.io.UncheckedIOException;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a failed call tells the agent: the library's one-line message (keys hidden), its kind, and what to do next;
 * for a job that goes on, how to get its result without paying again.
 */
public final class Failures {
    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    /** After these the job may still deliver: a repeat with the same key, or fetch_job, waits for it. */
    private static final Set<ErrorKind> JOB_GOES_ON = Set.of(ErrorKind.TIMED_OUT, ErrorKind.PROVIDER_UNAVAILABLE,
            ErrorKind.RATE_LIMITED);

    private final Secrets secrets;

    public Failures(Secrets secrets) {
        this.secrets = secrets;
    }

    /**
     * @param job the job the call submitted or resumed, or null when none was
     * @param keyed whether the call carried an idempotency key
     */
    public String describe(Throwable failure, @Nullable EditJob job, boolean keyed) {
        String message = message(failure);
        LOG.info("tool call failed: {}", message);
        if (!(failure instanceof ImageEditException imageEdit)) {
            return message;
        }
        StringBuilder text = new StringBuilder(imageEdit.kind().name()).append(": ").append(message);
        if (imageEdit instanceof RateLimitedException rateLimited && rateLimited.retryAfter() != null) {
            text.append(" (try again in ").append(Durations.describe(rateLimited.retryAfter())).append(')');
        }
        if (job != null && JOB_GOES_ON.contains(imageEdit.kind())) {
            text.append(". The job goes on: call fetch_job with provider '").append(job.providerId())
                    .append("' and job_id '").append(job.id()).append("' to wait for it and write its result")
                    .append(keyed ? ", or repeat this call with the same idempotency_key" : "")
                    .append("; nothing is paid again");
        }
        return text.toString();
    }

    /** The failure's one-line message, keys hidden, without its kind. */
    public String message(Throwable failure) {
        return secrets.hide(oneLine(failure));
    }

    /**
     * The library's and this server's messages are written for users and hold no secret; an unexpected exception's
     * might (a library echoing a request), so only its type is told, and the rest logged.
     */
    private static String oneLine(Throwable failure) {
        boolean worded = failure instanceof ImageEditException || failure instanceof ToolFailure
                || failure instanceof UncheckedIOException;
        String message = failure.getMessage();
        if (!worded || message == null || message.isBlank()) {
            LOG.warn("unexpected failure of a tool call", failure);
            return "internal error (" + failure.getClass().getName() + "): the server's log has the details";
        }
        return message.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
