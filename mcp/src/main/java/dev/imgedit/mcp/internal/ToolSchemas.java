package dev.imgedit.mcp.internal;

import dev.imgedit.AspectRatio;
import dev.imgedit.Capability;
import dev.imgedit.ImageType;
import dev.imgedit.ModelInfo;
import dev.imgedit.ProviderInfo;
import dev.imgedit.imaging.ImageConversion;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The parts of the tools' input schemas that several tools share, built from what the installed providers' models
 * take (ids, ratios, seeds, formats), so that an agent is told the choices before it makes one; and the reading of
 * the arguments they describe where it is more than a look-up.
 */
public final class ToolSchemas {
    /** Many clients give a tool call 60 seconds; what is not done by then is left to a later call. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 50;
    public static final int MAX_TIMEOUT_SECONDS = 600;

    /** The largest whole number a JSON client holds exactly (2^53 - 1). */
    public static final long MAX_SEED = 9_007_199_254_740_991L;

    private ToolSchemas() {}

    /** What a tool does to the world, told to clients as the annotations they decide on (ask first, retry). */
    public enum Effect {
        /** Reads and tells: costs nothing, changes nothing, asks no service. */
        READS(true, false, true, false),
        /** Collects a job paid for already: writes files, pays nothing, asks the service. */
        COLLECTS(false, false, true, true),
        /** Submits a paid job with each call; destructive, so that clients ask first: credits are spent for good. */
        PAYS(false, true, false, true),
        /** Pays only for what an earlier call with the same arguments did not: a repeat goes on, never pays twice. */
        PAYS_ONCE(false, true, true, true);

        private final boolean readOnly;
        private final boolean destructive;
        private final boolean idempotent;
        private final boolean openWorld;

        Effect(boolean readOnly, boolean destructive, boolean idempotent, boolean openWorld) {
            this.readOnly = readOnly;
            this.destructive = destructive;
            this.idempotent = idempotent;
            this.openWorld = openWorld;
        }

        public McpSchema.ToolAnnotations annotations(String title) {
            return McpSchema.ToolAnnotations.builder().title(title).readOnlyHint(readOnly)
                    .destructiveHint(destructive).idempotentHint(idempotent).openWorldHint(openWorld).build();
        }
    }

    /**
     * Adds {@code provider}, {@code model}, {@code aspect_ratio} (where a model takes one), {@code seed} (where a
     * model takes one) and {@code options}, the knobs of an edit.
     *
     * @param defaultProvider the provider a call that names none edits with, or null when none can be chosen
     */
    public static void putEditKnobs(Map<String, Object> properties, List<ProviderInfo> providers,
            @Nullable String defaultProvider) {
        properties.put("provider", JsonSchemas.choice("The provider to edit with"
                + (defaultProvider == null ? "." : "; default: " + defaultProvider + "."), ids(providers)));
        properties.put("model", modelSchema(providers));
        Set<AspectRatio> ratios = EnumSet.noneOf(AspectRatio.class);
        providers.forEach(info -> info.models().forEach(model -> ratios.addAll(model.aspectRatios())));
        if (!ratios.isEmpty()) {
            properties.put("aspect_ratio", JsonSchemas.choice("The output's aspect ratio; default: the model's "
                    + "choice, usually the input's.", ratios.stream().map(AspectRatio::label).toList()));
        }
        if (providers.stream().flatMap(info -> info.models().stream()).anyMatch(m -> m.supports(Capability.SEED))) {
            properties.put("seed", JsonSchemas.whole("A seed for a repeatable result, where the model takes one.",
                    0, MAX_SEED));
        }
        Map<String, Object> options = JsonSchemas.typed("object", "The model's own options by name, such as "
                + "{\"quality\": \"high\"}: see list_providers for what each model takes.");
        options.put("additionalProperties", Map.of("type", List.of("string", "number", "boolean")));
        properties.put("options", options);
    }

    /** {@code output_format}: what the models make, plus what imgedit converts to. */
    public static Map<String, Object> outputFormatSchema(List<ProviderInfo> providers) {
        Set<ImageType> formats = EnumSet.noneOf(ImageType.class);
        for (ImageType type : ImageType.values()) {
            if (ImageConversion.canWrite(type)) {
                formats.add(type);
            }
        }
        providers.forEach(info -> info.models().forEach(model -> formats.addAll(model.outputFormats())));
        return JsonSchemas.choice("The result's format; a model that cannot make it has its result converted. "
                + "Default: the output's extension, else what the model makes.",
                formats.stream().map(ToolSchemas::formatName).toList());
    }

    /** {@code timeout_seconds}, saying what becomes of the work a call leaves unfinished. */
    public static Map<String, Object> timeoutSchema(String whatThen) {
        Map<String, Object> schema = JsonSchemas.whole("How long to wait before returning; " + whatThen
                + " Default " + DEFAULT_TIMEOUT_SECONDS + ".", 1, MAX_TIMEOUT_SECONDS);
        schema.put("default", DEFAULT_TIMEOUT_SECONDS);
        return schema;
    }

    /** The {@code timeout_seconds} a call gives, or the default. */
    public static Duration timeout(Arguments arguments) {
        Long seconds = arguments.whole("timeout_seconds", 1, MAX_TIMEOUT_SECONDS);
        return Duration.ofSeconds(seconds == null ? DEFAULT_TIMEOUT_SECONDS : seconds);
    }

    /** {@code png}, {@code jpeg}, {@code webp}: a format as the schemas and results name it. */
    public static String formatName(ImageType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }

    public static List<String> ids(List<ProviderInfo> providers) {
        return providers.stream().map(ProviderInfo::id).toList();
    }

    private static Map<String, Object> modelSchema(List<ProviderInfo> providers) {
        String description = "The model to run; default: the provider's default model.";
        boolean unlistedTaken = providers.stream().anyMatch(info -> info.unlistedModels() != null);
        Set<String> ids = providers.stream().flatMap(info -> info.models().stream()).map(ModelInfo::id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return unlistedTaken ? JsonSchemas.text(description + " Known: " + String.join(", ", ids) + "; other ids "
                + "are sent as given where the provider takes them.") : JsonSchemas.choice(description, ids);
    }
}
