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

/**
 * The one running process of a batch: an exclusive lock on a file in the batch's state folder. The operating system
 * drops the lock when the process ends in any way (even {@code kill -9}), so a stale lock never blocks a rerun. The
 * file holds the owner's process id and start time, for the message the next process gives.
 */
public final class BatchLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private BatchLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * @throws BatchStorageException {@link Problem#LOCKED} at once when another process (or this one) holds it, or
     *     when the file cannot be created
     */
    public static BatchLock acquire(Path file, String batchDescription) {
        String shown = StorageFailures.shown(file);
        FileChannel channel;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw StorageFailures.of("cannot create the folder of the lock file '" + shown + "'", e);
        }
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
                lock = null;
            }
            if (lock == null) {
                String owner = owner(channel);
                channel.close();
                throw new BatchStorageException(Problem.LOCKED, "another imgedit process" + owner + " is running "
                        + batchDescription + ": wait for it to finish, or stop it, then run the batch again", null);
            }
            BatchLock held = new BatchLock(channel, lock);
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
        try {
            lock.release();
        } catch (IOException e) {
            // The lock goes with the channel anyway.
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // Closing releases the lock even when it reports a failure.
        }
    }
}
