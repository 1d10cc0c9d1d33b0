package dev.imgedit.exception;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The caller's timeout ran out while the job was still running. The job goes on at the provider: resume it with
 * {@code provider.resume(jobId())} and await it again, rather than submitting (and paying for) it twice.
 */
public class EditTimeoutException extends ImageEditException {
    private static final long serialVersionUID = 1L;

    private final Duration waited;

    public EditTimeoutException(String message, @Nullable String jobId, Duration waited) {
        this(message, jobId, waited, null);
    }

    public EditTimeoutException(String message, @Nullable String jobId, Duration waited, @Nullable Throwable cause) {
        super(message, jobId, cause);
        this.waited = waited;
    }

    public Duration waited() {
        return waited;
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.TIMED_OUT;
    }
}
