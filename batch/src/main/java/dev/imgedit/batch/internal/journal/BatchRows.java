package dev.imgedit.batch.internal.journal;

import dev.imgedit.batch.BatchRecord;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The {@code batches} table, in the caller's transaction. */
final class BatchRows {
    private static final String COLUMNS = "id, output_directory, created_at";

    private BatchRows() {}

    static @Nullable BatchRecord select(Connection connection, String column, String value) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM batches WHERE " + column + " = ?")) {
            select.setString(1, value);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? read(row) : null;
            }
        }
    }

    static List<BatchRecord> all(Connection connection) throws SQLException {
        List<BatchRecord> batches = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM batches ORDER BY created_at, id");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                batches.add(read(rows));
            }
        }
        return batches;
    }

    static void insert(Connection connection, BatchRecord batch) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO batches (" + COLUMNS + ") VALUES (?, ?, ?)")) {
            insert.setString(1, batch.id());
            insert.setString(2, batch.outputDirectory().toString());
            insert.setString(3, JobRows.time(batch.createdAt()));
            insert.executeUpdate();
        }
    }

    /** @return whether the batch was there to move */
    static boolean move(Connection connection, String batchId, Path outputDirectory) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE batches SET output_directory = ? WHERE id = ?")) {
            update.setString(1, outputDirectory.toString());
            update.setString(2, batchId);
            return update.executeUpdate() == 1;
        }
    }

    /**
     * Forgets the batches recorded at {@code outputDirectory} under another id that have no job here: what was
     * remembered of a folder that has since been emptied and holds a new batch.
     */
    static void forgetOthersAt(Connection connection, String batchId, Path outputDirectory) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM batches WHERE output_directory = ? "
                + "AND id <> ? AND NOT EXISTS (SELECT 1 FROM jobs WHERE jobs.batch_id = batches.id)")) {
            delete.setString(1, outputDirectory.toString());
            delete.setString(2, batchId);
            delete.executeUpdate();
        }
    }

    private static BatchRecord read(ResultSet row) throws SQLException {
        return new BatchRecord(row.getString(1), Path.of(row.getString(2)), JobRows.instant(row.getString(3)));
    }
}
