package dev.imgedit.batch.internal;

import dev.imgedit.batch.BatchInput;
import dev.imgedit.exception.InvalidRequestException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * The images of a folder, sorted by path, and the sub-folders left out as an earlier batch's output. Hidden files
 * and folders and the excluded folders are never looked into; neither is a folder holding a batch's state folder
 * ({@value ItemChecks#STATE_FOLDER}), whose images are that batch's outputs, unless the glob names it.
 *
 * @param files the images, named relative to the folder
 * @param earlierOutputs the sub-folders left out as an earlier batch's output, relative to the folder with {@code /}
 */
public record FolderListing(List<BatchInput.File> files, List<String> earlierOutputs) {
    /** The glob characters; the part of a pattern before the first is the folder it names literally. */
    private static final String GLOB_SPECIAL = "*?[{\\";

    public FolderListing {
        files = List.copyOf(files);
        earlierOutputs = List.copyOf(earlierOutputs);
    }

    /**
     * @throws InvalidRequestException when {@code directory} is not a folder or the glob is malformed
     * @throws UncheckedIOException when it cannot be listed
     */
    public static FolderListing of(Path directory, @Nullable String glob, Path... excluded) {
        Path root = directory.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new InvalidRequestException("'" + directory + "' is not a folder: give the folder that holds the "
                    + "images");
        }
        PathMatcher matcher = matcher(glob);
        boolean byName = glob == null || !glob.contains("/");
        List<Path> skipped = Arrays.stream(excluded).map(path -> path.toAbsolutePath().normalize()).toList();
        List<Path> files = new ArrayList<>();
        List<String> earlierOutputs = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                    if (folder.equals(root)) {
                        return FileVisitResult.CONTINUE;
                    }
                    String relative = slashed(root.relativize(folder));
                    if (hidden(folder) || skipped.contains(folder)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (Files.isDirectory(folder.resolve(ItemChecks.STATE_FOLDER)) && !namedBy(glob, relative)) {
                        earlierOutputs.add(relative);
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (!hidden(file) && Files.isRegularFile(file)
                            && matcher.matches(byName ? file.getFileName() : root.relativize(file))) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list '" + directory + "': " + e.getMessage(), e);
        }
        files.sort(Comparator.naturalOrder());
        earlierOutputs.sort(Comparator.naturalOrder());
        return new FolderListing(files.stream().map(file -> BatchInput.file(root, file)).toList(), earlierOutputs);
    }

    /** Whether the glob names the folder: its literal start (up to the first glob character) is inside it. */
    private static boolean namedBy(@Nullable String glob, String relative) {
        if (glob == null || !glob.contains("/")) {
            return false;
        }
        int end = 0;
        while (end < glob.length() && GLOB_SPECIAL.indexOf(glob.charAt(end)) < 0) {
            end++;
        }
        return glob.substring(0, end).startsWith(relative + "/");
    }

    private static PathMatcher matcher(@Nullable String glob) {
        if (glob == null) {
            return path -> String.valueOf(path.getFileName()).toLowerCase(Locale.ROOT)
                    .matches(".*\\.(png|jpe?g|webp)");
        }
        try {
            return FileSystems.getDefault().getPathMatcher("glob:" + glob);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("the pattern '" + glob + "' is malformed (" + problem(e) + "): "
                    + "write it like *.jpg, or 2024/**.png for paths under the folder");
        }
    }

    /**
     * The JDK's complaint in one line: its message repeats the pattern on a second line with a caret under the place,
     * so only the description and the index are kept.
     */
    private static String problem(IllegalArgumentException e) {
        if (!(e instanceof PatternSyntaxException syntax)) {
            return String.valueOf(e.getMessage()).strip().replaceAll("\\s+", " ");
        }
        String description = syntax.getDescription().strip().replaceAll("\\s+", " ");
        if (description.chars().filter(c -> c == '\'').count() % 2 == 1) {
            description += "'"; // the JDK writes "Missing ']"
        }
        description = description.isEmpty() ? "not a pattern"
                : Character.toLowerCase(description.charAt(0)) + description.substring(1);
        return syntax.getIndex() < 0 ? description : description + " at index " + syntax.getIndex();
    }

    private static boolean hidden(Path path) {
        return String.valueOf(path.getFileName()).startsWith(".");
    }

    private static String slashed(Path relative) {
        return relative.toString().replace(java.io.File.separatorChar, '/');
    }
}
