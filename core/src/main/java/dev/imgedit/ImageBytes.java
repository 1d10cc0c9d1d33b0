package dev.imgedit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;

/**
 * An immutable run of image bytes. Images are megabytes, so this type hands out read-only views and streams
 * instead of copies; {@link #toByteArray()} is the one method that copies.
 */
public final class ImageBytes {
    private final byte[] bytes;

    private ImageBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    /** A copy of {@code bytes}: later changes to the array do not show through. */
    public static ImageBytes copyOf(byte[] bytes) {
        return new ImageBytes(bytes.clone());
    }

    /**
     * Takes {@code bytes} without copying. The caller gives the array up: it must not change it afterwards. Meant
     * for arrays fresh from a read, such as {@code Files.readAllBytes} or a response body.
     */
    public static ImageBytes adopt(byte[] bytes) {
        return new ImageBytes(bytes);
    }

    /** The number of bytes. */
    public int size() {
        return bytes.length;
    }

    /** Whether there are no bytes at all. */
    public boolean isEmpty() {
        return bytes.length == 0;
    }

    /** A stream over the bytes. */
    public InputStream openStream() {
        return new ByteArrayInputStream(bytes);
    }

    /** The bytes as a read-only buffer, without a copy. */
    public ByteBuffer asReadOnlyBuffer() {
        return ByteBuffer.wrap(bytes).asReadOnlyBuffer();
    }

    /** Writes the bytes to {@code out}. */
    public void writeTo(OutputStream out) throws IOException {
        out.write(bytes);
    }

    /** The bytes in standard Base64. */
    public String toBase64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** The first {@code count} bytes (fewer if the image is shorter), for sniffing a format. */
    public byte[] head(int count) {
        return Arrays.copyOf(bytes, Math.min(count, bytes.length));
    }

    /** The array itself, for reading inside core without a copy; never handed out. */
    byte[] array() {
        return bytes;
    }

    /** A copy of the bytes. */
    public byte[] toByteArray() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ImageBytes that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "ImageBytes[" + bytes.length + " bytes]";
    }
}
