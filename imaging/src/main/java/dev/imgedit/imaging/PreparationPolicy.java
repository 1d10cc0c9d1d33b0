package dev.imgedit.imaging;

/**
 * How far {@link InputPreparation} may change an input image.
 *
 * @param keepMetadata whether EXIF (GPS included), XMP, comments and text stay in the image; by default they are
 *     stripped, since they say where and when a photo was taken and the model needs none of it
 * @param resizeToFit whether an image the model cannot take as it is (too many bytes or pixels, or a format it does
 *     not read) is scaled down and/or re-encoded to fit; when false such an image is refused instead
 */
public record PreparationPolicy(boolean keepMetadata, boolean resizeToFit) {
    /** Strip metadata; fit what does not fit. */
    public static final PreparationPolicy DEFAULT = new PreparationPolicy(false, true);
}
