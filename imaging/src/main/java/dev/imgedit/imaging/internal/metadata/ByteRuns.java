package dev.imgedit.imaging.internal.metadata;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reading, cutting and joining runs of a file's bytes, for the format walkers. Positions are absolute. */
final class ByteRuns {
    private ByteRuns() {}

    /** The bytes from 0 to {@code end} less the {@code removed} ranges ({@code [from, to)} pairs, in order). */
    static byte[] without(ByteBuffer bytes, List<int[]> removed, int end) {
        List<int[]> kept = new ArrayList<>();
        int from = 0;
        for (int[] range : removed) {
            kept.add(new int[] {from, range[0]});
            from = range[1];
        }
        kept.add(new int[] {from, end});
        int total = 0;
        for (int[] range : kept) {
            total += range[1] - range[0];
        }
        byte[] joined = new byte[total];
        int at = 0;
        for (int[] range : kept) {
            bytes.get(range[0], joined, at, range[1] - range[0]);
            at += range[1] - range[0];
        }
        return joined;
    }

    /** {@code bytes} with {@code pieces} put in at {@code position}. */
    static byte[] insert(byte[] bytes, int position, List<byte[]> pieces) {
        int total = bytes.length;
        for (byte[] piece : pieces) {
            total += piece.length;
        }
        byte[] joined = new byte[total];
        System.arraycopy(bytes, 0, joined, 0, position);
        int at = position;
        for (byte[] piece : pieces) {
            System.arraycopy(piece, 0, joined, at, piece.length);
            at += piece.length;
        }
        System.arraycopy(bytes, position, joined, at, bytes.length - position);
        return joined;
    }

    static byte[] copy(ByteBuffer bytes, int from, int to) {
        byte[] copy = new byte[to - from];
        bytes.get(from, copy);
        return copy;
    }

    /** Whether the run {@code [from, end)} starts with {@code prefix}. */
    static boolean startsWith(ByteBuffer bytes, int from, int end, String prefix) {
        byte[] expected = prefix.getBytes(StandardCharsets.US_ASCII);
        if (end - from < expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (bytes.get(from + i) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    /** Four bytes read as an ASCII chunk name, such as {@code IDAT}. */
    static String fourCharacterCode(ByteBuffer bytes, int position) {
        return new String(copy(bytes, position, position + 4), StandardCharsets.US_ASCII);
    }
}
