package dev.imgedit;

import dev.imgedit.exception.JobFailedException;
import java.net.URI;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One output image, already downloaded and checked to be an image. Providers make one with {@link #of}.
 *
 * @param source where the provider published it, or null when it has no URL (an offline provider)
 * @param type the format, detected from the bytes
 * @param bytes the image
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

    /**
     * Recognises {@code bytes} by their content and reads the size from the header.
     *
     * @param jobId the job the image belongs to, for the exception
     * @param source where it was downloaded from, or null
     * @throws JobFailedException when the bytes are not a PNG, JPEG or WebP image with a readable size
     */
    public static EditedImage of(ImageBytes bytes, @Nullable URI source, String jobId) {
        String where = source == null ? "" : " from " + source;
        ImageType type = ImageType.detect(bytes.head(12)).orElseThrow(() -> new JobFailedException(
                "job " + jobId + " produced an output that is not a PNG, JPEG or WebP image" + where, jobId, null));
        ImageSize size = ImageSize.read(bytes, type).orElseThrow(() -> new JobFailedException(
                "job " + jobId + " produced a " + type.displayName() + " whose size cannot be read" + where,
                jobId, null));
        return new EditedImage(source, type, bytes, size.width(), size.height());
    }

    /** The image's width and height in pixels. */
    public ImageSize size() {
        return new ImageSize(width, height);
    }

    @Override
    public String toString() {
        return "EditedImage[" + type.mimeType() + ", " + width + "x" + height + ", " + bytes.size() + " bytes"
                + (source == null ? "" : ", " + source) + "]";
    }
}
