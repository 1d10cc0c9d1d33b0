package dev.imgedit.mcp.internal.batch;

import dev.imgedit.ProviderInfo;
import dev.imgedit.mcp.internal.JsonSchemas;
import dev.imgedit.mcp.internal.ToolContext;
import dev.imgedit.mcp.internal.ToolSchemas;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** {@code batch_edit}: many images, one prompt, through the batch engine. */
public final class BatchTools {
    static final String BATCH_EDIT = "batch_edit";
    static final int MAX_CONCURRENCY = 32;

    private BatchTools() {}

    public static McpServerFeatures.SyncToolSpecification specification(ToolContext context,
            List<ProviderInfo> providers) {
        BatchEditTool tool = new BatchEditTool(context);
        return new McpServerFeatures.SyncToolSpecification(batchEdit(providers, context.pool().defaultId()),
                tool::call);
    }

    private static McpSchema.Tool batchEdit(List<ProviderInfo> providers, @Nullable String defaultProvider) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("folder", JsonSchemas.text("A folder inside the directories open to imgedit: every PNG, "
                + "JPEG and WebP image under it is edited (hidden files and folders left out). Give this or "
                + "images."));
        properties.put("glob", JsonSchemas.text("With folder: only the files matching this pattern, such as "
                + "*.jpg (file names at any depth) or 2024/**.png (paths under the folder)."));
        properties.put("images", JsonSchemas.texts("The images to edit, paths inside the directories open to "
                + "imgedit. Give this or folder.", 10_000));
        properties.put("prompt", JsonSchemas.with(JsonSchemas.with(JsonSchemas.text("What to change in every "
                + "image, such as \"on a plain white background\"."), "minLength", 1), "maxLength", 2000));
        properties.put("output_folder", JsonSchemas.with(JsonSchemas.text("Where the results go (created when "
                + "missing), inside the directories open to imgedit, with the inputs' names and sub-folders, beside "
                + "a before/after gallery (index.html) and the batch's journal (.imgedit/). A file imgedit did not "
                + "write there is never replaced."), "minLength", 1));
        ToolSchemas.putEditKnobs(properties, providers, defaultProvider);
        properties.put("concurrency", JsonSchemas.whole("The most jobs at the provider at once. Default: the "
                + "model's own limit (see list_providers).", 1, MAX_CONCURRENCY));
        properties.put("timeout_seconds", ToolSchemas.timeoutSchema("what is not done by then is left for the "
                + "same call again, which goes on where this one stopped (jobs in flight go on at the provider)."));
        return McpSchema.Tool.builder(BATCH_EDIT, JsonSchemas.object(properties, List.of("prompt",
                        "output_folder")))
                .title("Edit many images")
                .description("Edits every image of a folder, or a list of images, with one prompt, through the "
                        + "batch engine: at most the model's limit of paid jobs at once, one item's failure never "
                        + "stops the others, and every job is journaled in the output folder, so that calling "
                        + "again with the same arguments goes on where a call stopped (its time ran out, the "
                        + "server stopped) and never pays for an item twice. Sends progress as items finish; "
                        + "returns the counts, the failures, a link to the gallery and a few previews. list_jobs "
                        + "with the batch id lists every item.")
                .outputSchema(summarySchema())
                .annotations(ToolSchemas.Effect.PAYS_ONCE.annotations("Edit many images"))
                .build();
    }

    private static Map<String, Object> summarySchema() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("batch_id", JsonSchemas.text("The batch's id, for list_jobs."));
        properties.put("output_folder", JsonSchemas.text("Where the outputs are."));
        properties.put("gallery", JsonSchemas.text("The before/after gallery, index.html."));
        properties.put("provider", JsonSchemas.text("The provider every item ran on."));
        properties.put("model", JsonSchemas.text("The model every item ran on."));
        properties.put("total", JsonSchemas.typed("integer", "The items of the batch."));
        properties.put("done", JsonSchemas.typed("integer", "Items done in this call."));
        properties.put("skipped", JsonSchemas.typed("integer", "Items done in an earlier run, left as they were."));
        properties.put("failed", JsonSchemas.typed("integer", "Items that failed."));
        properties.put("failed_by_kind", JsonSchemas.typed("object", "Failed items by error kind."));
        properties.put("outcome_unknown", JsonSchemas.typed("array", "Items whose submit's answer was lost: input "
                + "and track_id, to look for with the provider."));
        properties.put("unfinished", JsonSchemas.typed("integer", "Items left for the next call."));
        properties.put("all_done", JsonSchemas.typed("boolean", "Whether every item has its output."));
        properties.put("stopped_because", JsonSchemas.text("Why the call stopped before every item was tried."));
        properties.put("elapsed_ms", JsonSchemas.typed("integer", "How long the call ran."));
        properties.put("failures", JsonSchemas.typed("array", "The first failed items: input, kind, message."));
        properties.put("warnings", JsonSchemas.typed("array", "What went wrong without failing an item."));
        properties.put("notices", JsonSchemas.typed("array", "What to know about how the call was read."));
        return JsonSchemas.object(properties, List.of("batch_id", "output_folder", "provider", "model", "total",
                "done", "skipped", "failed", "unfinished", "all_done", "elapsed_ms"));
    }
}
