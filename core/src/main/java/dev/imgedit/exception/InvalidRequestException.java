package dev.imgedit.exception;

import org.jspecify.annotations.Nullable;

/** The request is wrong and sending it again will not help: a blank prompt, an unusable image, a bad option. */
public class InvalidRequestException extends ImageEditException {
    private static final long serialVersionUID = 1L;

    /** A failure of this kind, not tied to a job. */
    public InvalidRequestException(String message) {
        this(message, null, null);
    }

    /** A failure of this kind, about job {@code jobId} when known, caused by {@code cause} when there is one. */
    public InvalidRequestException(String message, @Nullable String jobId, @Nullable Throwable cause) {
        super(message, jobId, cause);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.INVALID_REQUEST;
    }
}
