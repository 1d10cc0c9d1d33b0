package dev.imgedit.cli.internal.output;

import dev.imgedit.ImageType;
import dev.imgedit.cli.internal.CliException;
import dev.imgedit.cli.internal.CommandContext;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where the output images go and whether that is allowed: never over the input, never over an existing file without
 * {@code --force}, never into a directory that does not exist.
 *
 * @param explicitPath the {@code --output} path, or null to name outputs after the input
 * @param directory where default-named outputs go
 * @param baseName what default names start with ({@code photo} gives {@code photo.edited.png})
 * @param input the input file, never to be overwritten, or null
 * @param force whether an existing output may be replaced
 * @param format the format the output must have ({@code --format}, or the {@code -o} file's extension), or null
 *     to keep the one the provider delivers
 * @param standardOutput whether the image goes to standard output ({@code -o -}) instead of a file
 */
public record OutputPlan(
        @Nullable Path explicitPath,
        Path directory,
        String baseName,
        @Nullable Path input,
        boolean force,
        @Nullable ImageType format,
        boolean standardOutput) {

    /** The format assumed before a result says otherwise: both known providers deliver PNG by default. */
    public static final ImageType EXPECTED_TYPE = ImageType.PNG;

    public OutputPlan {
        Objects.requireNonNull(directory, "directory is null");
        Objects.requireNonNull(baseName, "baseName is null");
        if (standardOutput && explicitPath != null) {
            throw new IllegalArgumentException("an output goes to a file or to standard output, not both");
        }
    }

    /** The format the output will have, as far as is known before the provider answers. */
    public ImageType expectedType() {
        return format != null ? format : EXPECTED_TYPE;
    }

    /** What to show for the output before it exists: its path, or {@code -} for standard output. */
    public String shown(CommandContext context) {
        return standardOutput ? "-" : context.display(pathFor(0, expectedType()));
    }

    /**
     * The path of output {@code index} (0 for the first): {@code photo.edited.png}, {@code photo.edited-2.png}, ...
     * or, with {@code -o out.png}, {@code out.png}, {@code out-2.png}, ...
     */
    public Path pathFor(int index, ImageType type) {
        String suffix = index == 0 ? "" : "-" + (index + 1);
        if (explicitPath != null) {
            if (index == 0) {
                return explicitPath;
            }
            String fileName = String.valueOf(explicitPath.getFileName());
            int dot = fileName.lastIndexOf('.');
            String numbered = dot > 0
                    ? fileName.substring(0, dot) + suffix + fileName.substring(dot)
                    : fileName + suffix;
            return explicitPath.resolveSibling(numbered);
        }
        return directory.resolve(baseName + ".edited" + suffix + "." + (format != null ? format : type).extension());
    }

    /**
     * Checks the first output's path before anything is submitted, so a refusal costs nothing. The directory is
     * also tried with a temporary file, created and deleted at once: permission bits do not tell whether a file can
     * be created (not for root, not on a read-only or special file system), and finding out after paying is too late.
     */
    public void checkBeforeSubmit(CommandContext context, TemporaryFiles temporaryFiles) {
        if (standardOutput) {
            return;
        }
        Path target = pathFor(0, expectedType());
        check(target, context);
        Path directory = target.toAbsolutePath().getParent();
        try {
            temporaryFiles.delete(temporaryFiles.createFor(directory, String.valueOf(target.getFileName())));
        } catch (IOException e) {
            String reason = e instanceof AccessDeniedException ? "permission denied"
                    : e instanceof FileSystemException fileSystem && fileSystem.getReason() != null
                            ? fileSystem.getReason() : e.getClass().getSimpleName();
            throw CliException.localIo("cannot create files in directory '" + context.display(directory) + "' ("
                    + reason + "): choose another directory with " + pathOption(), e);
        }
    }

    /** @throws CliException when {@code target} may not be written */
    public void check(Path target, CommandContext context) {
        String shown = context.display(target);
        if (input != null && isSameFile(target, input)) {
            throw CliException.invalid("output '" + shown + "' is the input file: choose another name with -o");
        }
        Path parent = target.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw CliException.localIo("output directory '" + (parent == null ? shown : context.display(parent))
                    + "' does not exist: create it first or choose another " + (explicitPath == null ? "directory"
                    : "path") + " with " + pathOption());
        }
        if (Files.isDirectory(target)) {
            throw CliException.invalid("output '" + shown + "' is a directory: give a file name with -o");
        }
        if (!force && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw CliException.invalid("output file '" + shown
                    + "' already exists: use --force to overwrite it or -o to choose another name");
        }
        if (!Files.isWritable(parent)) {
            throw CliException.localIo("cannot write to directory '" + context.display(parent)
                    + "': permission denied: choose another directory with " + pathOption());
        }
    }

    /** The option that moves the output: {@code -o} names the file, else {@code --output-dir} its directory. */
    private String pathOption() {
        return explicitPath == null ? "--output-dir" : "-o";
    }

    private static boolean isSameFile(Path target, Path input) {
        if (target.toAbsolutePath().normalize().equals(input.toAbsolutePath().normalize())) {
            return true;
        }
        try {
            return Files.exists(target) && Files.isSameFile(target, input);
        } catch (IOException e) {
            return false;
        }
    }
}
