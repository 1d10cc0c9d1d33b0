package dev.imgedit.batch;

import dev.imgedit.ImageInput;
import dev.imgedit.batch.internal.ItemChecks;
import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.util.HttpUrls;
import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/** Where an item's image comes from: a local file, or an http(s) URL the provider fetches itself. */
public sealed interface BatchInput permits BatchInput.File, BatchInput.Url {

    /**
     * The name the output is derived from: a file's path relative to the folder or manifest it was listed in, with
     * {@code /} between folders, or the URL.
     */
    String name();

    /**
     * The input as messages, the journal and the gallery show it: a file's {@link #name()}; a URL without its user
     * info and query (in signed links they are credentials), as {@link HttpUrls#shown} writes it.
     */
    default String shown() {
        return name();
    }

    /**
     * A file listed under {@code root}: its output keeps its sub-folders. A file outside {@code root} is named by its
     * file name alone.
     */
    static File file(Path root, Path file) {
        Path absoluteRoot = root.toAbsolutePath().normalize();
        Path absolute = absoluteRoot.resolve(file).normalize();
        String name = absolute.startsWith(absoluteRoot)
                ? absoluteRoot.relativize(absolute).toString().replace(java.io.File.separatorChar, '/')
                : String.valueOf(absolute.getFileName());
        return new File(absolute, name);
    }

    /**
     * A URL when {@code text} starts with a scheme and {@code ://}, else a file path resolved against {@code base}.
     *
     * @throws InvalidRequestException when it is a malformed URL, or one that is not http(s)
     */
    static BatchInput parse(String text, Path base) {
        String trimmed = text.strip();
        if (ItemChecks.looksLikeUrl(trimmed)) {
            return new Url(ImageInput.url(trimmed).uri());
        }
        return file(base, Path.of(trimmed));
    }

    /** A local image file, read when the item is planned and again when it is submitted. */
    record File(Path path, String name) implements BatchInput {
        public File {
            Objects.requireNonNull(path, "path is null");
            Objects.requireNonNull(name, "name is null");
            path = path.toAbsolutePath().normalize();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** An image the provider downloads itself; imgedit never fetches it. */
    record Url(URI uri) implements BatchInput {
        public Url {
            Objects.requireNonNull(uri, "uri is null");
            ImageInput.url(uri.toString());
        }

        @Override
        public String name() {
            return uri.toString();
        }

        @Override
        public String shown() {
            return HttpUrls.shown(uri);
        }

        @Override
        public String toString() {
            return shown();
        }
    }
}
