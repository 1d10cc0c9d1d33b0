package dev.imgedit.batch;

import dev.imgedit.ImageBytes;
import dev.imgedit.ImageType;
import dev.imgedit.batch.internal.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One output file a job wrote.
 *
 * @param path relative to the batch's output folder (with {@code /} between folders), absolute for a job outside
 *     a batch, or {@code -} for an image written to standard output
 * @param sha256 the SHA-256 of the file as written, provenance included
 * @param type its format
 * @param width in pixels
 * @param height in pixels
 */
public record OutputFile(String path, String sha256, ImageType type, int width, int height) {
    public OutputFile {
        Objects.requireNonNull(path, "path is null");
        Objects.requireNonNull(sha256, "sha256 is null");
        Objects.requireNonNull(type, "type is null");
    }

    /**
     * A file written outside a batch, by its absolute path and the SHA-256 of its bytes as they are on disk now.
     *
     * @throws UncheckedIOException when it cannot be read
     */
    public static OutputFile written(Path file, ImageType type, int width, int height) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            return new OutputFile(absolute.toString(), Sha256.of(absolute), type, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read '" + absolute + "' back to record its SHA-256", e);
        }
    }

    /** An image written to standard output, recorded as {@code -} with the SHA-256 of the bytes written there. */
    public static OutputFile standardOutput(ImageBytes bytes, ImageType type, int width, int height) {
        return new OutputFile("-", Sha256.of(bytes), type, width, height);
    }
}
