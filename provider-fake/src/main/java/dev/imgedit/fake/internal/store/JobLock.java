package dev.imgedit.fake.internal.store;

import java.io.IOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A job's {@value JobDirectoryLayout#LOCK_FILE} file, locked (JVM-wide and, through the operating system, across
 * processes) while a status check reads, counts and rewrites the state, so that N checks are N whoever makes them;
 * and likewise a script's lock file while its progress is read and rewritten.
 */
final class JobLock {
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    /** Status checks of one job in one JVM queue here before they take the file lock, which is per process. */
    private static final Object[] STRIPES = new Object[64];

    static {
        for (int i = 0; i < STRIPES.length; i++) {
            STRIPES[i] = new Object();
        }
    }

    private JobLock() {}

    /** Does {@code work} while holding the lock of the job {@code id}, kept in {@code directory}. */
    static <T> T whileLocked(Path directory, String id, FileWork<T> work) throws IOException {
        return whileLocked(directory.resolve(JobDirectoryLayout.LOCK_FILE), false, work);
    }

    /**
     * Does {@code work} while holding the lock file {@code lockFile}, created first when {@code create} (a job's lock
     * file is created with the job, and its absence means the job is gone).
     */
    static <T> T whileLocked(Path lockFile, boolean create, FileWork<T> work) throws IOException {
        synchronized (STRIPES[Math.floorMod(lockFile.hashCode(), STRIPES.length)]) {
            try (FileChannel channel = create
                    ? FileChannel.open(lockFile, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
                            LinkOption.NOFOLLOW_LINKS)
                    : FileChannel.open(lockFile, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
                    FileLock lock = lock(channel)) {
                return work.run();
            }
        }
    }

    /**
     * Takes the lock, which another process (or another copy of this class, in another class loader) may hold for
     * the moment a check takes. Polls rather than blocks, so that a process stopped while holding it cannot make this
     * one wait for ever.
     */
    private static FileLock lock(FileChannel channel) throws IOException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            try {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return lock;
                }
            } catch (OverlappingFileLockException e) {
                // Held in this JVM through another channel: wait for it as for another process.
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("the job's lock file stayed locked for " + PATIENCE.toSeconds() + " s");
            }
            try {
                TimeUnit.MILLISECONDS.sleep(1);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new ClosedByInterruptException();
            }
        }
    }
}
