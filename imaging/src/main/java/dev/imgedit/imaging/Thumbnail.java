package dev.imgedit.imaging;

import dev.imgedit.ImageBytes;
import dev.imgedit.ImageSize;
import dev.imgedit.ImageType;
import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.imaging.internal.ImageDecoding;
import dev.imgedit.imaging.internal.ImageEncoding;
import dev.imgedit.imaging.internal.Rendering;
import dev.imgedit.imaging.internal.metadata.Metadata;
import dev.imgedit.imaging.internal.metadata.Orientation;
import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * A small preview of an image, upright and without metadata: JPEG, or PNG where the image has visible transparency.
 * For showing a result to a person or an agent cheaply; never a stand-in for the image itself.
 *
 * @param bytes the encoded preview
 * @param type JPEG or PNG
 * @param size its width and height, the longer side at most the one asked for
 */
public record Thumbnail(ImageBytes bytes, ImageType type, ImageSize size) {
    /** Good enough to judge an edit by, at a few kilobytes. */
    private static final float JPEG_QUALITY = 0.8f;

    public Thumbnail {
        Objects.requireNonNull(bytes, "bytes is null");
        Objects.requireNonNull(type, "type is null");
        Objects.requireNonNull(size, "size is null");
    }

    /**
     * A preview of {@code image} whose longer side is {@code longerSide} pixels, or the image's own size if that is
     * smaller (a preview is never scaled up).
     *
     * @throws InvalidRequestException when {@code image} is not a PNG, JPEG or WebP image, or does not decode
     */
    public static Thumbnail of(ImageBytes image, int longerSide) {
        Objects.requireNonNull(image, "image is null");
        if (longerSide < 1) {
            throw new IllegalArgumentException("a thumbnail is at least 1 pixel, got " + longerSide);
        }
        ImageType type = ImageType.detect(image.head(12)).orElseThrow(() -> new InvalidRequestException(
                "the image to preview is not a PNG, JPEG or WebP image (judged by its content)"));
        ImageSize stored = ImageSize.read(image, type).orElseThrow(() -> new InvalidRequestException(
                "the " + type.displayName() + " image to preview is cut short: its header gives no size"));
        Orientation orientation = Metadata.read(image, type).orientation();
        ImageSize upright = orientation.upright(stored);
        double scale = Math.min(1.0, (double) longerSide / Math.max(upright.width(), upright.height()));
        ImageSize target = new ImageSize(Math.max(1, (int) Math.round(upright.width() * scale)),
                Math.max(1, (int) Math.round(upright.height() * scale)));
        ImageSize storedTarget = orientation.stored(target);
        int subsampling = Math.max(1, Math.min(stored.width() / storedTarget.width(),
                stored.height() / storedTarget.height()));
        BufferedImage decoded = ImageDecoding.decode(image, type, subsampling, "the image to preview");
        boolean transparent = Rendering.hasVisibleTransparency(decoded);
        BufferedImage drawn = Rendering.render(decoded, orientation, target, !transparent);
        return transparent
                ? new Thumbnail(ImageBytes.adopt(ImageEncoding.png(drawn)), ImageType.PNG, target)
                : new Thumbnail(ImageBytes.adopt(ImageEncoding.jpeg(drawn, JPEG_QUALITY)), ImageType.JPEG, target);
    }
}
