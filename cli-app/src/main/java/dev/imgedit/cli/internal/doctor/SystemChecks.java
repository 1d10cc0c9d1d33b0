package dev.imgedit.cli.internal.doctor;

import dev.imgedit.batch.BatchStorageException;
import dev.imgedit.batch.ItemState;
import dev.imgedit.batch.JobHistory;
import dev.imgedit.batch.JobQuery;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The checks about this machine rather than a provider: the Java running imgedit, the output folder, the journal. */
final class SystemChecks {
    static final int MINIMUM_JAVA = 17;

    private SystemChecks() {}

    static Finding java() {
        int feature = Runtime.version().feature();
        String detail = System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ") at "
                + System.getProperty("java.home");
        return feature >= MINIMUM_JAVA ? Finding.ok("java", detail)
                : Finding.fail("java", detail + ": imgedit needs Java " + MINIMUM_JAVA + " or newer; set JAVA_HOME");
    }

    /**
     * Whether a file can be created in {@code folder}: tried with a hidden file, created and deleted at once, because
     * permission bits do not say (not for root, nor on a read-only file system).
     *
     * @param source what chose the folder, such as {@code the current directory}
     */
    static Finding outputFolder(Path folder, String source) {
        String subject = "output folder";
        if (!Files.isDirectory(folder)) {
            return Finding.fail(subject, folder + " (" + source + ") does not exist: create it, or choose another "
                    + "with --output-dir or the config file's output-dir");
        }
        try {
            Files.delete(Files.createTempFile(folder, ".imgedit-doctor-", ".tmp"));
            return Finding.ok(subject, folder + " (" + source + ") is writable");
        } catch (IOException e) {
            return Finding.fail(subject, "cannot create files in " + folder + " (" + source + "): choose another "
                    + "with --output-dir or -o");
        }
    }

    /**
     * The user's journal ({@code journal} is where {@link JournalLocation} finds it): whether it reads, how many jobs
     * it holds, and the ones that were paid for and not collected yet.
     */
    static List<Finding> journal(@Nullable Path journal) {
        String subject = "journal";
        if (journal == null) {
            return List.of(Finding.note(subject, "neither XDG_STATE_HOME nor HOME is set, so edits are not "
                    + "journaled: a job whose wait is cut short can be fetched only with the command imgedit prints"));
        }
        if (!Files.exists(journal)) {
            return List.of(Finding.skip(subject, "no journal yet: edits and batches record their jobs in " + journal));
        }
        List<Finding> findings = new ArrayList<>();
        try (JobHistory history = JobHistory.open(journal)) {
            int jobs = history.jobs(JobQuery.recent(Integer.MAX_VALUE)).size();
            findings.add(Finding.ok(subject, journal + ": " + jobs + (jobs == 1 ? " job" : " jobs") + ", "
                    + history.batches().size() + (history.batches().size() == 1 ? " batch" : " batches")));
            int waiting = history.jobs(JobQuery.recent(Integer.MAX_VALUE).withState(ItemState.SUBMITTED)).size();
            if (waiting > 0) {
                findings.add(Finding.note(subject, waiting + (waiting == 1 ? " job was" : " jobs were") + " paid for "
                        + "and not collected: see 'imgedit jobs --state SUBMITTED'"));
            }
            history.problems().forEach(problem -> findings.add(Finding.note(subject, problem)));
        } catch (BatchStorageException e) {
            findings.add(Finding.fail(subject, String.valueOf(e.getMessage())));
        }
        return findings;
    }
}
