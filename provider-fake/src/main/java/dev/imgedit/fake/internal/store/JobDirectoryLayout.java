package dev.imgedit.fake.internal.store;

import dev.imgedit.ImageType;
import dev.imgedit.fake.internal.job.JobIds;
import dev.imgedit.fake.internal.script.ScriptProgress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 *   <li>{@code output-1.png} (or {@code .jpg}), ...: the images; written once;
 *   <li>{@value #STATE_FILE}: the {@link StoredState}; the only file that changes, always replaced whole
 *       (temporary file + atomic rename);
 *   <li>{@value #LOCK_FILE}: empty; see {@link JobLock}.
 * </ul>
 * Beside them, hidden: a job being written ({@code .tmp-<id>-<token>}) and a job being deleted
 * ({@code .del-<id>-<token>}). And for each script file followed, {@code script-<hash of its path>.progress} (a
 * {@link ScriptProgress}, replaced whole through {@code .script-<hash>-<token>.tmp}) with its
 * {@code script-<hash>.lock}.
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
    private static final Pattern OUTPUT = Pattern.compile("output-[0-9]{1,2}\\.(png|jpg|webp)");
    private static final Pattern SCRIPT_FILE = Pattern.compile("script-[0-9a-f]{16}\\.(progress|lock)");
    private static final Pattern SCRIPT_TEMPORARY = Pattern.compile("\\.script-[0-9a-f]{16}-[0-9a-z]{6}\\.tmp");

    private JobDirectoryLayout() {}

    static String outputName(int number, ImageType type) {
        return "output-" + number + "." + type.extension();
    }

    /** The file holding the progress of the script file {@code script}. */
    static String scriptProgressName(Path script) {
        return "script-" + scriptKey(script) + ".progress";
    }

    /** The file locked while the progress of {@code script} is read and rewritten. */
    static String scriptLockName(Path script) {
        return "script-" + scriptKey(script) + ".lock";
    }

    /** A new name for the next progress file of {@code script} while it is written. */
    static String scriptTemporaryName(Path script) {
        return ".script-" + scriptKey(script) + "-" + JobIds.randomToken(TOKEN_LENGTH) + ".tmp";
    }

    /** Whether the store wrote {@code name} for a script, so that it may delete it when it is old. */
    static boolean isScriptFile(String name) {
        return SCRIPT_FILE.matcher(name).matches() || SCRIPT_TEMPORARY.matcher(name).matches();
    }

    private static String scriptKey(Path script) {
        return JobIds.sha256(script.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
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
