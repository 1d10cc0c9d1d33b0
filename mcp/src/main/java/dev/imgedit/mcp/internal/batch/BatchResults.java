package dev.imgedit.mcp.internal.batch;

import dev.imgedit.ImageBytes;
import dev.imgedit.ImageType;
import dev.imgedit.batch.BatchSummary;
import dev.imgedit.batch.ItemReport;
import dev.imgedit.batch.ItemState;
import dev.imgedit.mcp.internal.Secrets;
import dev.imgedit.mcp.internal.ToolResults;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a {@code batch_edit} call ended, as an agent reads it: the counts in a sentence, what to do about what is left,
 * a link to the gallery, and a few outputs with their previews, never every image (a batch may hold hundreds); the
 * same facts, and the failures, as structured content.
 */
final class BatchResults {
    /** Previews of this many outputs at most: enough to judge the batch by, a few kilobytes each. */
    static final int MAX_PREVIEWS = 4;
    /** Failures listed one by one at most; the rest are in the counts, the gallery and list_jobs. */
    static final int MAX_FAILURES_LISTED = 20;

    private static final Logger LOG = LoggerFactory.getLogger(BatchResults.class);

    private final Secrets secrets;

    BatchResults(Secrets secrets) {
        this.secrets = secrets;
    }

    /**
     * @param notices what the agent should know about how the call was read (the offline provider used)
     * @param timedOut whether the call's time ran out, which stopped the run
     */
    McpSchema.CallToolResult of(BatchSummary summary, String providerId, String modelId, List<String> notices,
            boolean timedOut) {
        List<McpSchema.Content> content = new ArrayList<>();
        content.add(new McpSchema.TextContent(sentence(summary, providerId, notices, timedOut)));
        if (summary.gallery() != null) {
            content.add(McpSchema.ResourceLink.builder().uri(summary.gallery().toUri().toString())
                    .name(String.valueOf(summary.gallery().getFileName())).mimeType("text/html")
                    .description("The batch's before/after gallery: every item, its input, output and state")
                    .build());
        }
        for (Path output : previewed(summary)) {
            preview(output, content);
        }
        return McpSchema.CallToolResult.builder().content(content)
                .structuredContent(structured(summary, providerId, modelId, notices, timedOut)).isError(false)
                .build();
    }

    private String sentence(BatchSummary summary, String providerId, List<String> notices, boolean timedOut) {
        StringBuilder text = new StringBuilder("Batch ").append(summary.batchId()).append(": ")
                .append(summary.counts()).append(". Outputs in ").append(summary.outputDirectory());
        if (summary.gallery() != null) {
            text.append("; gallery ").append(summary.gallery());
        }
        text.append('.');
        for (ItemReport lost : summary.outcomeUnknown()) {
            text.append(" Outcome unknown: ").append(lost.input()).append(" was sent with track id ")
                    .append(lost.trackId()).append(" and may have been accepted (and charged): look for it with "
                            + "provider ").append(providerId).append('.');
        }
        String stopped = stoppedBecause(summary, timedOut);
        if (stopped != null) {
            text.append(" Stopped early: ").append(stopped).append("; call batch_edit again with the same "
                    + "arguments to go on: nothing done or submitted is paid again.");
        }
        failures(summary).stream().limit(MAX_FAILURES_LISTED).forEach(failure -> text.append(" Failed: ")
                .append(failure.get("input")).append(": ").append(failure.get("kind")).append(": ")
                .append(failure.get("message")).append('.'));
        notices.forEach(notice -> text.append(' ').append(ToolResults.capitalized(notice)).append('.'));
        summary.warnings().forEach(warning -> text.append(" Warning: ").append(secrets.hide(warning)).append('.'));
        return text.toString();
    }

    private @Nullable String stoppedBecause(BatchSummary summary, boolean timedOut) {
        if (timedOut && summary.unfinished() > 0) {
            return "the call's time (timeout_seconds) ran out; jobs in flight go on at the provider";
        }
        return summary.stoppedBecause() == null ? null : secrets.hide(summary.stoppedBecause());
    }

    private Map<String, Object> structured(BatchSummary summary, String providerId, String modelId,
            List<String> notices, boolean timedOut) {
        Map<String, Object> structured = new LinkedHashMap<>();
        structured.put("batch_id", summary.batchId());
        structured.put("output_folder", summary.outputDirectory().toString());
        if (summary.gallery() != null) {
            structured.put("gallery", summary.gallery().toString());
        }
        structured.put("provider", providerId);
        structured.put("model", modelId);
        structured.put("total", summary.items().size());
        structured.put("done", summary.done());
        structured.put("skipped", summary.skipped());
        structured.put("failed", summary.failed());
        structured.put("failed_by_kind", summary.failedByKind());
        structured.put("outcome_unknown", summary.outcomeUnknown().stream()
                .map(item -> Map.of("input", item.input(), "track_id", String.valueOf(item.trackId()))).toList());
        structured.put("unfinished", summary.unfinished());
        structured.put("all_done", summary.allDone());
        String stopped = stoppedBecause(summary, timedOut);
        if (stopped != null) {
            structured.put("stopped_because", stopped);
        }
        structured.put("elapsed_ms", summary.wallTime().toMillis());
        structured.put("failures", failures(summary).stream().limit(MAX_FAILURES_LISTED).toList());
        structured.put("warnings", summary.warnings().stream().map(secrets::hide).toList());
        structured.put("notices", notices);
        return structured;
    }

    private List<Map<String, Object>> failures(BatchSummary summary) {
        return summary.items().stream()
                .filter(item -> item.state() != ItemState.DONE && item.state() != ItemState.OUTCOME_UNKNOWN)
                .filter(item -> item.failure() != null)
                .map(item -> {
                    Map<String, Object> failure = new LinkedHashMap<>();
                    failure.put("input", item.input());
                    failure.put("kind", item.failure().kind());
                    failure.put("message", secrets.hide(item.failure().message()));
                    return failure;
                })
                .toList();
    }

    /** The first outputs of the items done, this call's first. */
    private static List<Path> previewed(BatchSummary summary) {
        List<Path> outputs = new ArrayList<>();
        for (boolean earlier : new boolean[] {false, true}) {
            summary.items().stream().filter(item -> item.state() == ItemState.DONE && item.earlierRun() == earlier)
                    .filter(item -> !item.outputs().isEmpty()).map(item -> item.outputs().get(0))
                    .forEach(outputs::add);
        }
        return outputs.stream().limit(MAX_PREVIEWS).toList();
    }

    private static void preview(Path output, List<McpSchema.Content> content) {
        try {
            ImageBytes bytes = ImageBytes.adopt(Files.readAllBytes(output));
            ImageType type = ImageType.detect(bytes.head(12)).orElse(null);
            content.add(McpSchema.ResourceLink.builder().uri(output.toUri().toString())
                    .name(String.valueOf(output.getFileName())).mimeType(type == null ? null : type.mimeType())
                    .size((long) bytes.size()).description("An output of the batch, previewed below").build());
            ToolResults.preview(bytes, output.toString()).ifPresent(content::add);
        } catch (IOException e) {
            LOG.warn("no preview of {}: {}", output, e.getMessage());
        }
    }
}
