package dev.imgedit.batch.internal.journal;

import dev.imgedit.batch.BatchRecord;
import dev.imgedit.batch.BatchStorageException;
import dev.imgedit.batch.BatchStorageException.Problem;
import dev.imgedit.batch.JobEvent;
import dev.imgedit.batch.JobJournal;
import dev.imgedit.batch.JobQuery;
import dev.imgedit.batch.JobRecord;
import dev.imgedit.batch.ItemState;
import dev.imgedit.batch.OutputFile;
import dev.imgedit.batch.internal.Ids;
import dev.imgedit.batch.internal.StorageFailures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The journal in an SQLite file: write-ahead log, {@code synchronous=FULL} (a committed change survives a power
 * cut, not only a crash), one connection, changes asked for at the same time committed together
 * ({@link Transactions}). Other processes wait for each other's transactions up to {@link #BUSY_TIMEOUT_MILLIS}.
 */
public final class SqliteJobJournal implements JobJournal {
    private static final Logger LOGGER = LoggerFactory.getLogger(SqliteJobJournal.class);

    static final int BUSY_TIMEOUT_MILLIS = 30_000;

    private final Connection connection;
    private final Transactions transactions;
    private final String location;

    private SqliteJobJournal(Connection connection, String location) {
        this.connection = connection;
        this.transactions = new Transactions(connection, location);
        this.location = location;
    }

