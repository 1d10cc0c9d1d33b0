package dev.imgedit.fake;

import dev.imgedit.ImageInput;
import dev.imgedit.ImageSize;
import dev.imgedit.ImageType;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * One image of a recorded submit, as the application sent it: a URL, or bytes described by their SHA-256, length,
 * type and pixel size, so a test can tell which picture went without keeping it.
 *
 * @param url the URL sent, or null when bytes were sent
 * @param sha256 the bytes' SHA-256 in lower-case hex, or null for a URL
 * @param byteCount how many bytes, or null for a URL
 * @param type the bytes' format, or null for a URL
 * @param size the width and height from the image's header, or null for a URL or a header that cannot be read
 * @param name the file name the input carried, or null
 */
public record RecordedImage(
        @Nullable URI url,
        @Nullable String sha256,
        @Nullable Long byteCount,
        @Nullable ImageType type,
        @Nullable ImageSize size,
        @Nullable String name) {

    /** Describes {@code input}. */
    public static RecordedImage of(ImageInput input) {
        if (input instanceof ImageInput.Url url) {
            return new RecordedImage(url.uri(), null, null, null, null, null);
        }
        ImageInput.Bytes bytes = (ImageInput.Bytes) input;
        return new RecordedImage(null, sha256(bytes.data().toByteArray()), (long) bytes.data().size(), bytes.type(),
                bytes.size().orElse(null), bytes.name());
    }

    /** The SHA-256 of {@code bytes} in lower-case hex, to compare with {@link #sha256()}. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        if (url != null) {
            return url.toString();
        }
        String described = type == null ? "image" : type.displayName();
        return described + (size == null ? "" : " " + size) + ", " + byteCount + " bytes, sha256 "
                + (sha256 == null ? "?" : sha256.substring(0, Math.min(12, sha256.length()))) + "..."
                + (name == null ? "" : ", " + name);
    }
}
