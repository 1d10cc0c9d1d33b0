package dev.imgedit.exception;

import org.jspecify.annotations.Nullable;

/** The request asks for something this provider cannot do (a ratio, an input kind, an option). */
public class UnsupportedFeatureException extends ImageEditException {
    private static final long serialVersionUID = 1L;

    /** A failure of this kind, not tied to a job. */
    public UnsupportedFeatureException(String message) {
        this(message, null, null);
    }

    /** A failure of this kind, about job {@code jobId} when known, caused by {@code cause} when there is one. */
    public UnsupportedFeatureException(String message, @Nullable String jobId, @Nullable Throwable cause) {
        super(message, jobId, cause);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.UNSUPPORTED_FEATURE;
    }
}
