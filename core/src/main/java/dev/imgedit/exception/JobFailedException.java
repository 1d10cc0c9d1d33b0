package dev.imgedit.exception;

import org.jspecify.annotations.Nullable;

/** The provider accepted the job and then reported that it failed. */
public class JobFailedException extends ImageEditException {
    private static final long serialVersionUID = 1L;

    /** A failure of this kind, not tied to a job. */
    public JobFailedException(String message) {
        this(message, null, null);
    }

    /** A failure of this kind, about job {@code jobId} when known, caused by {@code cause} when there is one. */
    public JobFailedException(String message, @Nullable String jobId, @Nullable Throwable cause) {
        super(message, jobId, cause);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.JOB_FAILED;
    }
}
