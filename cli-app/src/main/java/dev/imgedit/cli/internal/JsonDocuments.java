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

    /**
     * One installed provider; {@code settings} are the names of its secret settings, never their values.
     * {@code unlistedModels} says whether model ids it does not list are sent as given.
     */
    @JsonPropertyOrder({"id", "description", "offline", "configured", "settings", "chosenByDefault",
            "defaultModel", "unlistedModels", "models"})
    public record Provider(
            String id,
            String description,
            boolean offline,
            boolean configured,
            List<String> settings,
            boolean chosenByDefault,
            String defaultModel,
            boolean unlistedModels,
            List<Model> models) {
        public Provider {
            settings = List.copyOf(settings);
            models = List.copyOf(models);
        }
    }

    /** One model of a provider and what it accepts; formats are lower-case names such as {@code png}. */
    @JsonPropertyOrder({"id", "description", "aspectRatios", "maxImages", "inputTypes", "maxInputBytes",
            "maxInputPixels", "outputFormats", "capabilities", "maxJobsInFlight", "options", "passesOtherOptions"})
    public record Model(
            String id,
            String description,
            List<String> aspectRatios,
            int maxImages,
            List<String> inputTypes,
            long maxInputBytes,
            long maxInputPixels,
            List<String> outputFormats,
            List<String> capabilities,
            int maxJobsInFlight,
            List<Option> options,
            boolean passesOtherOptions) {}

    /** A provider-specific option, with what it accepts in words. */
    @JsonPropertyOrder({"name", "type", "accepted", "description"})
    public record Option(String name, String type, String accepted, String description) {}
}
