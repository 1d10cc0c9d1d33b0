package dev.imgedit;

import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.util.HttpUrls;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** An image to edit or to refer to: a public http(s) URL the provider fetches itself, or bytes sent with the request. */
public sealed interface ImageInput permits ImageInput.Url, ImageInput.Bytes {

    /**
     * An http or https URL.
     *
     * @throws InvalidRequestException when the text is not an absolute http(s) URL with a host
     */
    static Url url(String url) {
        return new Url(HttpUrls.parse("image URL", url));
    }

    /**
     * Bytes of a PNG, JPEG or WebP image, copied.
     *
     * @throws InvalidRequestException when empty or not one of those formats
     */
    static Bytes bytes(byte[] bytes) {
        return bytes(ImageBytes.copyOf(bytes), null);
    }

    /**
     * @param name a file name for messages, or null
     * @throws InvalidRequestException when empty or not a PNG, JPEG or WebP image
     */
    static Bytes bytes(ImageBytes bytes, @Nullable String name) {
        String what = name == null ? "image" : "'" + name + "'";
        if (bytes.isEmpty()) {
            throw new InvalidRequestException(what + " is empty (0 bytes)");
        }
        ImageType type = ImageType.detect(bytes.head(12)).orElseThrow(() -> new InvalidRequestException(
                what + " is not a PNG, JPEG or WebP image (judged by its content, not its name)"));
        return new Bytes(bytes, type, name);
    }

    /**
     * Reads a local image file.
     *
     * @throws InvalidRequestException when the file is missing, a directory, empty or not a supported image
     * @throws UncheckedIOException when it exists but cannot be read
     */
    static Bytes file(Path path) {
        if (Files.isDirectory(path)) {
            throw new InvalidRequestException("input '" + path + "' is a directory, not an image file");
        }
        try {
            return bytes(ImageBytes.adopt(Files.readAllBytes(path)), path.toString());
        } catch (NoSuchFileException e) {
            throw new InvalidRequestException("input file '" + path + "' does not exist");
        } catch (AccessDeniedException e) {
            throw new UncheckedIOException("cannot read input file '" + path + "': permission denied", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read input file '" + path + "': " + e.getMessage(), e);
        }
    }

    /** An image the provider downloads itself. */
    record Url(URI uri) implements ImageInput {
        public Url {
            Objects.requireNonNull(uri, "uri is null");
            HttpUrls.require("image URL", uri);
        }

        /** Without the query or user info, which in signed URLs are credentials. */
        @Override
        public String toString() {
            return "Url[" + HttpUrls.shown(uri) + "]";
        }
    }

    /**
     * Image bytes of a known type.
     *
     * @param name a file name for messages, or null
     */
    record Bytes(ImageBytes data, ImageType type, @Nullable String name) implements ImageInput {
        public Bytes {
            Objects.requireNonNull(data, "data is null");
            Objects.requireNonNull(type, "type is null");
        }

        /** The width and height from the image's header; empty when the header cannot be read. */
        public Optional<ImageSize> size() {
            return ImageSize.read(data, type);
        }

        /** {@code data:image/png;base64,...}: the form upload endpoints take. */
        public String toDataUri() {
            return "data:" + type.mimeType() + ";base64," + data.toBase64();
        }

        @Override
        public String toString() {
            return "Bytes[" + type.mimeType() + ", " + data.size() + " bytes" + (name == null ? "" : ", " + name) + "]";
        }
    }
}
