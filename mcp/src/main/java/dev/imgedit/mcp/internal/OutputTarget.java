package dev.imgedit.mcp.internal;

import dev.imgedit.ImageType;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where a job's images go: the path the agent gave (more images get {@code -2}, {@code -3} before the extension), or
 * default names in a directory ({@code photo.edited.png}, numbered past the names taken, so one edit never replaces
 * another's result).
 *
 * @param explicit the {@code output} path, checked to lie inside the open directories, or null
 * @param directory where default-named images go
 * @param baseName what default names start with
 * @param format the format the images must have, or null for what the provider delivers
 */
public record OutputTarget(@Nullable Path explicit, Path directory, String baseName, @Nullable ImageType format) {
    private static final Pattern UNSAFE_NAME_CHARACTERS = Pattern.compile("[^A-Za-z0-9._-]+");
    private static final int MAX_NUMBER = 10_000;

    public OutputTarget {
        Objects.requireNonNull(directory, "directory is null");
        Objects.requireNonNull(baseName, "baseName is null");
    }

    /** A file-name stem from any text (a job id, a URL's last segment): safe characters only, never hidden. */
    public static String safeName(String text) {
        String safe = UNSAFE_NAME_CHARACTERS.matcher(text).replaceAll("_");
        return safe.isEmpty() || safe.startsWith(".") ? "image" + safe : safe;
    }

    /**
     * The path of image {@code index} (0 for the first), delivered as {@code type}. A default name is the first one
     * free now, so each image is named just before it is written.
     */
    public Path pathFor(int index, ImageType type) {
        ImageType written = format != null ? format : type;
        if (explicit != null) {
            if (index == 0) {
                return explicit;
            }
            String fileName = String.valueOf(explicit.getFileName());
            int dot = fileName.lastIndexOf('.');
            String numbered = dot > 0 ? fileName.substring(0, dot) + "-" + (index + 1) + fileName.substring(dot)
                    : fileName + "-" + (index + 1);
            return explicit.resolveSibling(numbered);
        }
        for (int number = 1; number <= MAX_NUMBER; number++) {
            String suffix = number == 1 ? "" : "-" + number;
            Path candidate = directory.resolve(baseName + ".edited" + suffix + "." + written.extension());
            if (!Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
                return candidate;
            }
        }
        throw new ToolFailure("every name from " + baseName + ".edited." + written.extension() + " to "
                + baseName + ".edited-" + MAX_NUMBER + " is taken in " + directory + ": give an output path");
    }

    /** Checks before anything is paid for that the first image can be written. */
    public void checkWritable(WrittenFiles files) {
        if (explicit != null) {
            files.requireWritable(explicit);
        } else if (!Files.isWritable(directory)) {
            throw new ToolFailure("cannot write to directory " + directory + ": permission denied; give an output "
                    + "path elsewhere");
        }
    }
}
