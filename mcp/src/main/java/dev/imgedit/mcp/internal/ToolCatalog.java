package dev.imgedit.mcp.internal;

import dev.imgedit.AspectRatio;
import dev.imgedit.Capability;
import dev.imgedit.ImageType;
import dev.imgedit.ModelInfo;
import dev.imgedit.ProviderInfo;
import dev.imgedit.imaging.ImageConversion;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The server's tools as the client sees them: names, descriptions, annotations, and input schemas built from what the
 * installed providers' models take (ids, ratios, how many references, output formats), so that an agent is told the
 * choices before it makes one.
 */
final class ToolCatalog {
    static final String EDIT_IMAGE = "edit_image";
    static final String FETCH_JOB = "fetch_job";
    static final String LIST_PROVIDERS = "list_providers";

    /** Many clients give a tool call 60 seconds; a job not done by then is left to fetch_job. */
    static final int DEFAULT_TIMEOUT_SECONDS = 50;
    static final int MAX_TIMEOUT_SECONDS = 600;

    /** The largest whole number a JSON client holds exactly (2^53 - 1). */
    static final long MAX_SEED = 9_007_199_254_740_991L;

    private ToolCatalog() {}

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
        properties.put("provider", JsonSchemas.choice("The provider to edit with"
                + (defaultProvider == null ? "." : "; default: " + defaultProvider + "."), ids(providers)));
        properties.put("model", modelSchema(providers));
        Set<String> ratios = ratios(providers);
        if (!ratios.isEmpty()) {
            properties.put("aspect_ratio", JsonSchemas.choice("The output's aspect ratio; default: the model's "
                    + "choice, usually the input's.", ratios));
        }
        if (providers.stream().flatMap(info -> info.models().stream()).anyMatch(m -> m.supports(Capability.SEED))) {
            properties.put("seed", JsonSchemas.whole("A seed for a repeatable result, where the model takes one.",
                    0, MAX_SEED));
        }
        Map<String, Object> options = JsonSchemas.typed("object", "The model's own options by name, such as "
                + "{\"quality\": \"high\"}: see list_providers for what each model takes.");
        options.put("additionalProperties", Map.of("type", List.of("string", "number", "boolean")));
        properties.put("options", options);
        properties.put("output", JsonSchemas.text("Where to write the result, inside the directories open to "
                + "imgedit; a relative path starts from the first of them. Default: next to a local input as "
                + "NAME.edited.EXT (numbered if taken), else in the first open directory. An existing file is "
                + "replaced only if imgedit wrote it."));
        properties.put("output_format", outputFormatSchema(providers));
        properties.put("timeout_seconds", timeoutSchema());
        properties.put("idempotency_key", idempotencyKeySchema());
        return McpSchema.Tool.builder(EDIT_IMAGE, JsonSchemas.object(properties, List.of("image", "prompt")))
                .title("Edit an image")
                .description("Edits an image as the prompt says with an AI image-editing service, waits for the "
                        + "result, writes it to a file and returns its path, a link to it and a small preview. "
                        + "Each call submits a paid job: pass an idempotency_key and repeat it when retrying, so "
                        + "that a retry never pays twice. A job not done within timeout_seconds goes on: the "
                        + "error names its job id for fetch_job. Models: " + modelSummary(providers))
                .outputSchema(jobOutputSchema())
                .annotations(McpSchema.ToolAnnotations.builder().title("Edit an image").readOnlyHint(false)
                        .destructiveHint(true).idempotentHint(false).openWorldHint(true).build())
                .build();
    }

    static McpSchema.Tool fetchJob(List<ProviderInfo> providers) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("provider", JsonSchemas.choice("The provider that runs the job, as edit_image named it.",
                ids(providers)));
        properties.put("job_id", JsonSchemas.with(JsonSchemas.text("The job id edit_image named."), "minLength", 1));
        properties.put("output", JsonSchemas.text("Where to write the result, as for edit_image. Default: "
                + "JOB_ID.edited.EXT in the first directory open to imgedit."));
        properties.put("output_format", outputFormatSchema(providers));
        properties.put("timeout_seconds", timeoutSchema());
        return McpSchema.Tool.builder(FETCH_JOB, JsonSchemas.object(properties, List.of("provider", "job_id")))
                .title("Fetch an edit job")
                .description("Waits for a job submitted earlier (one whose edit_image call timed out) and writes "
                        + "its result, as edit_image would have. Nothing is submitted or paid again.")
                .outputSchema(jobOutputSchema())
                .annotations(McpSchema.ToolAnnotations.builder().title("Fetch an edit job").readOnlyHint(false)
                        .destructiveHint(false).idempotentHint(true).openWorldHint(true).build())
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
                .annotations(McpSchema.ToolAnnotations.builder().title("List image-editing providers")
                        .readOnlyHint(true).destructiveHint(false).idempotentHint(true).openWorldHint(false).build())
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
        properties.put("seed", JsonSchemas.typed("integer", "The seed used, where known."));
        properties.put("elapsed_ms", JsonSchemas.typed("integer", "From submit (or fetch) to the file written."));
        properties.put("outputs", outputs);
        properties.put("notices", JsonSchemas.typed("array", "What to know about how the request was read."));
        return JsonSchemas.object(properties, List.of("provider", "job_id", "elapsed_ms", "outputs"));
    }

    private static Map<String, Object> modelSchema(List<ProviderInfo> providers) {
        String description = "The model to run; default: the provider's default model.";
        boolean unlistedTaken = providers.stream().anyMatch(info -> info.unlistedModels() != null);
        Set<String> ids = providers.stream().flatMap(info -> info.models().stream()).map(ModelInfo::id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return unlistedTaken ? JsonSchemas.text(description + " Known: " + String.join(", ", ids) + "; other ids "
                + "are sent as given where the provider takes them.") : JsonSchemas.choice(description, ids);
    }

    private static Map<String, Object> outputFormatSchema(List<ProviderInfo> providers) {
        Set<ImageType> formats = EnumSet.noneOf(ImageType.class);
        for (ImageType type : ImageType.values()) {
            if (ImageConversion.canWrite(type)) {
                formats.add(type);
            }
        }
        providers.forEach(info -> info.models().forEach(model -> formats.addAll(model.outputFormats())));
        return JsonSchemas.choice("The result's format; a model that cannot make it has its result converted. "
                + "Default: the output's extension, else what the model makes.",
                formats.stream().map(ToolCatalog::formatName).toList());
    }

    private static Map<String, Object> timeoutSchema() {
        Map<String, Object> schema = JsonSchemas.whole("How long to wait for the result before returning the job "
                + "id for fetch_job; the job goes on either way. Default " + DEFAULT_TIMEOUT_SECONDS + ".", 1,
                MAX_TIMEOUT_SECONDS);
        schema.put("default", DEFAULT_TIMEOUT_SECONDS);
        return schema;
    }

    private static Map<String, Object> idempotencyKeySchema() {
        Map<String, Object> schema = JsonSchemas.text("A key of your choosing for this edit (1 to 64 letters, "
                + "digits, '.', '_', ':' or '-'). Calling again with the same key and arguments never submits a "
                + "second paid job: it returns the first call's result, or waits for its job.");
        schema.put("pattern", IdempotencyKeys.PATTERN.pattern());
        return schema;
    }

    static String formatName(ImageType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }

    private static List<String> ids(List<ProviderInfo> providers) {
        return providers.stream().map(ProviderInfo::id).toList();
    }

    private static Set<String> ratios(List<ProviderInfo> providers) {
        Set<AspectRatio> ratios = EnumSet.noneOf(AspectRatio.class);
        providers.forEach(info -> info.models().forEach(model -> ratios.addAll(model.aspectRatios())));
        return ratios.stream().map(AspectRatio::label).collect(Collectors.toCollection(LinkedHashSet::new));
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
                    traits.add(model.outputFormats().stream().map(ToolCatalog::formatName)
                            .collect(Collectors.joining("/")) + " out");
                }
                lines.add(info.id() + "/" + model.id() + (model.equals(info.defaultModel()) ? " (default)" : "")
                        + ": " + String.join(", ", traits));
            }
        }
        return String.join("; ", lines) + ". See list_providers for details.";
    }
}
