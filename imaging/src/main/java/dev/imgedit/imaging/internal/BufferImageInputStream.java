package dev.imgedit.imaging.internal;

import java.nio.ByteBuffer;
import javax.imageio.stream.ImageInputStreamImpl;

/**
 * An ImageIO stream over bytes already in memory. ImageIO's own streams over an {@code InputStream} cache what they
 * read (in a temporary file, or in memory: a second copy of a photo that can be megabytes); this one reads in place.
 */
final class BufferImageInputStream extends ImageInputStreamImpl {
    private final ByteBuffer bytes;

    BufferImageInputStream(ByteBuffer bytes) {
        this.bytes = bytes;
    }

    @Override
    public int read() {
        bitOffset = 0;
        if (streamPos >= bytes.limit()) {
            return -1;
        }
        return bytes.get((int) streamPos++) & 0xFF;
    }

    @Override
    public int read(byte[] target, int offset, int length) {
        bitOffset = 0;
        if (length == 0) {
            return 0;
        }
        if (streamPos >= bytes.limit()) {
            return -1;
        }
        int count = (int) Math.min(length, bytes.limit() - streamPos);
        bytes.get((int) streamPos, target, offset, count);
        streamPos += count;
        return count;
    }

    @Override
    public long length() {
        return bytes.limit();
    }
}
