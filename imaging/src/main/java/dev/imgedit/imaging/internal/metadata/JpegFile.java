package dev.imgedit.imaging.internal.metadata;

import dev.imgedit.ImageBytes;
import dev.imgedit.ImageType;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A JPEG file's segments, walked without decoding: metadata is dropped by leaving out whole segments, so the
 * pixels stay bit for bit what they were. Kept are only the segments that change how the pixels decode: JFIF
 * (APP0), ICC profiles (APP2 {@code ICC_PROFILE}) and Adobe's colour transform (APP14); every other APPn (EXIF and
 * GPS, XMP, Photoshop/IPTC, maker notes, multi-picture indexes) and every comment goes, and so does anything after
 * the end of the image, where phones append more images and maker data.
 */
final class JpegFile {
    private static final int START_OF_SCAN = 0xDA;
    private static final int END_OF_IMAGE = 0xD9;
    private static final int COMMENT = 0xFE;
    private static final int APP0 = 0xE0;
    private static final int APP1 = 0xE1;
    private static final int APP2 = 0xE2;
    private static final int APP14 = 0xEE;
    private static final int APP15 = 0xEF;
    private static final String EXIF_HEADER = "Exif\0\0";
    private static final int MAX_SEGMENT_PAYLOAD = 0xFFFF - 2;

    private JpegFile() {}

    static Metadata read(ImageBytes image) {
        ByteBuffer bytes = image.asReadOnlyBuffer();
        int length = bytes.limit();
        MetadataFinds finds = new MetadataFinds();
        int imageEnd = length;
        int position = 2;
        while (position + 1 < length) {
            if ((bytes.get(position) & 0xFF) != 0xFF) {
                return Metadata.none(image, ImageType.JPEG);
            }
            int marker = bytes.get(position + 1) & 0xFF;
            if (marker == 0xFF) {
                position++;
                continue;
            }
            if (marker == END_OF_IMAGE) {
                imageEnd = position + 2;
                break;
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                position += 2;
                continue;
            }
            int segmentLength = position + 3 < length ? unsignedShort(bytes, position + 2) : 0;
            int end = position + 2 + segmentLength;
            if (segmentLength < 2 || end > length) {
                return Metadata.none(image, ImageType.JPEG);
            }
            int payload = position + 4;
            if (!isMetadata(bytes, marker, payload, end)) {
                position = marker == START_OF_SCAN ? afterScanData(bytes, end) : end;
                continue;
            }
            if (!finds.hasExif() && marker == APP1 && ByteRuns.startsWith(bytes, payload, end, EXIF_HEADER)) {
                finds.exif(bytes, position, end, payload + EXIF_HEADER.length(), end, JpegFile::exifSegment);
            } else {
                // A multi-picture index points at the images after the end, which a re-encode leaves behind.
                boolean pictureIndex = marker == APP2 && ByteRuns.startsWith(bytes, payload, end, "MPF\0");
                finds.other(bytes, position, end, !pictureIndex);
            }
            position = end;
        }
        return finds.finish(image, ImageType.JPEG, bytes, imageEnd);
    }

    /** An APP1 segment holding {@code tiff}; an EXIF block too large for one segment is left out. */
    static byte[] exifSegment(byte[] tiff) {
        int payload = EXIF_HEADER.length() + tiff.length;
        if (payload > MAX_SEGMENT_PAYLOAD) {
            return new byte[0];
        }
        return ByteBuffer.allocate(4 + payload).put((byte) 0xFF).put((byte) APP1).putShort((short) (payload + 2))
                .put(EXIF_HEADER.getBytes(StandardCharsets.US_ASCII)).put(tiff).array();
    }

    /** {@code jpeg} with {@code segments} after its SOI and APP0, where EXIF readers look for them. */
    static byte[] insert(byte[] jpeg, List<byte[]> segments) {
        int at = 2;
        while (at + 3 < jpeg.length && (jpeg[at] & 0xFF) == 0xFF && (jpeg[at + 1] & 0xFF) == APP0) {
            at += 2 + ((jpeg[at + 2] & 0xFF) << 8 | (jpeg[at + 3] & 0xFF));
        }
        return ByteRuns.insert(jpeg, Math.min(at, jpeg.length), segments);
    }

    private static boolean isMetadata(ByteBuffer bytes, int marker, int payload, int end) {
        if (marker == COMMENT) {
            return true;
        }
        if (marker < APP0 || marker > APP15) {
            return false;
        }
        return switch (marker) {
            case APP0 -> false;
            case APP2 -> !ByteRuns.startsWith(bytes, payload, end, "ICC_PROFILE\0");
            case APP14 -> !ByteRuns.startsWith(bytes, payload, end, "Adobe");
            default -> true;
        };
    }

    /** The position of the first marker after a scan's entropy-coded data, which holds no marker of its own. */
    private static int afterScanData(ByteBuffer bytes, int from) {
        int position = from;
        while (position + 1 < bytes.limit()) {
            if ((bytes.get(position) & 0xFF) != 0xFF) {
                position++;
                continue;
            }
            int next = bytes.get(position + 1) & 0xFF;
            boolean stuffedOrRestart = next == 0x00 || (next >= 0xD0 && next <= 0xD7);
            if (!stuffedOrRestart && next != 0xFF) {
                return position;
            }
            position += next == 0xFF ? 1 : 2;
        }
        return bytes.limit();
    }

    private static int unsignedShort(ByteBuffer bytes, int position) {
        return bytes.getShort(position) & 0xFFFF;
    }
}
