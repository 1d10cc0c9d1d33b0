package dev.imgedit.imaging.internal.metadata;

import dev.imgedit.ImageBytes;
import dev.imgedit.ImageType;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;

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
        MetadataFinds finds = new MetadataFinds();
        int imageEnd = length;
        int position = SIGNATURE_LENGTH;
        while (position + 12 <= length) {
            long dataLength = bytes.getInt(position) & 0xFFFFFFFFL;
            if (dataLength > length - position - 12) {
                return Metadata.none(image, ImageType.PNG);
            }
            int end = position + 12 + (int) dataLength;
            String type = ByteRuns.fourCharacterCode(bytes, position + 4);
            if (type.equals("eXIf") && !finds.hasExif()) {
                finds.exif(bytes, position, end, position + 8, end - 4, PngFile::exifChunk);
            } else if (METADATA_CHUNKS.contains(type)) {
                finds.other(bytes, position, end, true);
            }
            position = end;
            if (type.equals("IEND")) {
                imageEnd = end;
                break;
            }
        }
        return finds.finish(image, ImageType.PNG, bytes, imageEnd);
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
