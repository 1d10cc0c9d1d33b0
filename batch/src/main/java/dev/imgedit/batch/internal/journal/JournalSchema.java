package dev.imgedit.batch.internal.journal;

import dev.imgedit.batch.BatchStorageException;
import dev.imgedit.batch.BatchStorageException.Problem;
import dev.imgedit.batch.JobJournal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The journal's tables, and their version. Plain SQL that PostgreSQL also reads, apart from the one AUTOINCREMENT (an
 * identity column there). The version is a row of {@code journal_meta}, so that any SQL client can read it; a journal
 * of a newer version is refused, never rewritten.
 */
final class JournalSchema {
    static final String VERSION_KEY = "schema_version";

    private static final List<String> VERSION_1 = List.of(
            "CREATE TABLE IF NOT EXISTS journal_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
            """
            CREATE TABLE IF NOT EXISTS batches (
                id TEXT PRIMARY KEY,
                output_directory TEXT NOT NULL UNIQUE,
                created_at TEXT NOT NULL)""",
            """
            CREATE TABLE IF NOT EXISTS jobs (
                id TEXT PRIMARY KEY,
                batch_id TEXT REFERENCES batches (id),
                position INTEGER NOT NULL,
                item_key TEXT NOT NULL,
                provider TEXT NOT NULL,
                model TEXT NOT NULL,
                input TEXT NOT NULL,
                input_location TEXT NOT NULL,
                input_sha256 TEXT,
                input_type TEXT,
                prompt TEXT NOT NULL,
                aspect_ratio TEXT,
                seed INTEGER,
                options TEXT NOT NULL,
                output_stem TEXT,
                track_id TEXT,
                job_id TEXT,
                state TEXT NOT NULL,
                error_kind TEXT,
                error_message TEXT,
                submits INTEGER NOT NULL,
                result TEXT NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                submitted_at TEXT,
                finished_at TEXT,
                UNIQUE (batch_id, item_key))""",
            "CREATE INDEX IF NOT EXISTS jobs_by_update ON jobs (updated_at)",
            "CREATE INDEX IF NOT EXISTS jobs_by_provider_job ON jobs (provider, job_id)",
            "CREATE INDEX IF NOT EXISTS jobs_by_job ON jobs (job_id)",
            "CREATE INDEX IF NOT EXISTS jobs_by_key ON jobs (item_key)",
            """
            CREATE TABLE IF NOT EXISTS outputs (
                job_id TEXT NOT NULL REFERENCES jobs (id),
                position INTEGER NOT NULL,
                path TEXT NOT NULL,
                sha256 TEXT NOT NULL,
                type TEXT NOT NULL,
                width INTEGER NOT NULL,
                height INTEGER NOT NULL,
                PRIMARY KEY (job_id, position))""",
            """
            CREATE TABLE IF NOT EXISTS events (
                sequence INTEGER PRIMARY KEY AUTOINCREMENT,
                job_id TEXT NOT NULL REFERENCES jobs (id),
                at TEXT NOT NULL,
                state TEXT NOT NULL,
                detail TEXT NOT NULL)""",
            "CREATE INDEX IF NOT EXISTS events_by_job ON events (job_id, sequence)");

    private JournalSchema() {}

    /**
     * Creates the tables of a new journal, or reads the version of an existing one, in one transaction.
     *
     * @return the version found; {@link JobJournal#SCHEMA_VERSION} for a journal created now
     * @throws BatchStorageException when the journal was written by a newer imgedit
     */
    static int prepare(JournalConnection journal) {
        int version = journal.change("cannot prepare", JournalSchema::createIfNew);
        if (version > JobJournal.SCHEMA_VERSION) {
            throw new BatchStorageException(Problem.UNREADABLE, "the journal '" + journal.location() + "' was "
                    + "written by a newer imgedit (journal version " + version + ", this one reads up to "
                    + JobJournal.SCHEMA_VERSION + "): use that imgedit, or move the journal away to start afresh",
                    null);
        }
        return version;
    }

    private static int createIfNew(Connection connection) throws SQLException {
        Integer found = version(connection);
        if (found != null) {
            return found;
        }
        try (Statement statement = connection.createStatement()) {
            for (String sql : VERSION_1) {
                statement.execute(sql);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO journal_meta (name, value) VALUES (?, ?)")) {
            insert.setString(1, VERSION_KEY);
            insert.setString(2, Integer.toString(JobJournal.SCHEMA_VERSION));
            insert.executeUpdate();
        }
        return JobJournal.SCHEMA_VERSION;
    }

    private static @Nullable Integer version(Connection connection) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, "journal_meta", null)) {
            if (!tables.next()) {
                return null;
            }
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT value FROM journal_meta WHERE name = ?")) {
            select.setString(1, VERSION_KEY);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Integer.valueOf(row.getString(1).strip()) : null;
            }
        }
    }
}
