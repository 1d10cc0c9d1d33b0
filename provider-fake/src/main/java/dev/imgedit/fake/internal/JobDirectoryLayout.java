package dev.imgedit.fake.internal;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The names a {@link DirectoryJobStore} gives to what it writes, so that it deletes those and nothing else: a
 * directory shared with other files loses none of them.
 *
 * <p>One directory per job, named by its id, holding
 * <ul>
 *   <li>{@value #JOB_FILE}: the {@link JobDescription}; written once;
 *   <li>{@code output-1.png}, ...: the images; written once;
 *   <li>{@value #STATE_FILE}: the {@link StoredState}; the only file that changes, always replaced whole
 *       (temporary file + atomic rename);
 *   <li>{@value #LOCK_FILE}: empty; see {@link JobLock}.
 * </ul>
 * Beside them, hidden: a job being written ({@code .tmp-<id>-<token>}) and a job being deleted
 * ({@code .del-<id>-<token>}).
 */
final class JobDirectoryLayout {
    private static final Logger LOGGER = LoggerFactory.getLogger(JobDirectoryLayout.class);

    static final String JOB_FILE = "job.properties";
    static final String STATE_FILE = "state.properties";
    static final String LOCK_FILE = "lock";
    private static final String TEMPORARY = ".tmp-";
    private static final String DELETING = ".del-";
    private static final int TOKEN_LENGTH = 6;
    private static final Pattern OWN_TEMPORARY = Pattern.compile("\\.tmp-fake-[0-9a-z]{12}-[0-9a-f]{8}-[0-9a-z]{6}");
    private static final Pattern OWN_DELETING = Pattern.compile("\\.del-fake-[0-9a-z]{12}-[0-9a-f]{8}-[0-9a-z]{6}");
    private static final Pattern STATE_TEMPORARY = Pattern.compile("\\.state-[0-9a-z]{6}\\.tmp");
    private static final Pattern OUTPUT = Pattern.compile("output-[0-9]{1,2}\\.png");

    private JobDirectoryLayout() {}

    static String outputName(int number) {
        return "output-" + number + ".png";
    }

    /** A new name for a job's directory while it is written. */
    static String temporaryName(String id) {
        return TEMPORARY + id + "-" + JobIds.randomToken(TOKEN_LENGTH);
    }

    /** A new name for a job's directory while it is deleted. */
    static String deletingName(String id) {
        return DELETING + id + "-" + JobIds.randomToken(TOKEN_LENGTH);
    }

    /** A new name for the next state file while it is written. */
    static String stateTemporaryName() {
        return ".state-" + JobIds.randomToken(TOKEN_LENGTH) + ".tmp";
    }

    static boolean isTemporary(String name) {
        return OWN_TEMPORARY.matcher(name).matches();
    }

    static boolean isDeleting(String name) {
        return OWN_DELETING.matcher(name).matches();
    }

    /**
     * Deletes one of the store's job directories: its files, then itself. It holds no subdirectories; anything
     * unexpected stays, and the directory with it.
     */
    static void deleteQuietly(Path directory) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                if (isJobFile(entry.getFileName().toString())) {
                    Files.deleteIfExists(entry);
                }
            }
            Files.deleteIfExists(directory);
        } catch (NoSuchFileException e) {
            // Gone already: another process forgot it at the same time.
        } catch (IOException | DirectoryIteratorException e) {
            LOGGER.debug("Could not delete {}: {}", directory, e.toString());
        }
    }

    private static boolean isJobFile(String name) {
        return name.equals(JOB_FILE) || name.equals(STATE_FILE) || name.equals(LOCK_FILE)
                || OUTPUT.matcher(name).matches() || STATE_TEMPORARY.matcher(name).matches();
    }
}
