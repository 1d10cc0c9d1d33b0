package dev.imgedit.exception;

/**
 * What went wrong, in the terms a caller decides on. Stable names: the CLI prints them as {@code error.kind} in its
 * JSON output and maps each to an exit code.
 */
public enum ErrorKind {
    INVALID_REQUEST(false),
    AUTHENTICATION(false),
    INSUFFICIENT_CREDITS(false),
    RATE_LIMITED(true),
    CONTENT_REJECTED(false),
    TIMED_OUT(true),
    /** The provider accepted the job and then reported it failed. */
    JOB_FAILED(false),
    PROVIDER_UNAVAILABLE(true),
    /** A submit's response was lost: the edit may or may not have been accepted (and charged). */
    OUTCOME_UNKNOWN(false),
    UNSUPPORTED_FEATURE(false),
    PROVIDER_NOT_FOUND(false),
    JOB_NOT_FOUND(false);

    private final boolean retriable;

    ErrorKind(boolean retriable) {
        this.retriable = retriable;
    }

    /** Whether sending the same request again later may succeed without risking a second charge. */
    public boolean retriable() {
        return retriable;
    }
}
