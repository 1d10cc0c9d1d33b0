package dev.imgedit.imaging.internal;

import dev.imgedit.ImageBytes;
import dev.imgedit.ImageType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

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
        List<int[]> removed = new ArrayList<>();
        byte @Nullable [] exif = null;
        Orientation orientation = Orientation.NORMAL;
        boolean otherThanExif = length < bytes.limit();
        int position = HEADER_LENGTH;
        while (position + 8 <= length) {
            long size = bytes.getInt(position + 4) & 0xFFFFFFFFL;
            long end = position + 8 + size + (size & 1);
            if (end > length + (size & 1)) {
                return Metadata.none(image, ImageType.WEBP);
            }
            String type = ByteRuns.fourCharacterCode(bytes, position);
            if (type.equals("EXIF") && exif == null) {
                int from = position + 8;
                // Some writers keep JPEG's "Exif\0\0" before the TIFF header; the format says they should not.
                int tiff = from + (ByteRuns.startsWith(bytes, from, from + (int) size, EXIF_HEADER) ? 6 : 0);
                orientation = Exif.orientation(bytes.slice(tiff, from + (int) size - tiff));
                exif = Exif.upright(ByteRuns.copy(bytes, tiff, from + (int) size));
                removed.add(new int[] {position, (int) Math.min(end, length)});
            } else if (type.equals("EXIF") || type.equals("XMP ")) {
                otherThanExif = true;
                removed.add(new int[] {position, (int) Math.min(end, length)});
            }
            position = (int) end;
        }
        if (removed.isEmpty() && length == bytes.limit()) {
            return Metadata.none(image, ImageType.WEBP);
        }
        ByteBuffer stripped = ByteBuffer.wrap(ByteRuns.without(bytes, removed, length)).order(ByteOrder.LITTLE_ENDIAN);
        stripped.putInt(4, stripped.limit() - 8);
        if (extended) {
            stripped.put(FLAGS_POSITION, (byte) (stripped.get(FLAGS_POSITION) & ~EXIF_AND_XMP_FLAGS));
        }
        return new Metadata(ImageType.WEBP, orientation, ImageBytes.adopt(stripped.array()), exif, List.of(),
                otherThanExif);
    }
}
