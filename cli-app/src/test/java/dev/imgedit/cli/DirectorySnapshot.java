package dev.imgedit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every entry under a directory with its size, modification time and content hash: taken before and after a run,
 * equal snapshots prove that nothing was written, replaced, touched or left behind (temporary files included).
 */
record DirectorySnapshot(Map<String, String> entries) {
    private static final long LARGEST_HASHED = 64L * 1024 * 1024;

    static DirectorySnapshot of(Path directory) {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.toList()) {
                if (!path.equals(directory)) {
                    entries.put(directory.relativize(path).toString(), describe(path));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DirectorySnapshot(entries);
    }

    private static String describe(Path path) throws IOException {
        BasicFileAttributes attributes =
                Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!attributes.isRegularFile()) {
            return (attributes.isDirectory() ? "directory" : "special") + " modified "
                    + attributes.lastModifiedTime().toMillis();
        }
        String state = attributes.size() + " bytes, modified " + attributes.lastModifiedTime().toMillis();
        // A huge (sparse) file is not read: its size and time are enough to tell it was left alone.
        return attributes.size() > LARGEST_HASHED ? state : state + ", sha256 " + sha256(path);
    }

    private static String sha256(Path file) throws IOException {
        if (!Files.isReadable(file)) {
            return "(unreadable)";
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            return "(cannot be read: " + e.getClass().getSimpleName() + ")";
        }
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        entries.forEach((name, state) -> text.append(name).append(": ").append(state).append('\n'));
        return text.toString();
    }
}
