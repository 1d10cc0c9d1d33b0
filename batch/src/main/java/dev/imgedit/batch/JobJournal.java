package dev.imgedit.batch;

import dev.imgedit.batch.internal.journal.SqliteJobJournal;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The durable record of every job imgedit submits: what was asked, the track id sent with it, the provider's job id,
 * each state change, and the outputs with their SHA-256. Never a key. Every change is one transaction, written
 * before the step it records is taken (a job is {@link ItemState#SUBMITTING} before it is sent), so a crash at any
 * moment leaves a journal that says what may have been paid for.
 *
 * <p>The store behind it is SQLite ({@link #open}); the interface is small so that another store (a shared
 * PostgreSQL, for several workers on one queue) can stand in. Thread-safe; several processes may open the same file.
 * Every method throws {@link BatchStorageException} when the store cannot be read or written.
 */
public interface JobJournal extends AutoCloseable {

    /** The version of the journal's tables this imgedit writes; it reads older ones and refuses newer ones. */
    int SCHEMA_VERSION = 1;

    /**
     * Opens (creating it and its folder when missing) the SQLite journal in {@code file}.
     *
     * @throws BatchStorageException when it cannot be created, is not a journal, or is newer than this imgedit
     */
    static JobJournal open(Path file) {
        return SqliteJobJournal.open(file);
    }

    /** Where the journal is, for messages. */
    String location();

    /** The batch whose outputs go to {@code outputDirectory}, recorded now when it is new. */
    BatchRecord batch(Path outputDirectory);

    /** A batch by its id, or null. */
    @Nullable BatchRecord findBatch(String batchId);

    /** Every batch, oldest first. */
    List<BatchRecord> batches();

    /** Records that a batch's output folder moved (with its journal inside it): the same batch, a new place. */
    BatchRecord relocate(String batchId, Path outputDirectory);

    /**
     * Remembers a batch whose jobs another journal keeps (its output folder's own), so that {@link JobHistory} finds
     * them from this one; a batch remembered before under the same id is moved to the folder given now.
     */
    void remember(BatchRecord batch);

    /** Records new jobs, each with {@code event} as its first event, all in one transaction. */
    void add(List<JobRecord> jobs, String event);

    /** Records a job's change (found by its id) and the event saying what happened, in one transaction. */
    void update(JobRecord job, String event);

    /** A job by the journal's id, or null. */
    @Nullable JobRecord find(String id);

    /** The jobs that pass the query's filters, most recently changed first. */
    List<JobRecord> jobs(JobQuery query);

    /** A job's events, oldest first. */
    List<JobEvent> events(String jobId);

    @Override
    void close();
}
