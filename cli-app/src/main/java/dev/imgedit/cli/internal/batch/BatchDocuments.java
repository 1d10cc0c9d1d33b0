package dev.imgedit.cli.internal.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The {@code --json} shape of {@code imgedit batch}, documented in docs/cli.md; absent values are left out. */
final class BatchDocuments {
    private BatchDocuments() {}

    /** Every item did end with its output. */
    static final String SUCCEEDED = "succeeded";
    /** Some items did not: the batch can be run again to go on. */
    static final String INCOMPLETE = "incomplete";

    /** The summary: one object. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"status", "batchId", "outputDirectory", "provider", "model", "total", "done", "skipped",
            "failed", "failedByKind", "outcomeUnknown", "unfinished", "wallTimeMs", "gallery", "stoppedBecause",
            "warnings", "items"})
    record Summary(
            String status,
            String batchId,
            String outputDirectory,
            String provider,
            String model,
            int total,
            int done,
            int skipped,
            int failed,
            Map<String, Integer> failedByKind,
            int outcomeUnknown,
            int unfinished,
            long wallTimeMs,
            @Nullable String gallery,
            @Nullable String stoppedBecause,
            List<String> warnings,
            List<Item> items) {}

    /** One item: its outputs are absolute paths. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"journalId", "input", "state", "earlierRun", "outputs", "jobId", "trackId", "error"})
    record Item(
            String journalId,
            String input,
            String state,
            boolean earlierRun,
            List<String> outputs,
            @Nullable String jobId,
            @Nullable String trackId,
            @Nullable Error error) {}

    /** Why an item did not end with its output. */
    record Error(String kind, String message) {}
}
