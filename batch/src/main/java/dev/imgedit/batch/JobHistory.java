package dev.imgedit.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every job imgedit journaled for one user, wherever it is kept: single edits in the user's own journal, each batch
 * in the journal of its output folder (so a batch folder stays whole when moved), which the user's journal
 * remembers. This is what front ends read: listing recent jobs, finding one by the journal's id or the provider's,
 * the request behind an id a caller chose. Thread-safe.
 *
 * <pre>{@code
 * Path file = JobHistory.defaultLocation(System.getenv());      // ~/.local/state/imgedit/journal.db
 * try (JobHistory history = JobHistory.open(file)) {
 *     for (JobRecord job : history.jobs(JobQuery.recent(20).withState(ItemState.SUBMITTED))) {
 *         System.out.println(job.id() + " " + job.request().provider() + " " + job.jobId());
 *     }
 * }
 * }</pre>
 *
 * <p>A batch folder that is gone, or whose journal cannot be read, is left out of the answers and named in
 * {@link #problems()}.
 */
public final class JobHistory implements AutoCloseable {
    private static final Logger LOGGER = LoggerFactory.getLogger(JobHistory.class);

    /** The environment variable naming the folder for a user's state, per the XDG base directory convention. */
    public static final String STATE_HOME = "XDG_STATE_HOME";

    private final JobJournal journal;
    private final Path file;
    /** Each remembered batch's journal, by batch id, opened on first use; null where it cannot be. */
    private final Map<String, @Nullable JobJournal> batchJournals = new LinkedHashMap<>();
    private final Map<String, String> problems = new LinkedHashMap<>();
    /** The folders of remembered batches that hold no journal any more, by batch id. */
    private final Map<String, Path> missing = new LinkedHashMap<>();

    private JobHistory(JobJournal journal, Path file) {
        this.journal = journal;
        this.file = file;
    }

    /**
     * The user's journal: {@code $XDG_STATE_HOME/imgedit/journal.db}, else {@code $HOME/.local/state/imgedit/journal.db};
     * null when {@code environment} names neither folder (then no journal is kept). Only {@code environment} is read,
     * never the process's own, so a test or an embedding application chooses the place.
     */
    public static @Nullable Path defaultLocation(Map<String, String> environment) {
        String stateHome = environment.get(STATE_HOME);
        if (stateHome != null && !stateHome.isBlank() && Path.of(stateHome.strip()).isAbsolute()) {
            return Path.of(stateHome.strip(), "imgedit", "journal.db");
        }
        String home = environment.get("HOME");
        return home == null || home.isBlank() ? null
                : Path.of(home.strip(), ".local", "state", "imgedit", "journal.db");
    }

    /**
     * Opens the user's journal, creating it (and its folder) when missing.
     *
     * @throws BatchStorageException when it cannot be created or read
     */
    public static JobHistory open(Path userJournal) {
        Path absolute = userJournal.toAbsolutePath().normalize();
        return new JobHistory(JobJournal.open(absolute), absolute);
    }

    /** The user's journal, where single edits are recorded. */
    public JobJournal journal() {
        return journal;
    }

    /** Remembers a batch that keeps its jobs in its output folder's journal, so its jobs are found from here. */
    public synchronized void remember(BatchRecord batch) {
        journal.remember(batch);
        forget(batch.id());
    }

    /** The batches remembered, oldest first. */
    public List<BatchRecord> batches() {
        return journal.batches();
    }

    /** A remembered batch by its id, or by its output folder (absolute); null when none matches. */
    public @Nullable BatchRecord findBatch(String idOrFolder) {
        BatchRecord byId = journal.findBatch(idOrFolder);
        if (byId != null) {
            return byId;
        }
        return batches().stream().filter(batch -> batch.outputDirectory().toString().equals(idOrFolder))
                .findFirst().orElse(null);
    }

    /** The jobs, of single edits and of every batch, that pass the query, most recently changed first. */
    public synchronized List<JobRecord> jobs(JobQuery query) {
        List<JobRecord> found = new ArrayList<>(journal.jobs(query));
        for (JobJournal batch : batchJournals(query.batchId())) {
            found.addAll(batch.jobs(query));
        }
        return found.stream()
                .sorted(Comparator.comparing(JobRecord::updatedAt).reversed().thenComparing(JobRecord::id))
                .distinct()
                .limit(query.limit())
                .toList();
    }

    /** A job by the journal's own id, or null. */
    public synchronized @Nullable JobRecord find(String journalId) {
        JobRecord single = journal.find(journalId);
        if (single != null) {
            return single;
        }
        for (JobJournal batch : batchJournals(null)) {
            JobRecord found = batch.find(journalId);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The jobs a provider knows by {@code jobId}, most recent first: one, unless two providers' ids coincide. */
    public List<JobRecord> findByJobId(String jobId) {
        return jobs(JobQuery.recent(Integer.MAX_VALUE).withJobId(jobId));
    }

    /**
     * The latest job asking for exactly this request ({@link JournaledEdit#requestKey}, which can fold in a key of the
     * caller's choosing), or null: so a caller that retries an edit finds the job its first attempt made instead of
     * paying for a second.
     */
    public @Nullable JobRecord latestWithKey(String requestKey) {
        List<JobRecord> found = jobs(JobQuery.recent(1).withKey(requestKey));
        return found.isEmpty() ? null : found.get(0);
    }

    /** The job's events, oldest first, from the journal that keeps it. */
    public synchronized List<JobEvent> events(JobRecord job) {
        return journalOf(job).events(job.id());
    }

    /** The journal that keeps {@code job}, to record what happens to it next. */
    public synchronized JobJournal journalOf(JobRecord job) {
        if (job.batchId() == null || journal.find(job.id()) != null) {
            return journal;
        }
        List<JobJournal> batch = batchJournals(job.batchId());
        return batch.isEmpty() ? journal : batch.get(0);
    }

    /**
     * One line for each remembered batch whose journal could not be read, naming its folder; the batches whose folder
     * holds no journal any more share one line, since deleting old outputs is ordinary and should not bury the rest.
     */
    public synchronized List<String> problems() {
        List<String> lines = new ArrayList<>(problems.values());
        if (missing.size() == 1) {
            Map.Entry<String, Path> gone = missing.entrySet().iterator().next();
            lines.add("batch " + gone.getKey() + ": no journal in '" + gone.getValue()
                    + "' any more (the folder was moved or deleted); running the batch again where it is now "
                    + "finds it again");
        } else if (missing.size() > 1) {
            lines.add(missing.size() + " batches: no journal in their folders any more (moved or deleted), such as '"
                    + missing.values().iterator().next() + "'; running a batch again where it is now finds it again");
        }
        return lines;
    }

    @Override
    public synchronized void close() {
        batchJournals.values().stream().filter(Objects::nonNull).forEach(JobJournal::close);
        batchJournals.clear();
        journal.close();
    }

    @Override
    public String toString() {
        return "JobHistory[" + file + "]";
    }

    /** The journals of the remembered batches ({@code batchId}'s alone when given) that can be read. */
    private List<JobJournal> batchJournals(@Nullable String batchId) {
        List<JobJournal> journals = new ArrayList<>();
        for (BatchRecord batch : journal.batches()) {
            if (batchId != null && !batch.id().equals(batchId)) {
                continue;
            }
            if (!batchJournals.containsKey(batch.id())) {
                batchJournals.put(batch.id(), openBatchJournal(batch));
            }
            JobJournal opened = batchJournals.get(batch.id());
            if (opened != null) {
                journals.add(opened);
            }
        }
        return journals;
    }

    private @Nullable JobJournal openBatchJournal(BatchRecord batch) {
        Path batchFile = BatchOptions.builder(batch.outputDirectory()).build().journalFile();
        if (batchFile.equals(file)) {
            return null;
        }
        if (!Files.isRegularFile(batchFile)) {
            missing.put(batch.id(), batch.outputDirectory());
            return null;
        }
        try {
            return JobJournal.open(batchFile);
        } catch (BatchStorageException e) {
            LOGGER.debug("Cannot read the journal of batch {}", batch.id(), e);
            problems.put(batch.id(), "batch " + batch.id() + ": " + e.getMessage());
            return null;
        }
    }

    private void forget(String batchId) {
        JobJournal opened = batchJournals.remove(batchId);
        problems.remove(batchId);
        missing.remove(batchId);
        if (opened != null) {
            opened.close();
        }
    }
}
