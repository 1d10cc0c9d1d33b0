package dev.imgedit.batch.internal.output;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.jspecify.annotations.Nullable;

/** Adds an international text chunk ({@code iTXt}, UTF-8, uncompressed) to a PNG, right after its header chunk. */
final class PngText {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    /** The signature, then IHDR: length, type, 13 bytes of data and the CRC. */
    private static final int AFTER_HEADER = 8 + 4 + 4 + 13 + 4;

    private PngText() {}

    /** The PNG with the chunk added, or null when the bytes do not start with a PNG signature and header. */
    static byte @Nullable [] withText(byte[] png, String keyword, String text) {
        if (png.length < AFTER_HEADER || !startsWithHeader(png)) {
            return null;
        }
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes(keyword.getBytes(StandardCharsets.ISO_8859_1));
        data.write(0); // end of keyword
        data.write(0); // not compressed
        data.write(0); // compression method
        data.write(0); // no language tag
        data.write(0); // no translated keyword
        data.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        byte[] chunkData = data.toByteArray();
        byte[] type = "iTXt".getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(type);
        crc.update(chunkData);
        ByteBuffer chunk = ByteBuffer.allocate(12 + chunkData.length);
        chunk.putInt(chunkData.length).put(type).put(chunkData).putInt((int) crc.getValue());
        byte[] result = new byte[png.length + chunk.capacity()];
        System.arraycopy(png, 0, result, 0, AFTER_HEADER);
        System.arraycopy(chunk.array(), 0, result, AFTER_HEADER, chunk.capacity());
        System.arraycopy(png, AFTER_HEADER, result, AFTER_HEADER + chunk.capacity(), png.length - AFTER_HEADER);
        return result;
    }

    private static boolean startsWithHeader(byte[] png) {
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (png[i] != SIGNATURE[i]) {
                return false;
            }
        }
        int length = ByteBuffer.wrap(png, 8, 4).getInt();
        String type = new String(png, 12, 4, StandardCharsets.US_ASCII);
        return length == 13 && type.equals("IHDR");
    }
}
