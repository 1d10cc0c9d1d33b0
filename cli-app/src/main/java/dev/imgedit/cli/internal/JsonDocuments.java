package dev.imgedit.cli.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The shapes of {@code --json} output, documented in docs/cli.md. Absent values are left out, never null. */
public final class JsonDocuments {
    private JsonDocuments() {}

    /** What {@code edit} and {@code fetch} print: one object, whatever happened. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"provider", "jobId", "status", "outputs", "elapsedMs", "fetchCommand", "error"})
    public record JobReport(
            @Nullable String provider,
            @Nullable String jobId,
            String status,
            List<Output> outputs,
            long elapsedMs,
            @Nullable String fetchCommand,
            @Nullable Failure error) {

        public static final String SUCCEEDED = "succeeded";
        public static final String PROCESSING = "processing";
        public static final String FAILED = "failed";

        public JobReport {
            outputs = List.copyOf(outputs);
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

    /** What {@code providers --json} prints. */
    public record ProviderList(List<Provider> providers) {
        public ProviderList {
            providers = List.copyOf(providers);
        }
    }

    /** One installed provider; {@code settings} are the names of its secret settings, never their values. */
    @JsonPropertyOrder({"id", "description", "model", "aspectRatios", "inputTypes", "maxInputBytes",
            "maxJobsInFlight", "capabilities", "configured", "settings", "chosenByDefault"})
    public record Provider(
            String id,
            String description,
            String model,
            List<String> aspectRatios,
            List<String> inputTypes,
            long maxInputBytes,
            int maxJobsInFlight,
            List<String> capabilities,
            boolean configured,
            List<String> settings,
            boolean chosenByDefault) {}
}
