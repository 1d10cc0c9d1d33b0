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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one connection to a journal's SQLite file, guarded by this object's monitor: write-ahead log,
 * {@code synchronous=FULL} (a committed change survives a power cut, not only a crash). A read is a transaction of
 * its own. Changes asked for at the same time share one transaction, and so one commit: every commit waits for the
 * disk (an fsync of the write-ahead log, a few ms), and a batch's workers, whose jobs often end together, used to
 * queue up for one each while holding their place in flight. Each change runs in a savepoint of its own, so one that
 * fails is undone alone and only its caller hears of it; every caller returns only once the commit holding its change
 * has succeeded. Other processes wait for each other's transactions up to {@link #BUSY_TIMEOUT_MILLIS}.
 */
final class JournalConnection implements AutoCloseable {
    private static final Logger LOGGER = LoggerFactory.getLogger(JournalConnection.class);

    static final int BUSY_TIMEOUT_MILLIS = 30_000;

    private final Connection connection;
    private final String location;
    /** Changes not yet taken into a transaction; guarded by itself. */
    private final Deque<Change<?>> waiting = new ArrayDeque<>();
    private boolean closed;

    /** A unit of work on the connection, in the transaction around it. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** One caller's change, and how it ended; its fields are written and read under this object's monitor. */
    private static final class Change<T> {
        final String doing;
        final Work<T> work;
        boolean finished;
        @Nullable T result;
        @Nullable RuntimeException failure;

        Change(String doing, Work<T> work) {
            this.doing = doing;
            this.work = work;
        }
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
        Change<T> change = new Change<>(doing, work);
        synchronized (waiting) {
            waiting.add(change);
        }
        synchronized (this) {
            if (!change.finished) {
                // No one took it into their transaction while this thread waited for the connection: this one
                // commits it, with every change that came in meanwhile.
                commitWaiting();
            }
            if (change.failure != null) {
                throw change.failure;
            }
            return change.result;
        }
    }

    /** A read, as one transaction that takes no write lock: readers never hold up a running batch. */
    synchronized <T> T read(Work<T> work) {
        checkOpen();
        try (Statement statement = connection.createStatement()) {
            statement.execute("BEGIN");
            T result = work.run(connection);
            statement.execute("COMMIT");
            return result;
        } catch (SQLException e) {
            rollback();
            throw SqliteFailures.of("cannot read in the journal '" + location + "'", e);
        } catch (RuntimeException e) {
            rollback();
            throw e;
        }
    }

    private void commitWaiting() {
        List<Change<?>> group;
        synchronized (waiting) {
            group = new ArrayList<>(waiting);
            waiting.clear();
        }
        try {
            checkOpen();
            try (Statement statement = connection.createStatement()) {
                statement.execute("BEGIN IMMEDIATE");
                for (Change<?> change : group) {
                    run(statement, change);
                }
                statement.execute("COMMIT");
            } catch (SQLException e) {
                rollback();
                for (Change<?> change : group) {
                    if (change.failure == null) {
                        change.failure = failure(change, e);
                    }
                }
            }
        } catch (RuntimeException | Error e) {
            rollback();
            for (Change<?> change : group) {
                if (change.failure == null) {
                    change.failure = e instanceof RuntimeException runtime ? runtime
                            : new IllegalStateException(change.doing + " in the journal '" + location + "': " + e, e);
                }
            }
            if (e instanceof Error error) {
                throw error;
            }
        } finally {
            group.forEach(change -> change.finished = true);
        }
    }

    /** Runs one change in a savepoint: when it fails, its own work is undone and the others' kept. */
    private <T> void run(Statement statement, Change<T> change) throws SQLException {
        statement.execute("SAVEPOINT change");
        try {
            change.result = change.work.run(connection);
            statement.execute("RELEASE change");
        } catch (SQLException e) {
            undo(statement);
            change.failure = failure(change, e);
        } catch (RuntimeException e) {
            undo(statement);
            change.failure = e;
        }
    }

    private static void undo(Statement statement) throws SQLException {
        statement.execute("ROLLBACK TO change");
        statement.execute("RELEASE change");
    }

    private RuntimeException failure(Change<?> change, SQLException e) {
        return SqliteFailures.of(change.doing + " in the journal '" + location + "'", e);
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the journal " + location + " is closed");
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
