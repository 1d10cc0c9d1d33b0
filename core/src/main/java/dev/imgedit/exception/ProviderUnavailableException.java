package dev.imgedit.exception;

import org.jspecify.annotations.Nullable;

/** The provider could not be reached or answered with a server error; trying again later may work. */
public class ProviderUnavailableException extends ImageEditException {
    private static final long serialVersionUID = 1L;

    public ProviderUnavailableException(String message) {
        this(message, null, null);
    }

    public ProviderUnavailableException(String message, @Nullable String jobId, @Nullable Throwable cause) {
        super(message, jobId, cause);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.PROVIDER_UNAVAILABLE;
    }
}
