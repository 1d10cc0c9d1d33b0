package dev.imgedit.batch.internal.journal;

import dev.imgedit.batch.BatchStorageException;
import dev.imgedit.batch.internal.StorageFailures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one connection to a journal's SQLite file, guarded by this object's monitor: write-ahead log,
 * {@code synchronous=FULL} (a committed change survives a power cut, not only a crash), and every piece of work one
 * transaction. Other processes wait for each other's transactions up to {@link #BUSY_TIMEOUT_MILLIS}.
 */
final class JournalConnection implements AutoCloseable {
    private static final Logger LOGGER = LoggerFactory.getLogger(JournalConnection.class);

    static final int BUSY_TIMEOUT_MILLIS = 30_000;

    private final Connection connection;
    private final String location;
    private boolean closed;

    /** A unit of work on the connection, in the transaction around it. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private JournalConnection(Connection connection, String location) {
        this.connection = connection;
        this.location = location;
    }

    /**
     * Opens the file, creating it and its folder when missing.
     *
     * @throws BatchStorageException when the file or its folder cannot be created or opened
     */
    static JournalConnection open(Path file) {
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
        JournalConnection opened = new JournalConnection(connection, shown);
        try {
            opened.configure();
            return opened;
        } catch (RuntimeException e) {
            opened.close();
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

    private void configure() {
        try (Statement statement = connection.createStatement()) {
            // Checkpoint the write-ahead log every 100 pages and shrink it back, so the journal stays small on a
            // nearly full disk instead of growing the log to SQLite's default of 1000 pages.
            statement.execute("PRAGMA wal_autocheckpoint = 100");
            statement.execute("PRAGMA journal_size_limit = " + 512 * 1024);
        } catch (SQLException e) {
            throw SqliteFailures.of("cannot set up the journal '" + location + "'", e);
        }
    }

    /** The file, for messages. */
    String location() {
        return location;
    }

    /**
     * A change, as one transaction that takes the write lock when it begins ({@code BEGIN IMMEDIATE}), so two
     * processes never deadlock upgrading a read to a write; another writer is waited for up to the busy timeout.
     *
     * @param doing what fails when it does, such as {@code "cannot record the batch"}
     */
    <T> T change(String doing, Work<T> work) {
        return transaction("BEGIN IMMEDIATE", doing, work);
    }

    /** A read, as one transaction that takes no write lock: readers never hold up a running batch. */
    <T> T read(Work<T> work) {
        return transaction("BEGIN", "cannot read", work);
    }

    private synchronized <T> T transaction(String begin, String doing, Work<T> work) {
        if (closed) {
            throw new IllegalStateException("the journal " + location + " is closed");
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(begin);
            T result = work.run(connection);
            statement.execute("COMMIT");
            return result;
        } catch (SQLException e) {
            rollback();
            throw SqliteFailures.of(doing + " in the journal '" + location + "'", e);
        } catch (RuntimeException e) {
            rollback();
            throw e;
        }
    }

    private void rollback() {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ROLLBACK");
        } catch (SQLException e) {
            // Also when the failed statement ended the transaction itself: nothing is left to roll back.
            LOGGER.debug("Rollback in {} failed: {}", location, e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            connection.close();
        } catch (SQLException e) {
            LOGGER.warn("Closing the journal {} failed: {}", location, e.getMessage());
        }
    }
}
