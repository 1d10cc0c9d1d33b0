package dev.imgedit.mcp.internal;

import dev.imgedit.ImageBytes;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The files this server wrote, and the one way it writes: whole (a temporary file beside the target, flushed, then
 * moved into place), never over a file it did not write. A file counts as its own while it is the very file it left
 * (same file, size and time): one the user changed or replaced since is theirs again.
 */
public final class WrittenFiles {
    /** Unlike {@link Files#createTempFile} (always 0600), a file made so gets the permissions the umask gives. */
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<Path, Fingerprint> written = new ConcurrentHashMap<>();

    private record Fingerprint(@Nullable Object fileKey, long size, long modifiedMillis) {
        static @Nullable Fingerprint of(Path path) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                return attributes.isRegularFile() ? new Fingerprint(attributes.fileKey(), attributes.size(),
                        attributes.lastModifiedTime().toMillis()) : null;
            } catch (IOException e) {
                return null;
            }
        }
    }

    /** Whether {@code target} may be written: it does not exist, or it is a file this server wrote, unchanged. */
    public boolean mayWrite(Path target) {
        return !Files.exists(target, LinkOption.NOFOLLOW_LINKS) || isOwn(target);
    }

    /** @throws ToolFailure when {@code target} exists and is not a file this server wrote, as it left it */
    public void requireWritable(Path target) {
        if (!mayWrite(target)) {
            throw new ToolFailure("output '" + target + "' already exists and imgedit did not write it (or it was "
                    + "changed since): choose another output path; imgedit never overwrites such a file");
        }
    }

    /** Writes {@code bytes} to {@code target} as a whole, after {@link #requireWritable}; remembers it as its own. */
    public synchronized void write(Path target, ImageBytes bytes) {
        requireWritable(target);
        Path directory = Objects.requireNonNull(target.getParent(), "target has no directory");
        Path temporary = null;
        try {
            temporary = Files.createFile(directory.resolve("." + target.getFileName() + "."
                    + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".part"));
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel)) {
                bytes.writeTo(out);
                channel.force(true);
            }
            place(temporary, target);
            temporary = null;
            Fingerprint fingerprint = Fingerprint.of(target);
            if (fingerprint != null) {
                written.put(target, fingerprint);
            }
        } catch (FileAlreadyExistsException e) {
            throw new ToolFailure("output '" + target + "' was created by someone else while imgedit wrote it: "
                    + "choose another output path");
        } catch (IOException e) {
            String reason = e instanceof FileSystemException fileSystem && fileSystem.getReason() != null
                    ? fileSystem.getReason() : e.getClass().getSimpleName();
            throw new ToolFailure("cannot write '" + target + "': " + reason);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // Left behind: a hidden .part file is all that remains of the failed write.
                }
            }
        }
    }

    private boolean isOwn(Path target) {
        Fingerprint recorded = written.get(target);
        return recorded != null && recorded.equals(Fingerprint.of(target));
    }

    /**
     * A new file is linked into place, which fails if another process made one meanwhile; a file of its own is
     * replaced in one rename.
     */
    private void place(Path temporary, Path target) throws IOException {
        if (isOwn(target)) {
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return;
        }
        try {
            Files.createLink(target, temporary);
            Files.delete(temporary);
        } catch (UnsupportedOperationException | FileSystemException e) {
            if (e instanceof FileAlreadyExistsException exists) {
                throw exists;
            }
            Files.move(temporary, target);
        }
    }
}
