package dev.imgedit.cli.internal.output;

import dev.imgedit.EditedImage;
import java.nio.file.Path;
import java.util.Objects;

/**
 * An output image and the file it was written to.
 *
 * @param path the file, or {@link #STANDARD_OUTPUT} for an image written to standard output ({@code -o -})
 */
public record WrittenImage(Path path, EditedImage image) {
    /** The path standing for standard output, as {@code -o -} names it. */
    public static final Path STANDARD_OUTPUT = Path.of("-");

    public WrittenImage {
        Objects.requireNonNull(path, "path is null");
        Objects.requireNonNull(image, "image is null");
    }

    /** Whether the image went to standard output rather than to a file. */
    public boolean standardOutput() {
        return path.equals(STANDARD_OUTPUT);
    }
}
