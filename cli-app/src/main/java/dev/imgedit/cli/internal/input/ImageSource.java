package dev.imgedit.cli.internal.input;

import dev.imgedit.ImageBytes;
import dev.imgedit.ImageInput;
import dev.imgedit.ImageType;
import dev.imgedit.cli.internal.CliException;
import dev.imgedit.cli.internal.CommandContext;
import dev.imgedit.exception.InvalidRequestException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The image named by {@code --image}, checked before any provider is opened so that a mistake gets a precise message.
 *
 * @param input what is sent to the provider
 * @param file the local file, or null for a URL
 * @param baseName the name outputs are derived from, without extension ({@code photo} for {@code photo.png})
 * @param outputDirectory where outputs go by default: next to a file, or the working directory for a URL
 */
public record ImageSource(ImageInput input, @Nullable Path file, String baseName, Path outputDirectory) {

    /** Two or more letters then a colon: a URL scheme, while {@code C:} stays a drive letter. */
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]+):.*", Pattern.DOTALL);

    /**
     * Far above what any provider takes (the fake 20 MiB, ModelsLab 3.7 MB), so it only stops a file that is no
     * photo (a video, a disk image) before it is read into memory whole.
     */
    static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    private static final Pattern UNSAFE_NAME_CHARACTERS = Pattern.compile("[^A-Za-z0-9._-]+");

    public static ImageSource resolve(String value, CommandContext context) {
        if (value.isBlank()) {
            throw CliException.invalid("--image is empty: give a local image file or an http(s) URL");
        }
        String lower = value.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return fromUrl(value.strip(), context);
        }
        var scheme = SCHEME.matcher(value);
        if (scheme.matches() && !Files.exists(context.resolve(value))) {
            String name = scheme.group(1).toLowerCase(Locale.ROOT);
            if (name.equals("http") || name.equals("https")) {
                return fromUrl(value.strip(), context);
            }
            String hint = name.equals("file")
                    ? "give the file's path instead of a file: URL"
                    : "imgedit reads local files and http(s) URLs only: download the image first, or give an "
                            + "http(s) URL";
            throw CliException.invalid("input '" + value + "' uses the scheme '" + name + "': " + hint);
        }
        return fromFile(value, context);
    }

    private static ImageSource fromUrl(String value, CommandContext context) {
        ImageInput.Url url;
        try {
            url = ImageInput.url(value);
        } catch (InvalidRequestException e) {
            throw CliException.invalid(e.getMessage() + ": give a complete http(s) URL such as "
                    + "https://example.com/photo.png, with spaces written as %20");
        }
        return new ImageSource(url, null, baseNameOfUrl(url.uri()), context.workingDirectory());
    }

    private static String baseNameOfUrl(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        String lastSegment = path.substring(path.lastIndexOf('/') + 1);
        String safe = UNSAFE_NAME_CHARACTERS.matcher(withoutExtension(lastSegment)).replaceAll("_");
        return safe.isEmpty() || safe.chars().allMatch(c -> c == '.') ? "image" : safe;
    }

    private static ImageSource fromFile(String value, CommandContext context) {
        Path path = context.resolve(value);
        if (!Files.exists(path)) {
            if (Files.isSymbolicLink(path)) {
                throw CliException.invalid("input '" + value + "' is a symbolic link to a file that does not "
                        + "exist: fix the link or give the image's own path");
            }
            throw CliException.invalid("input file '" + value + "' does not exist: check the name, and that a "
                    + "relative path starts from the current directory");
        }
        if (Files.isDirectory(path)) {
            throw CliException.invalid("input '" + value + "' is a directory, not an image file: give the path "
                    + "of an image inside it");
        }
        // Opening a FIFO without a writer would block for ever; a socket or a device is no image either.
        if (!Files.isRegularFile(path)) {
            throw CliException.invalid("input '" + value + "' is not a regular file (a pipe, socket or device): "
                    + "save the image to a file and give that");
        }
        if (!Files.isReadable(path)) {
            throw CliException.localIo("cannot read input file '" + value + "': permission denied: make it "
                    + "readable (chmod u+r) or give a copy you can read");
        }
        long size = size(path, value);
        if (size > MAX_FILE_BYTES) {
            throw CliException.invalid(String.format(Locale.ROOT, "input file '%s' is %,d bytes, more than any "
                    + "provider takes (%,d): give a smaller image, such as a JPEG of it", value, size, MAX_FILE_BYTES));
        }
        ImageInput.Bytes input = checked(read(path, value), "input file '" + value + "'", value);
        Path parent = path.getParent();
        return new ImageSource(input, path, baseName(path), parent == null ? context.workingDirectory() : parent);
    }

    /** {@code -i -}: the image piped in, named {@code image} for outputs in the working directory. */
    static ImageSource fromStandardInput(CommandContext context) {
        byte[] bytes;
        try {
            bytes = context.in().readNBytes((int) MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            throw CliException.localIo("cannot read the image from standard input (" + reason(e) + ")", e);
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw CliException.invalid(String.format(Locale.ROOT, "the image on standard input is more than %,d "
                    + "bytes, more than any provider takes: give a smaller image", MAX_FILE_BYTES));
        }
        return new ImageSource(checked(bytes, "the image on standard input", "standard input"), null, "image",
                context.workingDirectory());
    }

    /** The checks a file and standard input share: something there, an image by its content, and whole. */
    private static ImageInput.Bytes checked(byte[] bytes, String described, String name) {
        if (bytes.length == 0) {
            throw CliException.invalid(described + " is empty (0 bytes): give a PNG, JPEG or WebP image");
        }
        ImageType type = ImageType.detect(bytes).orElseThrow(() -> CliException.invalid(described
                + " is not a PNG, JPEG or WebP image (judged by its content, not its name): convert it to one "
                + "of those first"));
        ImageIntegrity.problem(bytes, type).ifPresent(problem -> {
            throw CliException.invalid(described + " is a damaged " + type.name() + " image (" + problem
                    + "): save or download it again");
        });
        return ImageInput.bytes(ImageBytes.adopt(bytes), name);
    }

    private static long size(Path path, String value) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw CliException.localIo("cannot read input file '" + value + "' (" + reason(e) + "): copy it to "
                    + "a local disk and try again", e);
        }
    }

    private static byte[] read(Path path, String value) {
        try {
            return Files.readAllBytes(path);
        } catch (AccessDeniedException e) {
            throw CliException.localIo("cannot read input file '" + value + "': permission denied: make it "
                    + "readable (chmod u+r) or give a copy you can read", e);
        } catch (NoSuchFileException e) {
            throw CliException.invalid("input file '" + value + "' does not exist: check the name, and that a "
                    + "relative path starts from the current directory");
        } catch (IOException e) {
            throw CliException.localIo("cannot read input file '" + value + "' (" + reason(e) + "): copy it to "
                    + "a local disk and try again", e);
        }
    }

    /** The operating system's words, without the path that {@link FileSystemException#getMessage()} repeats. */
    private static String reason(IOException e) {
        String reason = e instanceof FileSystemException fileSystem ? fileSystem.getReason() : e.getMessage();
        return reason == null ? e.getClass().getSimpleName() : reason;
    }

    /**
     * What default output names start with: the file name without its extension ({@code cabin.jpg} gives
     * {@code cabin}), or with it ({@code cabin-jpg}) when an image of the same name with another extension lies
     * beside it, so that {@code cabin.png} and {@code cabin.jpg} never default to the same output.
     */
    static String baseName(Path file) {
        Path fileName = file.getFileName();
        if (fileName == null) {
            return "image";
        }
        String name = fileName.toString();
        String stem = withoutExtension(name);
        if (stem.equals(name)) {
            return stem;
        }
        String extension = name.substring(stem.length() + 1);
        try (var siblings = Files.list(file.toAbsolutePath().getParent())) {
            boolean twin = siblings.map(sibling -> String.valueOf(sibling.getFileName()))
                    .anyMatch(other -> !other.equals(name) && withoutExtension(other).equals(stem)
                            && ImageType.fromFileName(other).isPresent());
            return twin ? stem + "-" + extension.toLowerCase(Locale.ROOT) : stem;
        } catch (IOException | RuntimeException e) {
            return stem;
        }
    }

    /** {@code photo.png} → {@code photo}; a leading dot ({@code .png}) is a name, not an extension. */
    static String withoutExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
