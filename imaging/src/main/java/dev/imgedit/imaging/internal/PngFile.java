package dev.imgedit.imaging.internal;

import dev.imgedit.ImageBytes;
import dev.imgedit.ImageType;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;
import org.jspecify.annotations.Nullable;

/**
 * A PNG file's chunks, walked without decoding: text ({@code tEXt}, {@code iTXt}, {@code zTXt}, where XMP lives too),
 * EXIF ({@code eXIf}) and the modification time ({@code tIME}) are dropped whole, and so is anything after
 * {@code IEND}; the pixels stay bit for bit what they were.
 */
final class PngFile {
    private static final Set<String> METADATA_CHUNKS = Set.of("tEXt", "iTXt", "zTXt", "eXIf", "tIME");
    private static final int SIGNATURE_LENGTH = 8;

    private PngFile() {}

    static Metadata read(ImageBytes image) {
        ByteBuffer bytes = image.asReadOnlyBuffer();
        int length = bytes.limit();
        List<int[]> removed = new ArrayList<>();
        List<byte[]> carried = new ArrayList<>();
        byte @Nullable [] exif = null;
        Orientation orientation = Orientation.NORMAL;
        boolean otherThanExif = false;
        int imageEnd = length;
        int position = SIGNATURE_LENGTH;
        while (position + 12 <= length) {
            long dataLength = bytes.getInt(position) & 0xFFFFFFFFL;
            if (dataLength > length - position - 12) {
                return Metadata.none(image, ImageType.PNG);
            }
            int end = position + 12 + (int) dataLength;
            String type = ByteRuns.fourCharacterCode(bytes, position + 4);
            if (METADATA_CHUNKS.contains(type)) {
                removed.add(new int[] {position, end});
                if (type.equals("eXIf") && exif == null) {
                    orientation = Exif.orientation(bytes.slice(position + 8, (int) dataLength));
                    exif = Exif.upright(ByteRuns.copy(bytes, position + 8, end - 4));
                    carried.add(exifChunk(exif));
                } else {
                    otherThanExif = true;
                    carried.add(ByteRuns.copy(bytes, position, end));
                }
            }
            position = end;
            if (type.equals("IEND")) {
                imageEnd = end;
                break;
            }
        }
        if (removed.isEmpty() && imageEnd == length) {
            return Metadata.none(image, ImageType.PNG);
        }
        otherThanExif |= imageEnd < length;
        return new Metadata(ImageType.PNG, orientation, ImageBytes.adopt(ByteRuns.without(bytes, removed, imageEnd)), exif, carried,
                otherThanExif);
    }

    /** An {@code eXIf} chunk holding {@code tiff}. */
    static byte[] exifChunk(byte[] tiff) {
        return chunk("eXIf", tiff);
    }

    /** {@code png} with {@code chunks} before its first {@code IDAT}, where {@code eXIf} must stand. */
    static byte[] insert(byte[] png, List<byte[]> chunks) {
        ByteBuffer bytes = ByteBuffer.wrap(png);
        int position = SIGNATURE_LENGTH;
        while (position + 12 <= png.length && !ByteRuns.fourCharacterCode(bytes, position + 4).equals("IDAT")) {
            position += 12 + bytes.getInt(position);
        }
        return ByteRuns.insert(png, Math.min(position, png.length), chunks);
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
                .putInt((int) crc.getValue()).array();
    }
}
