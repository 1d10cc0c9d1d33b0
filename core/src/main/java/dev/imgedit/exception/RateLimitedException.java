package dev.imgedit.exception;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** The provider refused the request because too many are queued or sent; it was not accepted and not charged. */
public class RateLimitedException extends ImageEditException {
    private static final long serialVersionUID = 1L;

    private final @Nullable Duration retryAfter;

    /** @param retryAfter the wait the provider asked for, or null when it named none */
    public RateLimitedException(String message, @Nullable Duration retryAfter) {
        this(message, retryAfter, null);
    }

    /** @param retryAfter the wait the provider asked for, or null when it named none */
    public RateLimitedException(String message, @Nullable Duration retryAfter, @Nullable Throwable cause) {
        super(message, null, cause);
        this.retryAfter = retryAfter;
    }

    /** How long the provider asked us to wait, or null when it did not say. */
    public @Nullable Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.RATE_LIMITED;
    }
}
