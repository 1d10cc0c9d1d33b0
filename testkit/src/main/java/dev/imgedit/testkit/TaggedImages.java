package dev.imgedit.testkit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Metadata written into image files by hand, the way cameras and editors lay it out: an EXIF block with an
 * orientation, a camera make and a GPS position; XMP; comments; PNG text. Tests find these again, or not, by their
 * bytes.
 */
public final class TaggedImages {
    /** Text that only the metadata holds, so finding it in a file means metadata is still there. */
    public static final String CAMERA = "imgedit-test-camera";
    public static final String XMP = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><creator>imgedit test</creator></x:xmpmeta>";
    /** The GPS latitude's seconds as written: 2958/100, big-endian when the block is. */
    public static final byte[] LATITUDE_SECONDS = {0, 0, 0x0B, (byte) 0x8E, 0, 0, 0, 100};

    private TaggedImages() {}

    /**
     * A TIFF block as EXIF has it: IFD0 with Make, Orientation and a pointer to a GPS IFD holding latitude 48° 51'
     * 29.58" N.
     */
    public static byte[] exif(int orientation, ByteOrder order) {
        byte[] make = (CAMERA + "\0").getBytes(StandardCharsets.US_ASCII);
        int ifd0 = 8;
        int ifd0Length = 2 + 3 * 12 + 4;
        int makeAt = ifd0 + ifd0Length;
        int gpsAt = makeAt + make.length;
        int gpsLength = 2 + 2 * 12 + 4;
        int rationalsAt = gpsAt + gpsLength;
        ByteBuffer tiff = ByteBuffer.allocate(rationalsAt + 24).order(order);
        tiff.put(order == ByteOrder.BIG_ENDIAN ? (byte) 'M' : (byte) 'I');
        tiff.put(order == ByteOrder.BIG_ENDIAN ? (byte) 'M' : (byte) 'I');
        tiff.putShort((short) 42).putInt(ifd0);
        tiff.putShort((short) 3);
        entry(tiff, 0x010F, 2, make.length, makeAt);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        entry(tiff, 0x8825, 4, 1, gpsAt);
        tiff.putInt(0);
        tiff.put(make);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put(new byte[3]);
        entry(tiff, 0x0002, 5, 3, rationalsAt);
        tiff.putInt(0);
        tiff.putInt(48).putInt(1).putInt(51).putInt(1).putInt(2958).putInt(100);
        return tiff.array();
    }

    public static byte[] exif(int orientation) {
        return exif(orientation, ByteOrder.BIG_ENDIAN);
    }

    /** {@code jpeg} with {@code segments} right after its start-of-image marker. */
    public static byte[] jpegWith(byte[] jpeg, byte[]... segments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        for (byte[] segment : segments) {
            out.writeBytes(segment);
        }
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    public static byte[] exifSegment(byte[] tiff) {
        return segment(0xE1, concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff));
    }

    public static byte[] xmpSegment() {
        return segment(0xE1, ("http://ns.adobe.com/xap/1.0/\0" + XMP).getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] commentSegment(String text) {
        return segment(0xFE, text.getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] segment(int marker, byte[] payload) {
        return ByteBuffer.allocate(4 + payload.length).put((byte) 0xFF).put((byte) marker)
                .putShort((short) (payload.length + 2)).put(payload).array();
    }

    /** {@code png} with {@code chunks} right after its IHDR chunk. */
    public static byte[] pngWith(byte[] png, byte[]... chunks) {
        int afterHeader = 8 + 12 + 13;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, afterHeader);
        for (byte[] chunk : chunks) {
            out.writeBytes(chunk);
        }
        out.write(png, afterHeader, png.length - afterHeader);
        return out.toByteArray();
    }

    public static byte[] pngChunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
                .putInt((int) crc.getValue()).array();
    }

    public static byte[] pngText(String keyword, String text) {
        return pngChunk("tEXt", (keyword + "\0" + text).getBytes(StandardCharsets.ISO_8859_1));
    }

    /**
     * A simple WebP file ({@code RIFF}, one {@code VP8 } or {@code VP8L} chunk) rewritten in the extended layout:
     * {@code VP8X} with the canvas size and flags, the image chunk, then {@code EXIF} and {@code XMP } chunks.
     */
    public static byte[] webpWith(byte[] simpleWebp, int width, int height, byte[] exif, boolean xmp) {
        byte[] imageChunk = java.util.Arrays.copyOfRange(simpleWebp, 12, simpleWebp.length);
        int flags = 0x08 | (xmp ? 0x04 : 0) | (new String(imageChunk, 0, 4, StandardCharsets.US_ASCII)
                .equals("VP8L") ? 0x10 : 0);
        ByteBuffer vp8x = ByteBuffer.allocate(18).order(ByteOrder.LITTLE_ENDIAN);
        vp8x.put("VP8X".getBytes(StandardCharsets.US_ASCII)).putInt(10).put((byte) flags).put(new byte[3]);
        vp8x.put(triple(width - 1)).put(triple(height - 1));
        byte[] body = concat(vp8x.array(), imageChunk, riffChunk("EXIF", exif),
                xmp ? riffChunk("XMP ", XMP.getBytes(StandardCharsets.UTF_8)) : new byte[0]);
        ByteBuffer header = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(4 + body.length)
                .put("WEBP".getBytes(StandardCharsets.US_ASCII));
        return concat(header.array(), body);
    }

    /** Whether {@code haystack} holds {@code needle} anywhere. */
    public static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    public static boolean contains(byte[] haystack, String text) {
        return contains(haystack, text.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] riffChunk(String type, byte[] data) {
        ByteBuffer chunk = ByteBuffer.allocate(8 + data.length + (data.length & 1)).order(ByteOrder.LITTLE_ENDIAN);
        chunk.put(type.getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data);
        return chunk.array();
    }

    private static byte[] triple(int value) {
        return new byte[] {(byte) value, (byte) (value >> 8), (byte) (value >> 16)};
    }

    private static void entry(ByteBuffer tiff, int tag, int type, int count, int offset) {
        tiff.putShort((short) tag).putShort((short) type).putInt(count).putInt(offset);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
