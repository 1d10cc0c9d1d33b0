package dev.imgedit.exception;

import org.jspecify.annotations.Nullable;

/**
 * The root of the imgedit exception tree. Providers translate every failure of their transport into one of the
 * subclasses, so nothing from an HTTP client or a JSON library reaches a caller. Messages are one line, name the
 * problem and, where there is one, the fix; they never contain a secret.
 */
public abstract class ImageEditException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final @Nullable String jobId;

    /** @param jobId the provider's id of the job the failure belongs to, or null */
    protected ImageEditException(String message, @Nullable String jobId, @Nullable Throwable cause) {
        super(message, cause);
        this.jobId = jobId;
    }

    /** What kind of failure this is, for exit codes and retries. */
    public abstract ErrorKind kind();

    /** Whether trying again later may succeed without risking a second charge for the same edit. */
    public boolean isRetriable() {
        return kind().retriable();
    }

    /** The provider's id of the job this failure belongs to, when one was assigned. */
    public @Nullable String jobId() {
        return jobId;
    }
}
