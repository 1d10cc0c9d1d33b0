package dev.imgedit.imaging.internal.metadata;

import dev.imgedit.ImageSize;
import java.awt.geom.AffineTransform;

/**
 * EXIF tag 0x0112: how the stored pixels must be turned to stand upright. Cameras store the sensor's rows as they
 * come and record the way the camera was held here instead of rotating the pixels.
 */
public enum Orientation {
    NORMAL(1),
    MIRROR_HORIZONTAL(2),
    ROTATE_180(3),
    MIRROR_VERTICAL(4),
    TRANSPOSE(5),
    ROTATE_90_CLOCKWISE(6),
    TRANSVERSE(7),
    ROTATE_270_CLOCKWISE(8);

    private final int exifValue;

    Orientation(int exifValue) {
        this.exifValue = exifValue;
    }

    /** The orientation an EXIF value names; values outside 1..8 (seen in the wild) mean no turn at all. */
    public static Orientation fromExif(int value) {
        for (Orientation orientation : values()) {
            if (orientation.exifValue == value) {
                return orientation;
            }
        }
        return NORMAL;
    }

    public int exifValue() {
        return exifValue;
    }

    /** Whether turning upright swaps width and height. */
    public boolean swapsSides() {
        return exifValue >= 5;
    }

    /** The size an image stored at {@code stored} has once upright. */
    public ImageSize upright(ImageSize stored) {
        return swapsSides() ? new ImageSize(stored.height(), stored.width()) : stored;
    }

    /** The stored size of an image that is {@code upright} once turned; the same swap, the other way. */
    public ImageSize stored(ImageSize upright) {
        return upright(upright);
    }

    /** Maps the stored pixels of a {@code width} x {@code height} image onto the upright image. */
    public AffineTransform toUpright(int width, int height) {
        return switch (this) {
            case NORMAL -> new AffineTransform();
            case MIRROR_HORIZONTAL -> new AffineTransform(-1, 0, 0, 1, width, 0);
            case ROTATE_180 -> new AffineTransform(-1, 0, 0, -1, width, height);
            case MIRROR_VERTICAL -> new AffineTransform(1, 0, 0, -1, 0, height);
            case TRANSPOSE -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case ROTATE_90_CLOCKWISE -> new AffineTransform(0, 1, -1, 0, height, 0);
            case TRANSVERSE -> new AffineTransform(0, -1, -1, 0, height, width);
            case ROTATE_270_CLOCKWISE -> new AffineTransform(0, -1, 1, 0, 0, width);
        };
    }
}
