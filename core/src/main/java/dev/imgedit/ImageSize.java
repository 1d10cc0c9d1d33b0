package dev.imgedit;

import java.util.Optional;

/**
 * An image's width and height in pixels.
 *
 * @param width in pixels, positive
 * @param height in pixels, positive
 */
public record ImageSize(int width, int height) {
    public ImageSize {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive, got " + width + "x" + height);
        }
    }

    /**
     * Reads the size from the image's header, without decoding it: PNG's IHDR, JPEG's start-of-frame marker and
     * the three WebP layouts (lossy, lossless, extended).
     *
     * @return empty when the header is cut short or malformed
     */
    public static Optional<ImageSize> read(ImageBytes bytes, ImageType type) {
        return Optional.ofNullable(ImageHeaders.read(bytes.array(), type));
    }

    /** Width times height. */
    public long pixels() {
        return (long) width * height;
    }

    @Override
    public String toString() {
        return width + "x" + height;
    }
}
