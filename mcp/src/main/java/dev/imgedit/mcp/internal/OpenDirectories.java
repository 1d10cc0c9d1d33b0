package dev.imgedit.mcp.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The directories one tool call may read and write in: the client's roots and the server's own allowed directories,
 * each by its real path, so that a symbolic link cannot lead outside them. Every path an agent gives is resolved to
 * its real path (an output's directory, for a file not written yet) before it is held against them.
 */
public final class OpenDirectories {
    private final List<Path> directories;
    private final String advice;

    private OpenDirectories(List<Path> directories, String advice) {
        this.directories = directories;
        this.advice = advice;
    }

    /**
     * @param candidates the allowed directories and the roots' paths; those that do not exist are left out
     * @param advice how the user opens a directory, said when a path is refused
     */
    public static OpenDirectories of(List<Path> candidates, String advice) {
        Set<Path> real = new LinkedHashSet<>();
        for (Path candidate : candidates) {
            try {
                Path path = candidate.toRealPath();
                if (Files.isDirectory(path)) {
                    real.add(path);
                }
            } catch (IOException e) {
                // A root the client names but this machine lacks opens nothing.
            }
        }
        return new OpenDirectories(List.copyOf(real), advice);
    }

    public List<Path> directories() {
        return directories;
    }

    /** Where outputs go when nothing says otherwise (a URL's edit, a fetched job): the first directory. */
    public Path first() {
        requireSome();
        return directories.get(0);
    }

    /** An existing regular file inside the directories, by its real path. */
    public Path readable(String text) {
        Path real = existingInside(text, "input file");
        if (Files.isDirectory(real)) {
            throw new ToolFailure("input '" + text + "' is a directory: give the path of an image inside it");
        }
        if (!Files.isRegularFile(real)) {
            throw new ToolFailure("input '" + text + "' is not a regular file (a pipe, socket or device)");
        }
        return real;
    }

    /** An existing folder inside the directories, by its real path. */
    public Path readableFolder(String text) {
        Path real = existingInside(text, "folder");
        if (!Files.isDirectory(real)) {
            throw new ToolFailure("'" + text + "' is not a folder: give the folder that holds the images");
        }
        return real;
    }

    /**
     * A folder to write in, inside the directories: an existing one by its real path, or one to be created by the
     * real path of its nearest existing parent and the names under it (which, not existing, are no links).
     */
    public Path writableFolder(String text) {
        Path path = parse(text);
        Path existing = path;
        while (!Files.exists(existing, LinkOption.NOFOLLOW_LINKS) && existing.getParent() != null) {
            existing = existing.getParent();
        }
        Path real = realPath(existing, text).resolve(existing.relativize(path).toString()).normalize();
        requireInside(real, text);
        if (Files.exists(real) && !Files.isDirectory(real)) {
            throw new ToolFailure("'" + text + "' is a file, not a folder: give a folder to write the results in");
        }
        return real;
    }

    /**
     * @throws ToolFailure when a symbolic link under {@code folder} (a real path) leads outside the directories, so
     *     that what is written under it would land outside
     */
    public void requireNoLinkOutside(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path link : paths.filter(Files::isSymbolicLink).toList()) {
                Path target = resolvedOrNull(link);
                if (target != null && directories.stream().noneMatch(target::startsWith)) {
                    throw new ToolFailure("'" + folder + "' holds a symbolic link, '" + link + "', that leads outside "
                            + "the directories open to imgedit (to " + target + "): remove it, or choose another "
                            + "folder");
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new ToolFailure("cannot look through '" + folder + "': " + e.getMessage());
        }
    }

    private static @Nullable Path resolvedOrNull(Path link) {
        try {
            return link.toRealPath();
        } catch (IOException e) {
            // A link to nothing leads nowhere: what is written in its place replaces the link, never follows it.
            return null;
        }
    }

    /** An existing path inside the directories, by its real path; {@code what} names it in the message. */
    private Path existingInside(String text, String what) {
        Path path = parse(text);
        if (!Files.exists(path)) {
            // Said only of a path inside: whether a file exists elsewhere is none of the agent's business.
            requireInside(path, text);
            throw new ToolFailure(what + " '" + text + "' does not exist"
                    + (Files.isSymbolicLink(path) ? " (it is a symbolic link to nothing)" : ""));
        }
        Path real = realPath(path, text);
        requireInside(real, text);
        return real;
    }

    /**
     * A file to write inside the directories: its directory's real path and its name. The file itself may exist;
     * whether it may be replaced is {@link WrittenFiles}' question.
     */
    public Path writable(String text) {
        Path path = parse(text);
        Path fileName = path.getFileName();
        Path parent = path.getParent();
        if (fileName == null || parent == null || fileName.toString().equals("..")) {
            throw new ToolFailure("output '" + text + "' names no file: give a path such as photo.edited.png");
        }
        if (!Files.isDirectory(parent)) {
            throw new ToolFailure("the directory of output '" + text + "' does not exist: create it first or "
                    + "choose another path");
        }
        Path target = realPath(parent, text).resolve(fileName.toString());
        requireInside(target, text);
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new ToolFailure("output '" + text + "' is a directory: give a file name");
        }
        return target;
    }

    /** A path or {@code file:} URI as given; a relative path starts from the first directory. */
    private Path parse(String text) {
        try {
            Path path = text.regionMatches(true, 0, "file:", 0, 5) ? Path.of(URI.create(text)) : Path.of(text);
            return path.isAbsolute() ? path.normalize() : first().resolve(path).normalize();
        } catch (IllegalArgumentException | FileSystemNotFoundException e) {
            throw new ToolFailure("'" + text + "' is not a valid path or file URI");
        }
    }

    private static Path realPath(Path path, String text) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            String reason = e instanceof FileSystemException fileSystem && fileSystem.getReason() != null
                    ? fileSystem.getReason() : e.getClass().getSimpleName();
            throw new ToolFailure("cannot resolve '" + text + "': " + reason);
        }
    }

    private void requireInside(Path real, String text) {
        requireSome();
        if (directories.stream().noneMatch(real::startsWith)) {
            throw new ToolFailure("'" + text + "' is outside the directories open to imgedit (" + listed()
                    + (real.toString().equals(text) ? "" : "; it resolves to " + real) + "): use a path inside one "
                    + "of them, or " + advice);
        }
    }

    private void requireSome() {
        if (directories.isEmpty()) {
            throw new ToolFailure("no directory is open to imgedit: the client offers no roots and the server "
                    + "allows no directory of its own; " + advice);
        }
    }

    private String listed() {
        return directories.stream().map(Path::toString).collect(Collectors.joining(", "));
    }

    /** The candidates' paths from {@code file:} URIs; other URIs open nothing. */
    public static List<Path> pathsOf(List<String> uris) {
        List<Path> paths = new ArrayList<>();
        for (String uri : uris) {
            try {
                URI parsed = URI.create(uri);
                if ("file".equalsIgnoreCase(parsed.getScheme())) {
                    paths.add(Path.of(parsed));
                }
            } catch (IllegalArgumentException e) {
                // Not a file URI this machine can open.
            }
        }
        return paths;
    }
}
