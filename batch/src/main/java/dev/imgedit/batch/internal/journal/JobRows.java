package dev.imgedit.batch.internal.journal;

import dev.imgedit.ImageType;
import dev.imgedit.batch.ItemFailure;
import dev.imgedit.batch.ItemState;
import dev.imgedit.batch.JobRecord;
import dev.imgedit.batch.JobRequest;
import dev.imgedit.batch.OutputFile;
import dev.imgedit.batch.internal.TextMaps;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Jobs to rows and back. Times are stored as fixed-width UTC text, so they sort as text and read well in sqlite3. */
final class JobRows {
    static final String COLUMNS = "id, batch_id, position, item_key, provider, model, input, input_location, "
            + "input_sha256, input_type, prompt, aspect_ratio, seed, options, output_stem, track_id, job_id, state, "
            + "error_kind, error_message, submits, result, created_at, updated_at, submitted_at, finished_at";

    static final String INSERT = "INSERT INTO jobs (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** The columns a state change may touch; what was asked never changes. */
    static final String UPDATE = "UPDATE jobs SET output_stem = ?, track_id = ?, job_id = ?, state = ?, "
            + "error_kind = ?, error_message = ?, submits = ?, result = ?, updated_at = ?, submitted_at = ?, "
            + "finished_at = ? WHERE id = ?";

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private JobRows() {}

    static void bindInsert(PreparedStatement insert, JobRecord job) throws SQLException {
        JobRequest request = job.request();
        insert.setString(1, job.id());
        insert.setString(2, job.batchId());
        insert.setInt(3, job.position());
        insert.setString(4, request.key());
        insert.setString(5, request.provider());
        insert.setString(6, request.model());
        insert.setString(7, request.input());
        insert.setString(8, request.inputLocation());
        insert.setString(9, request.inputSha256());
        insert.setString(10, request.inputType() == null ? null : request.inputType().name());
        insert.setString(11, request.prompt());
        insert.setString(12, request.aspectRatio());
        setLong(insert, 13, request.seed());
        insert.setString(14, TextMaps.write(request.options()));
        bindChange(insert, 15, job, true);
    }

    static void bindUpdate(PreparedStatement update, JobRecord job) throws SQLException {
        bindChange(update, 1, job, false);
        update.setString(12, job.id());
    }

    /** The changing columns, in the order both statements list them from {@code first} on. */
    private static void bindChange(PreparedStatement statement, int first, JobRecord job, boolean insert)
            throws SQLException {
        int column = first;
        statement.setString(column++, job.outputStem());
        statement.setString(column++, job.trackId());
        statement.setString(column++, job.jobId());
        statement.setString(column++, job.state().name());
        ItemFailure failure = job.failure();
        statement.setString(column++, failure == null ? null : failure.kind());
        statement.setString(column++, failure == null ? null : failure.message());
        statement.setInt(column++, job.submits());
        statement.setString(column++, TextMaps.write(job.result()));
        if (insert) {
            statement.setString(column++, time(job.createdAt()));
        }
        statement.setString(column++, time(job.updatedAt()));
        statement.setString(column++, time(job.submittedAt()));
        statement.setString(column, time(job.finishedAt()));
    }

    static JobRecord read(ResultSet row, List<OutputFile> outputs) throws SQLException {
        String inputType = row.getString("input_type");
        long seed = row.getLong("seed");
        @Nullable Long seedOrNull = row.wasNull() ? null : seed;
        JobRequest request = new JobRequest(row.getString("item_key"), row.getString("provider"),
                row.getString("model"), row.getString("input"), row.getString("input_location"),
                row.getString("input_sha256"), inputType == null ? null : ImageType.valueOf(inputType),
                row.getString("prompt"), row.getString("aspect_ratio"), seedOrNull,
                TextMaps.read(row.getString("options")));
        String errorKind = row.getString("error_kind");
        ItemFailure failure = errorKind == null ? null
                : new ItemFailure(errorKind, String.valueOf(row.getString("error_message")));
        return new JobRecord(row.getString("id"), row.getString("batch_id"), row.getInt("position"), request,
                row.getString("output_stem"), row.getString("track_id"), row.getString("job_id"),
                ItemState.valueOf(row.getString("state")), failure, row.getInt("submits"), outputs,
                TextMaps.read(row.getString("result")), instant(row.getString("created_at")),
                instant(row.getString("updated_at")), instantOrNull(row.getString("submitted_at")),
                instantOrNull(row.getString("finished_at")));
    }

    static OutputFile readOutput(ResultSet row) throws SQLException {
        return new OutputFile(row.getString("path"), row.getString("sha256"), ImageType.valueOf(row.getString("type")),
                row.getInt("width"), row.getInt("height"));
    }

    static @Nullable String time(@Nullable Instant instant) {
        return instant == null ? null : TIME.format(instant);
    }

    static Instant instant(String text) {
        return Instant.parse(text);
    }

    private static @Nullable Instant instantOrNull(@Nullable String text) {
        return text == null ? null : Instant.parse(text);
    }

    private static void setLong(PreparedStatement statement, int column, @Nullable Long value) throws SQLException {
        if (value == null) {
            statement.setNull(column, Types.INTEGER);
        } else {
            statement.setLong(column, value);
        }
    }
}
