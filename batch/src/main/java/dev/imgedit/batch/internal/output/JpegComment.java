package dev.imgedit.batch.internal.output;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Adds a comment segment ({@code COM}, UTF-8) to a JPEG, after its leading application segments (JFIF requires
 * APP0 right after the start marker, and EXIF is APP1).
 */
final class JpegComment {
    private static final int MAX_SEGMENT_DATA = 65_533;

    private JpegComment() {}

    /** The JPEG with the comment, or null when it is not a JPEG or the comment is too long for one segment. */
    static byte @Nullable [] withComment(byte[] jpeg, String text) {
        byte[] comment = text.getBytes(StandardCharsets.UTF_8);
        if (comment.length > MAX_SEGMENT_DATA || jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF
                || (jpeg[1] & 0xFF) != 0xD8) {
            return null;
        }
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF && (jpeg[at + 1] & 0xF0) == 0xE0) {
            int length = ((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF);
            if (length < 2 || at + 2 + length > jpeg.length) {
                return null;
            }
            at += 2 + length;
        }
        int segmentLength = comment.length + 2;
        byte[] result = new byte[jpeg.length + 2 + segmentLength];
        System.arraycopy(jpeg, 0, result, 0, at);
        result[at] = (byte) 0xFF;
        result[at + 1] = (byte) 0xFE;
        result[at + 2] = (byte) (segmentLength >> 8);
        result[at + 3] = (byte) segmentLength;
        System.arraycopy(comment, 0, result, at + 4, comment.length);
        System.arraycopy(jpeg, at, result, at + 4 + comment.length, jpeg.length - at);
        return result;
    }
}
