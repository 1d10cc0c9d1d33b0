package dev.imgedit.mcp.internal.jobs;

import dev.imgedit.batch.ItemState;
import dev.imgedit.mcp.internal.JsonSchemas;
import dev.imgedit.mcp.internal.ToolContext;
import dev.imgedit.mcp.internal.ToolSchemas;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code get_job} and {@code list_jobs}: the job journal, read. They cost nothing and change nothing; every job
 * imgedit journaled for the user is there (this server's, the command line's, every batch's).
 */
public final class JobTools {
    static final String GET_JOB = "get_job";
    static final String LIST_JOBS = "list_jobs";
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 200;

    private JobTools() {}

    public static List<McpServerFeatures.SyncToolSpecification> specifications(ToolContext context,
            McpJsonMapper json, List<String> providerIds) {
        JournalQueries queries = new JournalQueries(context, json);
        return List.of(new McpServerFeatures.SyncToolSpecification(getJob(providerIds), queries::getJob),
                new McpServerFeatures.SyncToolSpecification(listJobs(), queries::listJobs));
    }

    private static McpSchema.Tool getJob(List<String> providerIds) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("job_id", JsonSchemas.with(JsonSchemas.text("The job: the journal's id (list_jobs shows it, "
                + "edit_image returns it as journal_id) or the provider's job id."), "minLength", 1));
        properties.put("provider", JsonSchemas.choice("The provider, where two providers' job ids coincide.",
                providerIds));
        return McpSchema.Tool.builder(GET_JOB, JsonSchemas.object(properties, List.of("job_id")))
                .title("Get a journaled job")
                .description("Everything imgedit's job journal knows of one job: its state, provider, model, "
                        + "prompt, input, outputs, error, timings, events, and what to do next (a job paid for "
                        + "and not collected is fetched with fetch_job). Costs nothing; nothing is sent.")
                .outputSchema(jobSchema(true))
                .annotations(ToolSchemas.Effect.READS.annotations("Get a journaled job"))
                .build();
    }

    private static McpSchema.Tool listJobs() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("state", JsonSchemas.choice("Only jobs in this state. SUBMITTED: accepted (and paid for) "
                + "and not collected; OUTCOME_UNKNOWN: its submit's answer was lost.",
                Arrays.stream(ItemState.values()).map(Enum::name).toList()));
        properties.put("batch", JsonSchemas.text("Only the jobs of this batch: its id (batch_edit returns it) or "
                + "its output folder (a relative one from the first directory open to imgedit)."));
        Map<String, Object> limit = JsonSchemas.whole("At most this many jobs. Default " + DEFAULT_LIMIT + ".", 1,
                MAX_LIMIT);
        limit.put("default", DEFAULT_LIMIT);
        properties.put("limit", limit);
        Map<String, Object> jobs = JsonSchemas.typed("array", "The jobs, most recently changed first.");
        jobs.put("items", jobSchema(false));
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("jobs", jobs);
        output.put("problems", JsonSchemas.typed("array", "Batches whose journal cannot be read any more, one "
                + "line each."));
        return McpSchema.Tool.builder(LIST_JOBS, JsonSchemas.object(properties, List.of()))
                .title("List journaled jobs")
                .description("Lists the jobs in imgedit's job journal, most recently changed first: single edits "
                        + "(this server's and the command line's) and every batch's items, with their state, "
                        + "provider, model, prompt, outputs, error and timings. A SUBMITTED job was paid for and "
                        + "goes on at the provider: fetch_job collects it. Costs nothing; nothing is sent.")
                .outputSchema(JsonSchemas.object(output, List.of("jobs", "problems")))
                .annotations(ToolSchemas.Effect.READS.annotations("List journaled jobs"))
                .build();
    }

    /** A job as {@link JobDescriptions} describes it. */
    private static Map<String, Object> jobSchema(boolean withEvents) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("id", JsonSchemas.text("The journal's id of the job."));
        properties.put("state", JsonSchemas.text("PENDING, SUBMITTING, SUBMITTED, DONE, FAILED or OUTCOME_UNKNOWN."));
        properties.put("provider", JsonSchemas.text("The provider it was sent to."));
        properties.put("model", JsonSchemas.text("The model it ran on."));
        properties.put("job_id", JsonSchemas.text("The provider's job id, once it accepted the job."));
        properties.put("track_id", JsonSchemas.text("The id sent with the submit, to find a job whose answer was "
                + "lost."));
        properties.put("batch_id", JsonSchemas.text("The batch it belongs to."));
        properties.put("input", JsonSchemas.text("The input's path, or its URL."));
        properties.put("prompt", JsonSchemas.text("What was asked."));
        properties.put("aspect_ratio", JsonSchemas.text("The ratio asked for."));
        properties.put("seed", JsonSchemas.typed("integer", "The seed asked for."));
        properties.put("options", JsonSchemas.typed("object", "The provider options asked for."));
        properties.put("planned_output", JsonSchemas.text("Where its result was to be written."));
        properties.put("outputs", JsonSchemas.typed("array", "The files written: path, uri, mime_type, width, "
                + "height, sha256, and whether it still exists."));
        properties.put("error", JsonSchemas.typed("object", "Why it last failed: kind and message."));
        properties.put("submits", JsonSchemas.typed("integer", "How many times it was sent."));
        properties.put("result", JsonSchemas.typed("object", "What the provider said of the result (seed, "
                + "timings)."));
        properties.put("created_at", JsonSchemas.text("When it was journaled, UTC."));
        properties.put("updated_at", JsonSchemas.text("When it last changed."));
        properties.put("submitted_at", JsonSchemas.text("When the provider accepted it."));
        properties.put("finished_at", JsonSchemas.text("When it was done or failed."));
        properties.put("elapsed_ms", JsonSchemas.typed("integer", "From journaled to finished."));
        properties.put("next", JsonSchemas.text("What can be done about it now, when anything is left to do."));
        if (withEvents) {
            properties.put("events", JsonSchemas.typed("array", "Its state changes: at, state, detail."));
        }
        return JsonSchemas.object(properties, List.of("id", "state", "provider", "model", "input", "prompt",
                "outputs", "submits", "created_at", "updated_at"));
    }
}
