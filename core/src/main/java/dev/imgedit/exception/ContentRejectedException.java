package dev.imgedit.exception;

import org.jspecify.annotations.Nullable;

/** The provider's moderation refused the prompt, the input image or the output. */
public class ContentRejectedException extends ImageEditException {
    private static final long serialVersionUID = 1L;

    /** A failure of this kind, not tied to a job. */
    public ContentRejectedException(String message) {
        this(message, null, null);
    }

    /** A failure of this kind, about job {@code jobId} when known, caused by {@code cause} when there is one. */
    public ContentRejectedException(String message, @Nullable String jobId, @Nullable Throwable cause) {
        super(message, jobId, cause);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.CONTENT_REJECTED;
    }
}
