package dev.imgedit.mcp.internal.edit;

import dev.imgedit.Capability;
import dev.imgedit.ModelInfo;
import dev.imgedit.ProviderInfo;
import dev.imgedit.mcp.internal.JsonSchemas;
import dev.imgedit.mcp.internal.ToolSchemas;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The single-edit tools as the client sees them: names, descriptions, annotations, and input schemas built from what
 * the installed providers' models take (ids, ratios, how many references, output formats), so that an agent is told
 * the choices before it makes one.
 */
final class EditToolCatalog {
    static final String EDIT_IMAGE = "edit_image";
    static final String FETCH_JOB = "fetch_job";
    static final String LIST_PROVIDERS = "list_providers";

    private EditToolCatalog() {}

    static McpSchema.Tool editImage(List<ProviderInfo> providers, @Nullable String defaultProvider) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("image", JsonSchemas.with(JsonSchemas.text("The image to edit: a path to a local PNG, JPEG "
                + "or WebP file (or a file: URI) inside the directories open to imgedit, or an http(s) URL."),
                "minLength", 1));
        properties.put("prompt", JsonSchemas.with(JsonSchemas.with(JsonSchemas.text("What to change, in words, "
                + "such as \"make it snow\"."), "minLength", 1), "maxLength", 2000));
        int maxReferences = providers.stream().flatMap(info -> info.models().stream())
                .mapToInt(model -> model.maxImages() - 1).max().orElse(0);
        if (maxReferences > 0) {
            properties.put("references", JsonSchemas.texts("Reference images (a style, a face, an object to put "
                    + "in), paths or URLs as for image, in the order the prompt refers to them; at most "
                    + maxReferences + ", fewer for some models (see list_providers).", maxReferences));
        }
        ToolSchemas.putEditKnobs(properties, providers, defaultProvider);
        properties.put("output", JsonSchemas.text("Where to write the result, inside the directories open to "
                + "imgedit; a relative path starts from the first of them. Default: next to a local input as "
                + "NAME.edited.EXT (numbered if taken), else in the first open directory. An existing file is "
                + "replaced only if imgedit wrote it."));
        properties.put("output_format", ToolSchemas.outputFormatSchema(providers));
        properties.put("timeout_seconds", ToolSchemas.timeoutSchema("the job goes on either way, and the error "
                + "names it for fetch_job."));
        properties.put("idempotency_key", idempotencyKeySchema());
        return McpSchema.Tool.builder(EDIT_IMAGE, JsonSchemas.object(properties, List.of("image", "prompt")))
                .title("Edit an image")
                .description("Edits an image as the prompt says with an AI image-editing service, waits for the "
                        + "result, writes it to a file and returns its path, a link to it and a small preview. "
                        + "Each call submits a paid job, recorded in imgedit's job journal: pass an "
                        + "idempotency_key and repeat it when retrying (even after a restart), so that a retry "
                        + "never pays twice. A job not done within timeout_seconds goes on: the error names its "
                        + "job id for fetch_job. Models: " + modelSummary(providers))
                .outputSchema(jobOutputSchema())
                .annotations(ToolSchemas.Effect.PAYS.annotations("Edit an image"))
                .build();
    }

    static McpSchema.Tool fetchJob(List<ProviderInfo> providers) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("job_id", JsonSchemas.with(JsonSchemas.text("The job: the provider's job id that "
                + "edit_image named, or the journal's id that list_jobs and get_job show."), "minLength", 1));
        properties.put("provider", JsonSchemas.choice("The provider that runs the job; needed only for a job "
                + "the journal does not know.", ToolSchemas.ids(providers)));
        properties.put("output", JsonSchemas.text("Where to write the result, as for edit_image. Default: where "
                + "the job's edit meant to write it, when that is free and open to imgedit, else JOB_ID.edited.EXT "
                + "in the first directory open to imgedit."));
        properties.put("output_format", ToolSchemas.outputFormatSchema(providers));
        properties.put("timeout_seconds", ToolSchemas.timeoutSchema("the job goes on either way."));
        return McpSchema.Tool.builder(FETCH_JOB, JsonSchemas.object(properties, List.of("job_id")))
                .title("Fetch an edit job")
                .description("Waits for a job submitted earlier (one whose edit_image call timed out, or whose "
                        + "server stopped; list_jobs shows them) and writes its result, as edit_image would have. "
                        + "Nothing is submitted or paid again.")
                .outputSchema(jobOutputSchema())
                .annotations(ToolSchemas.Effect.COLLECTS.annotations("Fetch an edit job"))
                .build();
    }

    static McpSchema.Tool listProviders() {
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("providers", JsonSchemas.typed("array", "The installed providers, each with its models."));
        return McpSchema.Tool.builder(LIST_PROVIDERS, JsonSchemas.object(new LinkedHashMap<>(), List.of()))
                .title("List image-editing providers")
                .description("Lists the installed providers, whether each is configured (its key set), and what "
                        + "each model takes: aspect ratios, reference images, input formats and limits, seed, "
                        + "output formats and options. Costs nothing.")
                .outputSchema(JsonSchemas.object(output, List.of("providers")))
                .annotations(ToolSchemas.Effect.READS.annotations("List image-editing providers"))
                .build();
    }

    /** What edit_image and fetch_job return as structured content. */
    static Map<String, Object> jobOutputSchema() {
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("path", JsonSchemas.text("The written file."));
        output.put("uri", JsonSchemas.text("The written file as a file: URI."));
        output.put("mime_type", JsonSchemas.text("image/png, image/jpeg or image/webp."));
        output.put("width", JsonSchemas.typed("integer", "In pixels."));
        output.put("height", JsonSchemas.typed("integer", "In pixels."));
        output.put("bytes", JsonSchemas.typed("integer", "The file's size."));
        Map<String, Object> outputs = JsonSchemas.typed("array", "The written images, the first being the main one.");
        outputs.put("items", JsonSchemas.object(output, List.of("path", "uri", "mime_type", "width", "height",
                "bytes")));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("provider", JsonSchemas.text("The provider that ran the job."));
        properties.put("model", JsonSchemas.typed("string", "The model that ran it, where known."));
        properties.put("job_id", JsonSchemas.text("The provider's job id."));
        properties.put("journal_id", JsonSchemas.typed("string", "The job journal's id of the job, for get_job "
                + "and fetch_job, where it was journaled."));
        properties.put("seed", JsonSchemas.typed("integer", "The seed used, where known."));
        properties.put("elapsed_ms", JsonSchemas.typed("integer", "From submit (or fetch) to the file written."));
        properties.put("outputs", outputs);
        properties.put("notices", JsonSchemas.typed("array", "What to know about how the request was read."));
        return JsonSchemas.object(properties, List.of("provider", "job_id", "elapsed_ms", "outputs"));
    }

    private static Map<String, Object> idempotencyKeySchema() {
        Map<String, Object> schema = JsonSchemas.text("A key of your choosing for this edit (1 to 64 letters, "
                + "digits, '.', '_', ':' or '-'). Calling again with the same key and the same edit (image, "
                + "references, prompt, provider, model, ratio, seed, options, format) never submits a second paid "
                + "job, even after the server restarted: it returns the first call's result, or waits for its job. "
                + "The same key with another edit is another edit.");
        schema.put("pattern", KeyedEdits.PATTERN.pattern());
        return schema;
    }

    /** One line per model: {@code fake/fake-1 (default): ratios 21:9..9:21, 3 references, seed, png, jpeg}. */
    private static String modelSummary(List<ProviderInfo> providers) {
        List<String> lines = new ArrayList<>();
        for (ProviderInfo info : providers) {
            for (ModelInfo model : info.models()) {
                List<String> traits = new ArrayList<>();
                if (!model.aspectRatios().isEmpty()) {
                    traits.add(model.aspectRatios().size() + " aspect ratios");
                }
                traits.add((model.maxImages() - 1) + " references");
                if (model.supports(Capability.SEED)) {
                    traits.add("seed");
                }
                if (!model.outputFormats().isEmpty()) {
                    traits.add(model.outputFormats().stream().map(ToolSchemas::formatName)
                            .collect(Collectors.joining("/")) + " out");
                }
                lines.add(info.id() + "/" + model.id() + (model.equals(info.defaultModel()) ? " (default)" : "")
                        + ": " + String.join(", ", traits));
            }
        }
        return String.join("; ", lines) + ". See list_providers for details.";
    }
}
