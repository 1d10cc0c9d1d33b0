package dev.imgedit.batch.internal.journal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The journal's one connection and its transactions. A read runs alone. Changes asked for at the same time share one
 * transaction, and so one commit: with {@code synchronous=FULL} every commit waits for the disk (an fsync of the
 * write-ahead log, a few ms), and a batch's workers, whose jobs often end together, used to queue up for one each
 * while holding their place in flight. Each change runs in a savepoint of its own, so one that fails is undone alone
 * and only its caller hears of it; every caller returns only once the commit holding its change has succeeded.
 */
final class Transactions implements AutoCloseable {
    private static final Logger LOGGER = LoggerFactory.getLogger(Transactions.class);

    /** A unit of work on the connection. */
    interface Work<T> {
        T run() throws SQLException;
    }

    /** One caller's change, and how it ended; its fields are written and read under the connection's lock. */
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

    private final Connection connection;
    private final String location;
    /** Changes not yet taken into a transaction; guarded by itself. */
    private final Deque<Change<?>> waiting = new ArrayDeque<>();
    private boolean closed;

    Transactions(Connection connection, String location) {
        this.connection = connection;
        this.location = location;
    }

    /**
     * A change, committed when this returns, in a transaction that takes the write lock when it begins
     * ({@code BEGIN IMMEDIATE}), so two processes never deadlock upgrading a read to a write; another process's
     * writer is waited for up to the busy timeout.
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
            T result = work.run();
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
                        change.failure = SqliteFailures.of(change.doing + " in the journal '" + location + "'", e);
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
            change.result = change.work.run();
            statement.execute("RELEASE change");
        } catch (SQLException e) {
            undo(statement);
            change.failure = SqliteFailures.of(change.doing + " in the journal '" + location + "'", e);
        } catch (RuntimeException e) {
            undo(statement);
            change.failure = e;
        }
    }

    private static void undo(Statement statement) throws SQLException {
        statement.execute("ROLLBACK TO change");
        statement.execute("RELEASE change");
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
