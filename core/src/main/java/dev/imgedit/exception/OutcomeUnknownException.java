package dev.imgedit.exception;

import org.jspecify.annotations.Nullable;

/**
 * A submit reached the provider (or may have), but its response was lost. The edit may have been accepted and
 * charged, so imgedit does not send it again; the message says how to find the job (its id when known, else the
 * track id that imgedit sent with it).
 */
public class OutcomeUnknownException extends ImageEditException {
    private static final long serialVersionUID = 1L;

    private final @Nullable String trackId;

    /** @param trackId the track id sent with the submit, to find the job by, when known */
    public OutcomeUnknownException(String message, @Nullable String jobId, @Nullable String trackId,
            @Nullable Throwable cause) {
        super(message, jobId, cause);
        this.trackId = trackId;
    }

    /** The client-chosen id sent with the submit, for finding the job in the provider's dashboard or webhooks. */
    public @Nullable String trackId() {
        return trackId;
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.OUTCOME_UNKNOWN;
    }
}
