package dev.imgedit.batch;

import dev.imgedit.exception.ErrorKind;
import dev.imgedit.exception.ImageEditException;
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

    /** The failure an exception stands for. */
    public static ItemFailure of(ImageEditException failure) {
        return of(failure.kind(), String.valueOf(failure.getMessage()));
    }
}
