package dev.imgedit.exception;

import org.jspecify.annotations.Nullable;

/** The account has no credit left for this edit. */
public class InsufficientCreditsException extends ImageEditException {
    private static final long serialVersionUID = 1L;

    /** A failure of this kind, not tied to a job. */
    public InsufficientCreditsException(String message) {
        this(message, null, null);
    }

    /** A failure of this kind, about job {@code jobId} when known, caused by {@code cause} when there is one. */
    public InsufficientCreditsException(String message, @Nullable String jobId, @Nullable Throwable cause) {
        super(message, jobId, cause);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.INSUFFICIENT_CREDITS;
    }
}
