package dev.imgedit.exception;

/**
 * What went wrong, in the terms a caller decides on. Stable names: the CLI prints them as {@code error.kind} in its
 * JSON output and maps each to an exit code.
 */
public enum ErrorKind {
    /** The request cannot be done as given; fix it first. */
    INVALID_REQUEST(false),
    /** The API key is missing or refused. */
    AUTHENTICATION(false),
    /** The account has no credit left for the edit. */
    INSUFFICIENT_CREDITS(false),
    /** Too many requests; the provider accepted and charged nothing. */
    RATE_LIMITED(true),
    /** The provider's safety check refused the prompt or the image. */
    CONTENT_REJECTED(false),
    /** The time allowed ran out (or the wait was interrupted); a submitted job goes on. */
    TIMED_OUT(true),
    /** The provider accepted the job and then reported it failed. */
    JOB_FAILED(false),
    /** The provider could not be reached or answered with a server error. */
    PROVIDER_UNAVAILABLE(true),
    /** A submit's response was lost: the edit may or may not have been accepted (and charged). */
    OUTCOME_UNKNOWN(false),
    /** The model cannot do what the request asks. */
    UNSUPPORTED_FEATURE(false),
    /** No installed provider has the id asked for, or none is configured. */
    PROVIDER_NOT_FOUND(false),
    /** The provider does not know the job (wrong id, or expired). */
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
