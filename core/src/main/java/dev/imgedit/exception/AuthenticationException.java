package dev.imgedit.exception;

import org.jspecify.annotations.Nullable;

/** The API key is missing, wrong or revoked. */
public class AuthenticationException extends ImageEditException {
    private static final long serialVersionUID = 1L;

    /** A failure of this kind, not tied to a job. */
    public AuthenticationException(String message) {
        this(message, null, null);
    }

    /** A failure of this kind, about job {@code jobId} when known, caused by {@code cause} when there is one. */
    public AuthenticationException(String message, @Nullable String jobId, @Nullable Throwable cause) {
        super(message, jobId, cause);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.AUTHENTICATION;
    }
}
