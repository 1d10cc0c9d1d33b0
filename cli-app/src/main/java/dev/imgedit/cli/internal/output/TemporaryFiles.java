package dev.imgedit.cli.internal.output;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The temporary files of one run, so that whatever happens (an error, Ctrl-C) none is left behind. Creation and
 * clean-up are synchronized because the shutdown hook may clean up while the main thread is creating one.
 */
public final class TemporaryFiles {
    private final Set<Path> files = new LinkedHashSet<>();
    private boolean closed;

    /**
     * A new empty file in {@code directory}, hidden and named after {@code target} so a stray one is recognisable.
     * Unlike {@link Files#createTempFile}, which makes it private (0600), the file gets the permissions the user's
     * umask gives any new file, as the output it becomes should.
     */
    public synchronized Path createFor(Path directory, String target) throws IOException {
        if (closed) {
            throw new IOException("imgedit is shutting down: not creating a temporary file for '" + target + "'");
        }
        for (int attempt = 0; ; attempt++) {
            String random = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
            try {
                Path file = Files.createFile(directory.resolve("." + target + "." + random + ".tmp"));
                files.add(file);
                return file;
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    /** The file was renamed into place or deleted: no longer ours to clean up. */
    public synchronized void release(Path file) {
        files.remove(file);
    }

    public synchronized void delete(Path file) {
        files.remove(file);
        deleteQuietly(file);
    }

    /** Deletes every file still held and refuses new ones. */
    public synchronized void deleteAll() {
        closed = true;
        files.forEach(TemporaryFiles::deleteQuietly);
        files.clear();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Nothing better to do on the way out; the name starts with a dot and ends in .tmp.
        }
    }
}
