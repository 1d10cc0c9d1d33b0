package dev.imgedit.batch.internal.journal;

import dev.imgedit.batch.JobRecord;
import dev.imgedit.batch.OutputFile;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * A job's rows as a change writes them, in the caller's transaction: the job, its outputs (replaced whole) and the
 * event saying what happened, together.
 */
final class JobWrites {
    private JobWrites() {}

    /** Inserts new jobs, each with {@code event} as its first event. */
    static void add(Connection connection, List<JobRecord> jobs, String event) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(JobRows.INSERT)) {
            for (JobRecord job : jobs) {
                JobRows.bindInsert(insert, job);
                insert.executeUpdate();
            }
        }
        for (JobRecord job : jobs) {
            replaceOutputs(connection, job);
            insertEvent(connection, job, event);
        }
    }

    /**
     * Writes a job's change (found by its id) with the event saying what happened.
     *
     * @return whether the job was there to change; nothing is written when it was not
     */
    static boolean update(Connection connection, JobRecord job, String event) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(JobRows.UPDATE)) {
            JobRows.bindUpdate(update, job);
            if (update.executeUpdate() != 1) {
                return false;
            }
        }
        replaceOutputs(connection, job);
        insertEvent(connection, job, event);
        return true;
    }

    private static void replaceOutputs(Connection connection, JobRecord job) throws SQLException {
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

    private static void insertEvent(Connection connection, JobRecord job, String detail) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO events (job_id, at, state, detail) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, job.id());
            insert.setString(2, JobRows.time(job.updatedAt()));
            insert.setString(3, job.state().name());
            insert.setString(4, detail);
            insert.executeUpdate();
        }
    }
}
