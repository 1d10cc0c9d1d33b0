package dev.imgedit.imaging.internal.metadata;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.jspecify.annotations.Nullable;

/**
 * Reads and resets the orientation in an EXIF block: a TIFF header ({@code II*\0} or {@code MM\0*}) and its first
 * directory, where tag 0x0112 lives. Every offset is checked, so a cut or hostile block reads as "no orientation".
 */
public final class Exif {
    private static final int ORIENTATION_TAG = 0x0112;
    private static final int SHORT_TYPE = 3;
    private static final int ENTRY_LENGTH = 12;

    private Exif() {}

    /** The orientation {@code tiff} records; {@link Orientation#NORMAL} when it records none. */
    public static Orientation orientation(ByteBuffer tiff) {
        ByteBuffer block = ordered(tiff);
        int offset = block == null ? -1 : orientationOffset(block);
        return offset < 0 ? Orientation.NORMAL : Orientation.fromExif(block.getShort(offset) & 0xFFFF);
    }

    /** A copy of {@code tiff} recording upright pixels, for metadata carried onto pixels already turned. */
    public static byte[] upright(byte[] tiff) {
        byte[] copy = tiff.clone();
        ByteBuffer block = ordered(ByteBuffer.wrap(copy));
        int offset = block == null ? -1 : orientationOffset(block);
        if (offset >= 0) {
            block.putShort(offset, (short) Orientation.NORMAL.exifValue());
        }
        return copy;
    }

    private static @Nullable ByteBuffer ordered(ByteBuffer tiff) {
        ByteBuffer block = tiff.slice();
        if (block.remaining() < 8) {
            return null;
        }
        if (block.get(0) == 'I' && block.get(1) == 'I') {
            block.order(ByteOrder.LITTLE_ENDIAN);
        } else if (block.get(0) == 'M' && block.get(1) == 'M') {
            block.order(ByteOrder.BIG_ENDIAN);
        } else {
            return null;
        }
        return (block.getShort(2) & 0xFFFF) == 42 ? block : null;
    }

    /** Where the orientation's value sits in {@code block}, or -1. */
    private static int orientationOffset(ByteBuffer block) {
        long directory = block.getInt(4) & 0xFFFFFFFFL;
        if (directory < 8 || directory + 2 > block.limit()) {
            return -1;
        }
        int count = block.getShort((int) directory) & 0xFFFF;
        for (int i = 0; i < count; i++) {
            int entry = (int) directory + 2 + ENTRY_LENGTH * i;
            if (entry + ENTRY_LENGTH > block.limit()) {
                return -1;
            }
            if ((block.getShort(entry) & 0xFFFF) == ORIENTATION_TAG) {
                boolean oneShort = (block.getShort(entry + 2) & 0xFFFF) == SHORT_TYPE && block.getInt(entry + 4) == 1;
                return oneShort ? entry + 8 : -1;
            }
        }
        return -1;
    }
}
