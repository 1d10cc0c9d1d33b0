package dev.imgedit.imaging.internal.metadata;

import dev.imgedit.ImageBytes;
import dev.imgedit.ImageType;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an image file holds besides its pixels, as far as preparing it for a model goes.
 *
 * @param sourceType the format the file is in
 * @param orientation how its pixels must be turned to stand upright
 * @param withoutMetadata the same file without EXIF, GPS, XMP, comments or text, and without anything after the
 *     image's end; the very instance read when there was nothing to take away
 * @param uprightExif the EXIF block (a TIFF structure), its orientation reset to upright, or null
 * @param uprightPieces the metadata in the file's own form (JPEG segments or PNG chunks, whole), the orientation
 *     reset, ready to put into a re-encoded file of the same format
 * @param otherThanExif whether the file holds metadata besides the EXIF block (XMP, comments, text, ...)
 */
public record Metadata(
        ImageType sourceType,
        Orientation orientation,
        ImageBytes withoutMetadata,
        byte @Nullable [] uprightExif,
        List<byte[]> uprightPieces,
        boolean otherThanExif) {

    public Metadata {
        uprightPieces = List.copyOf(uprightPieces);
    }

    /** Reads the metadata of {@code image}; a file whose structure cannot be walked reads as having none. */
    public static Metadata read(ImageBytes image, ImageType type) {
        return switch (type) {
            case JPEG -> JpegFile.read(image);
            case PNG -> PngFile.read(image);
            case WEBP -> WebpFile.read(image);
        };
    }

    static Metadata none(ImageBytes image, ImageType type) {
        return new Metadata(type, Orientation.NORMAL, image, null, List.of(), false);
    }

    /**
     * Puts this metadata into {@code encoded}, a file just written in {@code format}: all of it when the format is
     * the source's, else the EXIF block alone (the one piece both PNG and JPEG can hold).
     */
    public byte[] carryInto(byte[] encoded, ImageType format) {
        if (format == sourceType && !uprightPieces.isEmpty()) {
            return insert(encoded, format, uprightPieces);
        }
        if (format != sourceType && uprightExif != null) {
            byte[] piece = format == ImageType.JPEG ? JpegFile.exifSegment(uprightExif) : PngFile.exifChunk(uprightExif);
            return insert(encoded, format, List.of(piece));
        }
        return encoded;
    }

    /** Whether {@link #carryInto} leaves something behind for {@code format}. */
    public boolean partlyLostIn(ImageType format) {
        return otherThanExif && format != sourceType;
    }

    private static byte[] insert(byte[] encoded, ImageType format, List<byte[]> pieces) {
        return switch (format) {
            case JPEG -> JpegFile.insert(encoded, pieces);
            case PNG -> PngFile.insert(encoded, pieces);
            case WEBP -> throw new IllegalArgumentException("WebP is never written");
        };
    }
}
