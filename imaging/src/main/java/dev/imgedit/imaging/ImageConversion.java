package dev.imgedit.imaging;

import dev.imgedit.ImageBytes;
import dev.imgedit.ImageSize;
import dev.imgedit.ImageType;
import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.exception.UnsupportedFeatureException;
import dev.imgedit.imaging.internal.ImageDecoding;
import dev.imgedit.imaging.internal.ImageEncoding;
import dev.imgedit.imaging.internal.Rendering;
import dev.imgedit.imaging.internal.metadata.Metadata;
import dev.imgedit.imaging.internal.metadata.Orientation;
import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * Writes an image in another format, so bytes always are what their file name says. PNG and JPEG are written with
 * ImageIO; WebP is read (through TwelveMonkeys) but not written: no maintained pure-Java WebP encoder exists, and
 * the ones in Maven Central wrap the native libwebp.
 */
public final class ImageConversion {
    /** JPEG quality for a finished image: high, since it is what the user keeps. */
    private static final float JPEG_QUALITY = 0.92f;

    private ImageConversion() {}

    /** Whether {@link #convert} can produce {@code type}: PNG and JPEG yes, WebP no. */
    public static boolean canWrite(ImageType type) {
        return ImageEncoding.canWrite(type);
    }

    /**
     * {@code bytes} as a {@code to} image: the same bytes when they already are one; else decoded, turned upright
     * if an EXIF orientation says so (the new file has no metadata to say it), and written anew. Transparency is
     * laid on white for JPEG. Metadata is not carried over.
     *
     * @throws InvalidRequestException when {@code bytes} are not a PNG, JPEG or WebP image, or do not decode
     * @throws UnsupportedFeatureException when {@code to} is WebP
     */
    public static ImageBytes convert(ImageBytes bytes, ImageType to) {
        Objects.requireNonNull(bytes, "bytes is null");
        Objects.requireNonNull(to, "to is null");
        ImageType from = ImageType.detect(bytes.head(12)).orElseThrow(() -> new InvalidRequestException(
                "the image to convert is not a PNG, JPEG or WebP image (judged by its content)"));
        if (from == to) {
            return bytes;
        }
        if (!canWrite(to)) {
            throw new UnsupportedFeatureException("imgedit cannot write " + to.displayName() + ": no maintained "
                    + "pure-Java encoder exists; choose PNG (lossless) or JPEG, or ask a model that makes "
                    + to.displayName() + " for it, or convert the PNG afterwards with a " + to.displayName()
                    + " encoder such as cwebp");
        }
        Orientation orientation = Metadata.read(bytes, from).orientation();
        BufferedImage decoded = ImageDecoding.decode(bytes, from, 1, "the " + from.displayName() + " image");
        boolean jpeg = to == ImageType.JPEG;
        BufferedImage upright = !jpeg && orientation == Orientation.NORMAL ? decoded
                : Rendering.render(decoded, orientation,
                        orientation.upright(new ImageSize(decoded.getWidth(), decoded.getHeight())),
                        jpeg || !decoded.getColorModel().hasAlpha());
        return ImageBytes.adopt(jpeg ? ImageEncoding.jpeg(upright, JPEG_QUALITY) : ImageEncoding.png(upright));
    }
}
