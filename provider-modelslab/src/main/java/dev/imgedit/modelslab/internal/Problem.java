package dev.imgedit.modelslab.internal;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A failure ModelsLab reported (or an answer imgedit could not read), classified but not yet an exception: the
 * caller first decides whether to retry, then {@link Failures} turns it into one.
 *
 * @param kind what kind of failure
 * @param detail what ModelsLab said, with the HTTP status, redacted and on one line
 * @param retryAfter how long ModelsLab asked to wait, when it said
 * @param jobId the job id in the reply, when there was one
 */
record Problem(Kind kind, String detail, @Nullable Duration retryAfter, @Nullable String jobId) {

    enum Kind {
        AUTHENTICATION,
        INSUFFICIENT_CREDITS,
        RATE_LIMITED,
        CONTENT_REJECTED,
        INVALID_REQUEST,
        JOB_FAILED,
        JOB_NOT_FOUND,
        /** 503 or "temporarily unavailable": nothing was accepted, and trying again soon may work. */
        TEMPORARILY_UNAVAILABLE,
        /** 500 and other server errors: nothing was accepted. */
        SERVER_ERROR,
        /** 502/504: a gateway gave up, but the server behind it may have acted on the request. */
        GATEWAY_ERROR,
        /** A 2xx answer that is not ModelsLab JSON: the server may have acted on the request. */
        UNREADABLE_ANSWER
    }

    /** Whether asking again later (a fetch, a free upload) can succeed. */
    boolean isTransient() {
        return kind == Kind.RATE_LIMITED || kind == Kind.TEMPORARILY_UNAVAILABLE || kind == Kind.SERVER_ERROR
                || kind == Kind.GATEWAY_ERROR || kind == Kind.UNREADABLE_ANSWER;
    }
}
