package dev.imgedit.batch.internal.journal;

import dev.imgedit.batch.BatchRecord;
import dev.imgedit.batch.BatchStorageException;
import dev.imgedit.batch.JobEvent;
import dev.imgedit.batch.JobJournal;
import dev.imgedit.batch.JobQuery;
import dev.imgedit.batch.JobRecord;
import dev.imgedit.batch.internal.Ids;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The journal in an SQLite file: each method one transaction on the file's {@link JournalConnection}, over the tables
 * of {@link JournalSchema}. Batches are written and read by {@link BatchRows}, jobs written by {@link JobWrites} and
 * read by {@link JobQueries}.
 */
public final class SqliteJobJournal implements JobJournal {
    private static final Logger LOGGER = LoggerFactory.getLogger(SqliteJobJournal.class);

    private final JournalConnection journal;
    private final String location;

    private SqliteJobJournal(JournalConnection journal) {
        this.journal = journal;
        this.location = journal.location();
    }

    /**
     * @throws BatchStorageException when the file or its folder cannot be created, is not a journal, or was written
     *     by a newer imgedit
     */
    public static SqliteJobJournal open(Path file) {
        JournalConnection journal = JournalConnection.open(file);
        try {
            int version = JournalSchema.prepare(journal);
            LOGGER.debug("Journal {} open (version {})", journal.location(), version);
            return new SqliteJobJournal(journal);
        } catch (RuntimeException e) {
            journal.close();
            throw e;
        }
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public BatchRecord batch(Path outputDirectory) {
        Path directory = outputDirectory.toAbsolutePath().normalize();
        return journal.change("cannot record the batch", connection -> {
            BatchRecord found = BatchRows.select(connection, "output_directory", directory.toString());
            if (found != null) {
                return found;
            }
            BatchRecord created = new BatchRecord(Ids.newId(), directory, Instant.now());
            BatchRows.insert(connection, created);
            return created;
        });
    }

    @Override
    public @Nullable BatchRecord findBatch(String batchId) {
        return journal.read(connection -> BatchRows.select(connection, "id", batchId));
    }

    @Override
    public List<BatchRecord> batches() {
        return journal.read(BatchRows::all);
    }

    @Override
    public BatchRecord relocate(String batchId, Path outputDirectory) {
        Path directory = outputDirectory.toAbsolutePath().normalize();
        return journal.change("cannot record the batch's new folder", connection -> {
            if (!BatchRows.move(connection, batchId, directory)) {
                throw new IllegalStateException("batch " + batchId + " is not in the journal " + location);
            }
            return Objects.requireNonNull(BatchRows.select(connection, "id", batchId));
        });
    }

    @Override
    public void remember(BatchRecord batch) {
        journal.change("cannot remember batch " + batch.id(), connection -> {
            BatchRows.forgetOthersAt(connection, batch.id(), batch.outputDirectory());
            if (!BatchRows.move(connection, batch.id(), batch.outputDirectory())) {
                BatchRows.insert(connection, batch);
            }
            return null;
        });
    }

    @Override
    public void add(List<JobRecord> jobs, String event) {
        journal.change("cannot record " + jobs.size() + " new jobs", connection -> {
            JobWrites.add(connection, jobs, event);
            return null;
        });
    }

    @Override
    public void update(JobRecord job, String event) {
        journal.change("cannot record the change of job " + job.id(), connection -> {
            if (!JobWrites.update(connection, job, event)) {
                throw new IllegalStateException("job " + job.id() + " is not in the journal " + location);
            }
            return null;
        });
    }

    @Override
    public @Nullable JobRecord find(String id) {
        return journal.read(connection -> JobQueries.find(connection, id));
    }

    @Override
    public List<JobRecord> jobs(JobQuery query) {
        return journal.read(connection -> JobQueries.jobs(connection, query));
    }

    @Override
    public List<JobEvent> events(String jobId) {
        return journal.read(connection -> JobQueries.events(connection, jobId));
    }

    @Override
    public void close() {
        journal.close();
    }

    @Override
    public String toString() {
        return "SqliteJobJournal[" + location + "]";
    }
}
