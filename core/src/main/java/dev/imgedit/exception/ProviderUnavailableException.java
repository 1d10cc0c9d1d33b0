package dev.imgedit.exception;

import org.jspecify.annotations.Nullable;

/** The provider could not be reached or answered with a server error; trying again later may work. */
public class ProviderUnavailableException extends ImageEditException {
    private static final long serialVersionUID = 1L;

    /** A failure of this kind, not tied to a job. */
    public ProviderUnavailableException(String message) {
        this(message, null, null);
    }

    /** A failure of this kind, about job {@code jobId} when known, caused by {@code cause} when there is one. */
    public ProviderUnavailableException(String message, @Nullable String jobId, @Nullable Throwable cause) {
        super(message, jobId, cause);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.PROVIDER_UNAVAILABLE;
    }
}