    /**
     * @throws BatchStorageException when the file or its folder cannot be created, is not a journal, or was written
     *     by a newer imgedit
     */
    public static SqliteJobJournal open(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        String shown = StorageFailures.shown(absolute);
        try {
            Path parent = absolute.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw StorageFailures.of("cannot create the folder of the journal '" + shown + "'", e);
        }
        Connection connection;
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + absolute, properties());
        } catch (SQLException e) {
            throw SqliteFailures.of("cannot open the journal '" + shown + "'", e);
        }
        SqliteJobJournal journal = new SqliteJobJournal(connection, shown);
        try {
            journal.prepare();
            return journal;
        } catch (RuntimeException e) {
            journal.close();
            throw e;
        }
    }

    private static Properties properties() {
        Properties properties = new Properties();
        properties.setProperty("journal_mode", "WAL");
        properties.setProperty("synchronous", "FULL");
        properties.setProperty("busy_timeout", Integer.toString(BUSY_TIMEOUT_MILLIS));
        properties.setProperty("foreign_keys", "true");
        return properties;
    }

    private void prepare() {
        try (Statement statement = connection.createStatement()) {
            // Checkpoint the write-ahead log every 100 pages and shrink it back, so the journal stays small on a
            // nearly full disk instead of growing the log to SQLite's default of 1000 pages.
            statement.execute("PRAGMA wal_autocheckpoint = 100");
            statement.execute("PRAGMA journal_size_limit = " + 512 * 1024);
        } catch (SQLException e) {
            throw SqliteFailures.of("cannot set up the journal '" + location + "'", e);
        }
        int version = inTransaction("cannot prepare", () -> JournalSchema.prepare(connection));
        if (version > SCHEMA_VERSION) {
            throw new BatchStorageException(Problem.UNREADABLE, "the journal '" + location + "' was written by a "
                    + "newer imgedit (journal version " + version + ", this one reads up to " + SCHEMA_VERSION
                    + "): use that imgedit, or move the journal away to start afresh", null);
        }
        LOGGER.debug("Journal {} open (version {})", location, version);
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public BatchRecord batch(Path outputDirectory) {
        Path directory = outputDirectory.toAbsolutePath().normalize();
        return inTransaction("cannot record the batch", () -> {
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
        return reading(() -> BatchRows.select(connection, "id", batchId));
    }

    @Override
    public List<BatchRecord> batches() {
        return reading(() -> BatchRows.all(connection));
    }

    @Override
    public BatchRecord relocate(String batchId, Path outputDirectory) {
        Path directory = outputDirectory.toAbsolutePath().normalize();
        return inTransaction("cannot record the batch's new folder", () -> {
            if (!BatchRows.move(connection, batchId, directory)) {
                throw new IllegalStateException("batch " + batchId + " is not in the journal " + location);
            }
            return Objects.requireNonNull(BatchRows.select(connection, "id", batchId));
        });
    }

    @Override
    public void remember(BatchRecord batch) {
        inTransaction("cannot remember batch " + batch.id(), () -> {
            BatchRows.forgetOthersAt(connection, batch.id(), batch.outputDirectory());
            if (!BatchRows.move(connection, batch.id(), batch.outputDirectory())) {
                BatchRows.insert(connection, batch);
            }
            return null;
        });
    }

    @Override
    public void add(List<JobRecord> jobs, String event) {
        inTransaction("cannot record " + jobs.size() + " new jobs", () -> {
            try (PreparedStatement insert = connection.prepareStatement(JobRows.INSERT)) {
                for (JobRecord job : jobs) {
                    JobRows.bindInsert(insert, job);
                    insert.executeUpdate();
                }
            }
            for (JobRecord job : jobs) {
                replaceOutputs(job);
                insertEvent(job, event);
            }
            return null;
        });
    }

    @Override
    public void update(JobRecord job, String event) {
        inTransaction("cannot record the change of job " + job.id(), () -> {
            try (PreparedStatement update = connection.prepareStatement(JobRows.UPDATE)) {
                JobRows.bindUpdate(update, job);
                if (update.executeUpdate() != 1) {
                    throw new IllegalStateException("job " + job.id() + " is not in the journal " + location);
                }
            }
            replaceOutputs(job);
            insertEvent(job, event);
            return null;
        });
    }

    private void replaceOutputs(JobRecord job) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM outputs WHERE job_id = ?")) {
            delete.setString(1, job.id());
            delete.executeUpdate();
        }
        if (job.outputs().isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO outputs (job_id, position, path, "
                + "sha256, type, width, height) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (OutputFile output : job.outputs()) {
                insert.setString(1, job.id());
                insert.setInt(2, position++);
                insert.setString(3, output.path());
                insert.setString(4, output.sha256());
                insert.setString(5, output.type().name());
                insert.setInt(6, output.width());
                insert.setInt(7, output.height());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void insertEvent(JobRecord job, String detail) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO events (job_id, at, state, detail) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, job.id());
            insert.setString(2, JobRows.time(job.updatedAt()));
            insert.setString(3, job.state().name());
            insert.setString(4, detail);
            insert.executeUpdate();
        }
    }

    @Override
    public @Nullable JobRecord find(String id) {
        return reading(() -> {
            List<JobRecord> found = select("WHERE id = ?", List.of(id), 1);
            return found.isEmpty() ? null : found.get(0);
        });
    }

    @Override
    public List<JobRecord> jobs(JobQuery query) {
        StringBuilder where = new StringBuilder("WHERE 1 = 1");
        List<String> values = new ArrayList<>();
        filter(where, values, "state", query.state() == null ? null : query.state().name());
        filter(where, values, "batch_id", query.batchId());
        filter(where, values, "job_id", query.jobId());
        filter(where, values, "item_key", query.key());
        return reading(() -> select(where.toString(), values, query.limit()));
    }

    private static void filter(StringBuilder where, List<String> values, String column, @Nullable String value) {
        if (value != null) {
            where.append(" AND ").append(column).append(" = ?");
            values.add(value);
        }
    }

    private List<JobRecord> select(String where, List<String> values, int limit) throws SQLException {
        List<JobRecord> jobs = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + JobRows.COLUMNS + " FROM jobs "
                + where + " ORDER BY updated_at DESC, id LIMIT ?")) {
            int column = 1;
            for (String value : values) {
                select.setString(column++, value);
            }
            select.setInt(column, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    jobs.add(JobRows.read(rows, outputs(rows.getString("id"))));
                }
            }
        }
        return jobs;
    }

    private List<OutputFile> outputs(String jobId) throws SQLException {
        List<OutputFile> outputs = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT path, sha256, type, width, height FROM outputs WHERE job_id = ? ORDER BY position")) {
            select.setString(1, jobId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    outputs.add(JobRows.readOutput(rows));
                }
            }
        }
        return outputs;
    }

    @Override
    public List<JobEvent> events(String jobId) {
        return reading(() -> {
            List<JobEvent> events = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT at, state, detail FROM events WHERE job_id = ? ORDER BY sequence")) {
                select.setString(1, jobId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        events.add(new JobEvent(jobId, JobRows.instant(rows.getString(1)),
                                ItemState.valueOf(rows.getString(2)), rows.getString(3)));
                    }
                }
            }
            return events;
        });
    }

    @Override
    public void close() {
        transactions.close();
    }

    @Override
    public String toString() {
        return "SqliteJobJournal[" + location + "]";
    }

    private <T> T inTransaction(String doing, Transactions.Work<T> work) {
        return transactions.change(doing, work);
    }

    private <T> T reading(Transactions.Work<T> work) {
        return transactions.read(work);
    }
}
