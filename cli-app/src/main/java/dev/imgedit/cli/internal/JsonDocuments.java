package dev.imgedit.cli.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The shapes of {@code --json} output that {@code edit} and {@code fetch} print, and the failure object every command
 * prints; documented in docs/cli.md. Absent values are left out, never null.
 */
public final class JsonDocuments {
    private JsonDocuments() {}

    /**
     * What {@code edit} and {@code fetch} print: one object, whatever happened. {@code journalId} is the user
     * journal's id of the job; {@code metadata} is what the provider said about a finished edit (model, seed, cost,
     * ...), left out when it said nothing.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"provider", "jobId", "journalId", "status", "outputs", "elapsedMs", "fetchCommand", "error",
            "metadata"})
    public record JobReport(
            @Nullable String provider,
            @Nullable String jobId,
            @Nullable String journalId,
            String status,
            List<Output> outputs,
            long elapsedMs,
            @Nullable String fetchCommand,
            @Nullable Failure error,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> metadata) {

        public static final String SUCCEEDED = "succeeded";
        public static final String PROCESSING = "processing";
        public static final String FAILED = "failed";

        public JobReport {
            outputs = List.copyOf(outputs);
            metadata = Map.copyOf(metadata);
        }

        /** A report without metadata: a job not finished, or a failure. */
        public JobReport(@Nullable String provider, @Nullable String jobId, @Nullable String journalId, String status,
                List<Output> outputs, long elapsedMs, @Nullable String fetchCommand, @Nullable Failure error) {
            this(provider, jobId, journalId, status, outputs, elapsedMs, fetchCommand, error, Map.of());
        }
    }

    /** One written image. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"path", "url", "width", "height", "mimeType", "bytes"})
    public record Output(String path, @Nullable String url, int width, int height, String mimeType, long bytes) {}

    /** Why a command failed: {@code kind} is core's ErrorKind name, or USAGE, LOCAL_IO, INTERNAL_ERROR. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"kind", "message", "exitCode", "jobId"})
    public record Failure(String kind, String message, int exitCode, @Nullable String jobId) {}
}
