package dev.imgedit;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One output image, already downloaded and checked to be an image.
 *
 * @param source where the provider published it, when it did (an offline provider has no URL)
 * @param type the format, detected from the bytes
 * @param width in pixels
 * @param height in pixels
 */
public record EditedImage(@Nullable URI source, ImageType type, ImageBytes bytes, int width, int height) {
    public EditedImage {
        Objects.requireNonNull(type, "type is null");
        Objects.requireNonNull(bytes, "bytes is null");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive, got " + width + "x" + height);
        }
    }

    public Optional<URI> sourceOption() {
        return Optional.ofNullable(source);
    }

    @Override
    public String toString() {
        return "EditedImage[" + type.mimeType() + ", " + width + "x" + height + ", " + bytes.size() + " bytes"
                + (source == null ? "" : ", " + source) + "]";
    }
}
