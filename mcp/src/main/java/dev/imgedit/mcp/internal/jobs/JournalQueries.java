package dev.imgedit.mcp.internal.jobs;

import dev.imgedit.batch.BatchRecord;
import dev.imgedit.batch.ItemState;
import dev.imgedit.batch.JobHistory;
import dev.imgedit.batch.JobQuery;
import dev.imgedit.batch.JobRecord;
import dev.imgedit.mcp.internal.Arguments;
import dev.imgedit.mcp.internal.ToolContext;
import dev.imgedit.mcp.internal.ToolFailure;
import dev.imgedit.mcp.internal.ToolResults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * {@code get_job} (one journaled job, by the journal's id or the provider's, with its events) and {@code list_jobs}
 * (the jobs most recently changed first, filtered as {@code imgedit jobs} filters). Each answers with the structured
 * content, and the same as JSON text.
 */
final class JournalQueries {
    private final ToolContext context;
    private final JobDescriptions descriptions;
    private final McpJsonMapper json;

    JournalQueries(ToolContext context, McpJsonMapper json) {
        this.context = context;
        this.descriptions = new JobDescriptions(context.secrets());
        this.json = json;
    }

    McpSchema.CallToolResult getJob(McpSyncServerExchange exchange, McpSchema.CallToolRequest request) {
        Arguments arguments = new Arguments(request.arguments());
        try {
            String id = arguments.requiredText("job_id");
            JobHistory history = context.journal().require();
            JobRecord job = JobLookUp.find(history, id, arguments.text("provider"));
            if (job == null) {
                throw new ToolFailure("the job journal knows no job '" + id + "': list_jobs shows the jobs it "
                        + "knows; a job submitted elsewhere is collected with fetch_job and its provider");
            }
            return answer(descriptions.describe(job, batchFolder(history, job.batchId()), history.events(job)));
        } catch (IOException | RuntimeException e) {
            return ToolResults.failure(context.failures().describe(e, null, false));
        }
    }

    McpSchema.CallToolResult listJobs(McpSyncServerExchange exchange, McpSchema.CallToolRequest request) {
        Arguments arguments = new Arguments(request.arguments());
        try {
            ItemState state = state(arguments.text("state"));
            Long limit = arguments.whole("limit", 1, JobTools.MAX_LIMIT);
            JobHistory history = context.journal().require();
            String batch = arguments.text("batch");
            List<JobRecord> jobs = history.jobs(JobQuery.recent(limit == null ? JobTools.DEFAULT_LIMIT
                    : limit.intValue()).withState(state).withBatch(batch == null ? null : batchId(history, batch,
                            context.directories().forCall(exchange).directories())));
            Map<String, @Nullable Path> folders = new HashMap<>();
            Map<String, Object> listing = new LinkedHashMap<>();
            listing.put("jobs", jobs.stream().map(job -> descriptions.describe(job, job.batchId() == null ? null
                    : folders.computeIfAbsent(job.batchId(), id -> batchFolder(history, id)), null)).toList());
            listing.put("problems", history.problems());
            return answer(listing);
        } catch (IOException | RuntimeException e) {
            return ToolResults.failure(context.failures().describe(e, null, false));
        }
    }

    private McpSchema.CallToolResult answer(Map<String, Object> structured) throws IOException {
        return McpSchema.CallToolResult.builder().addTextContent(json.writeValueAsString(structured))
                .structuredContent(structured).isError(false).build();
    }

    /** The output folder of batch {@code batchId}, which its jobs' outputs are relative to; null for none. */
    private static @Nullable Path batchFolder(JobHistory history, @Nullable String batchId) {
        BatchRecord batch = batchId == null ? null : history.findBatch(batchId);
        return batch == null ? null : batch.outputDirectory();
    }

    private static @Nullable ItemState state(@Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            return ItemState.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new ToolFailure("state '" + text + "' is no job state: give one of " + Arrays.stream(
                    ItemState.values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    /**
     * The batch {@code text} names: its id, or its output folder (a relative one from the first open directory, as
     * for every tool).
     */
    private static String batchId(JobHistory history, String text, List<Path> openDirectories) {
        BatchRecord batch = history.findBatch(text);
        if (batch == null) {
            try {
                Path given = Path.of(text);
                Path folder = (given.isAbsolute() || openDirectories.isEmpty() ? given.toAbsolutePath()
                        : openDirectories.get(0).resolve(given)).normalize();
                batch = history.findBatch((Files.exists(folder) ? folder.toRealPath() : folder).toString());
            } catch (IOException | InvalidPathException e) {
                batch = null;
            }
        }
        if (batch == null) {
            throw new ToolFailure("batch '" + text + "' is no batch imgedit ran: give a batch id or output folder "
                    + "that list_jobs shows");
        }
        return batch.id();
    }
}
