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
    private final boolean interrupted;

    /** @param waited how long the call waited before it gave up */
    public EditTimeoutException(String message, @Nullable String jobId, Duration waited) {
        this(message, jobId, waited, null);
    }

    /** @param waited how long the call waited before it gave up */
    public EditTimeoutException(String message, @Nullable String jobId, Duration waited, @Nullable Throwable cause) {
        super(message, jobId, cause);
        this.waited = waited;
        this.interrupted = false;
    }

    /**
     * @param interrupted whether the wait ended because the calling thread was interrupted rather than because the
     *     time ran out
     */
    public EditTimeoutException(String message, @Nullable String jobId, Duration waited, boolean interrupted) {
        super(message, jobId, null);
        this.waited = waited;
        this.interrupted = interrupted;
    }

    /** How long the call waited before it gave up. */
    public Duration waited() {
        return waited;
    }

    /** Whether the calling thread was interrupted, which ended the wait before its time ran out. */
    public boolean interrupted() {
        return interrupted;
    }

    /** False after an interrupt: the caller asked to stop, so trying again is not what it wants. */
    @Override
    public boolean isRetriable() {
        return !interrupted && super.isRetriable();
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.TIMED_OUT;
    }
}
