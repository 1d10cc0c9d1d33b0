package dev.imgedit.batch;

import dev.imgedit.exception.ErrorKind;
import dev.imgedit.exception.ImageEditException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Why an item did not finish.
 *
 * @param kind an {@link ErrorKind} name, or {@value #LOCAL_IO} when reading the input or writing the output failed
 * @param message one line for people, with no secret in it
 */
public record ItemFailure(String kind, String message) {
    /** The kind of a failed local read or write: the same word the CLI prints for one. */
    public static final String LOCAL_IO = "LOCAL_IO";

    public ItemFailure {
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(message, "message is null");
        message = message.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    public static ItemFailure of(ErrorKind kind, String message) {
        return new ItemFailure(kind.name(), message);
    }

    /** The failure an exception stands for: its kind for imgedit's own, {@value #LOCAL_IO} for I/O. */
    public static ItemFailure of(RuntimeException failure) {
        if (failure instanceof ImageEditException imageEditException) {
            return of(imageEditException.kind(), String.valueOf(imageEditException.getMessage()));
        }
        if (failure instanceof UncheckedIOException io) {
            return new ItemFailure(LOCAL_IO, String.valueOf(io.getMessage()));
        }
        throw failure;
    }

    public static ItemFailure localIo(String message, IOException cause) {
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new ItemFailure(LOCAL_IO, message + ": " + reason);
    }

    /** Whether a rerun may try again without risking a second charge. */
    public boolean retriable() {
        if (kind.equals(LOCAL_IO)) {
            return true;
        }
        try {
            return ErrorKind.valueOf(kind).retriable();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
