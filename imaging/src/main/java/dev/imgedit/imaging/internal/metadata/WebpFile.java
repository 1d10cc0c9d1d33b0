package dev.imgedit.imaging.internal.metadata;

import dev.imgedit.ImageBytes;
import dev.imgedit.ImageType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A WebP file's RIFF chunks, walked without decoding: the {@code EXIF} and {@code XMP } chunks of the extended
 * format are dropped whole, their flags in {@code VP8X} cleared and the RIFF size mended.
 */
final class WebpFile {
    private static final int HEADER_LENGTH = 12;
    private static final int FLAGS_POSITION = 20;
    private static final int EXIF_AND_XMP_FLAGS = 0x08 | 0x04;
    private static final String EXIF_HEADER = "Exif\0\0";

    private WebpFile() {}

    static Metadata read(ImageBytes image) {
        ByteBuffer bytes = image.asReadOnlyBuffer().order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.limit() < HEADER_LENGTH + 8) {
            return Metadata.none(image, ImageType.WEBP);
        }
        int length = (int) Math.min(bytes.limit(), (bytes.getInt(4) & 0xFFFFFFFFL) + 8);
        boolean extended = ByteRuns.fourCharacterCode(bytes, HEADER_LENGTH).equals("VP8X");
        MetadataFinds finds = new MetadataFinds();
        if (length < bytes.limit()) {
            finds.trailer();
        }
        int position = HEADER_LENGTH;
        while (position + 8 <= length) {
            long size = bytes.getInt(position + 4) & 0xFFFFFFFFL;
            long end = position + 8 + size + (size & 1);
            if (end > length + (size & 1)) {
                return Metadata.none(image, ImageType.WEBP);
            }
            String type = ByteRuns.fourCharacterCode(bytes, position);
            int chunkEnd = (int) Math.min(end, length);
            if (type.equals("EXIF") && !finds.hasExif()) {
                int from = position + 8;
                // Some writers keep JPEG's "Exif\0\0" before the TIFF header; the format says they should not.
                int tiff = from + (ByteRuns.startsWith(bytes, from, from + (int) size, EXIF_HEADER) ? 6 : 0);
                finds.exif(bytes, position, chunkEnd, tiff, from + (int) size, null);
            } else if (type.equals("EXIF") || type.equals("XMP ")) {
                finds.other(bytes, position, chunkEnd, false);
            }
            position = (int) end;
        }
        if (finds.isEmpty()) {
            return Metadata.none(image, ImageType.WEBP);
        }
        ByteBuffer stripped = ByteBuffer.wrap(finds.strip(bytes, length)).order(ByteOrder.LITTLE_ENDIAN);
        stripped.putInt(4, stripped.limit() - 8);
        if (extended) {
            stripped.put(FLAGS_POSITION, (byte) (stripped.get(FLAGS_POSITION) & ~EXIF_AND_XMP_FLAGS));
        }
        return finds.toMetadata(ImageType.WEBP, ImageBytes.adopt(stripped.array()));
    }
}
