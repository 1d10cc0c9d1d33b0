package dev.imgedit.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A batch's local storage failed: its journal, its lock or its output folder. The message is one line naming the
 * file, the problem and the fix. Whatever was recorded before the failure stays in the journal, so once the problem
 * is fixed a rerun goes on where this one stopped.
 */
public class BatchStorageException extends UncheckedIOException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, for callers that decide on it. */
    public enum Problem {
        /** Another process is running the same batch. */
        LOCKED,
        /** The disk (or the journal's quota) is full. */
        NO_SPACE,
        /** The folder or file cannot be written. */
        READ_ONLY,
        /** The journal file is damaged, is not a journal, or was written by a newer imgedit. */
        UNREADABLE,
        /** Any other failed read or write. */
        IO
    }

    private final Problem problem;

    public BatchStorageException(Problem problem, String message, @Nullable Throwable cause) {
        super(new IOException(Objects.requireNonNull(message, "message is null"), cause));
        this.problem = Objects.requireNonNull(problem, "problem is null");
    }

    public Problem problem() {
        return problem;
    }

    @Override
    public String getMessage() {
        return getCause().getMessage();
    }
}
