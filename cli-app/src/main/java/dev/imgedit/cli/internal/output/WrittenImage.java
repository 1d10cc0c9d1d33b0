package dev.imgedit.cli.internal.output;

import dev.imgedit.EditedImage;
import java.nio.file.Path;
import java.util.Objects;

/** An output image and the file it was written to. */
public record WrittenImage(Path path, EditedImage image) {
    public WrittenImage {
        Objects.requireNonNull(path, "path is null");
        Objects.requireNonNull(image, "image is null");
    }
}
