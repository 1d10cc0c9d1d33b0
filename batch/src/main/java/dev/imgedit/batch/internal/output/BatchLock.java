package dev.imgedit.batch.internal.output;

import dev.imgedit.batch.BatchStorageException;
import dev.imgedit.batch.BatchStorageException.Problem;
import dev.imgedit.batch.internal.StorageFailures;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one running process of a batch: an exclusive lock on a file in the batch's state folder. The operating system
 * drops the lock when the process ends in any way (even {@code kill -9}), so a stale lock never blocks a rerun. The
 * file holds the owner's process id and start time, for the message the next process gives.
 *
 * <p>Within one process the lock files held are also kept in memory and checked before the file is opened: a second
 * channel on a locked file must not even be opened, since closing it would drop this process's lock with it.
 */
public final class BatchLock implements AutoCloseable {
    /** The lock files this process holds, by real path. */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path held;
    private final FileChannel channel;
    private final FileLock lock;

    private BatchLock(Path held, FileChannel channel, FileLock lock) {
        this.held = held;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * @throws BatchStorageException {@link Problem#LOCKED} at once when another process or this one holds it, or
     *     when the file cannot be created
     */
    public static BatchLock acquire(Path file, String batchDescription) {
        String shown = StorageFailures.shown(file);
        Path real;
        try {
            Path folder = Files.createDirectories(file.toAbsolutePath().getParent());
            real = folder.toRealPath().resolve(file.getFileName());
        } catch (IOException e) {
            throw StorageFailures.of("cannot create the folder of the lock file '" + shown + "'", e);
        }
        if (!HELD.add(real)) {
            throw new BatchStorageException(Problem.LOCKED, batchDescription + " is already open in this process: "
                    + "close it first", null);
        }
        try {
            return lock(file, real, shown, batchDescription);
        } catch (RuntimeException e) {
            HELD.remove(real);
            throw e;
        }
    }

    private static BatchLock lock(Path file, Path real, String shown, String batchDescription) {
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw StorageFailures.of("cannot open the lock file '" + shown + "'", e);
        }
        try {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held through another path to the same file in this process
            }
            if (lock == null) {
                String owner = owner(channel);
                channel.close();
                throw new BatchStorageException(Problem.LOCKED, "another imgedit process" + owner + " is running "
                        + batchDescription + ": wait for it to finish, or stop it, then run the batch again", null);
            }
            BatchLock held = new BatchLock(real, channel, lock);
            held.recordOwner();
            return held;
        } catch (IOException e) {
            closeQuietly(channel);
            throw StorageFailures.of("cannot lock '" + shown + "'", e);
        }
    }

    private void recordOwner() throws IOException {
        byte[] owner = ("pid " + ProcessHandle.current().pid() + ", since " + Instant.now() + "\n")
                .getBytes(StandardCharsets.UTF_8);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(owner), 0);
    }

    /** {@code " (pid 1234, since ...)"}, or nothing when the file says nothing readable. */
    private static String owner(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(200);
            channel.read(buffer, 0);
            String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
            return text.matches("pid \\d+, since [0-9T:.Z-]+") ? " (" + text + ")" : "";
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() {
        if (!channel.isOpen()) {
            return;
        }
        try {
            lock.release();
        } catch (IOException e) {
            // The lock goes with the channel anyway.
        }
        closeQuietly(channel);
        HELD.remove(held);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // Closing releases the lock even when it reports a failure.
        }
    }
}
