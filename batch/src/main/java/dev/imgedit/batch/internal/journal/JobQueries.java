package dev.imgedit.batch.internal.journal;

import dev.imgedit.batch.ItemState;
import dev.imgedit.batch.JobEvent;
import dev.imgedit.batch.JobQuery;
import dev.imgedit.batch.JobRecord;
import dev.imgedit.batch.OutputFile;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Jobs, with their outputs, and their events as a read finds them, in the caller's transaction. */
final class JobQueries {
    private JobQueries() {}

    /** A job by the journal's id, or null. */
    static @Nullable JobRecord find(Connection connection, String id) throws SQLException {
        List<JobRecord> found = select(connection, "WHERE id = ?", List.of(id), 1);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The jobs that pass the query's filters, most recently changed first. */
    static List<JobRecord> jobs(Connection connection, JobQuery query) throws SQLException {
        StringBuilder where = new StringBuilder("WHERE 1 = 1");
        List<String> values = new ArrayList<>();
        filter(where, values, "state", query.state() == null ? null : query.state().name());
        filter(where, values, "batch_id", query.batchId());
        filter(where, values, "job_id", query.jobId());
        filter(where, values, "item_key", query.key());
        return select(connection, where.toString(), values, query.limit());
    }

    /** A job's events, oldest first. */
    static List<JobEvent> events(Connection connection, String jobId) throws SQLException {
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
    }

    private static void filter(StringBuilder where, List<String> values, String column, @Nullable String value) {
        if (value != null) {
            where.append(" AND ").append(column).append(" = ?");
            values.add(value);
        }
    }

    private static List<JobRecord> select(Connection connection, String where, List<String> values, int limit)
            throws SQLException {
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
                    jobs.add(JobRows.read(rows, outputs(connection, rows.getString("id"))));
                }
            }
        }
        return jobs;
    }

    private static List<OutputFile> outputs(Connection connection, String jobId) throws SQLException {
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
}
