package dev.imgedit.mcp.internal.edit;

import dev.imgedit.AspectRatio;
import dev.imgedit.Capability;
import dev.imgedit.ModelInfo;
import dev.imgedit.OptionInfo;
import dev.imgedit.ProviderInfo;
import dev.imgedit.spi.ImageEditProviderFactory;
import dev.imgedit.mcp.internal.ToolContext;
import dev.imgedit.mcp.internal.ToolResults;
import dev.imgedit.mcp.internal.ToolSchemas;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code list_providers}: the installed providers and what each model takes, from what the factories say of
 * themselves: nothing is opened, sent or paid.
 */
final class ListProvidersTool {
    private final ToolContext context;
    private final McpJsonMapper json;

    ListProvidersTool(ToolContext context, McpJsonMapper json) {
        this.context = context;
        this.json = json;
    }

    McpSchema.CallToolResult call() {
        try {
            String chosen = context.pool().defaultId();
            List<Map<String, Object>> providers = new ArrayList<>();
            for (ImageEditProviderFactory factory : context.pool().providers().factories()) {
                providers.add(provider(factory, factory.id().equals(chosen)));
            }
            Map<String, Object> listing = Map.of("providers", providers);
            return McpSchema.CallToolResult.builder().addTextContent(json.writeValueAsString(listing))
                    .structuredContent(listing).isError(false).build();
        } catch (IOException | RuntimeException e) {
            return ToolResults.failure(context.failures().describe(e, null, false));
        }
    }

    private Map<String, Object> provider(ImageEditProviderFactory factory, boolean isDefault) {
        ProviderInfo info = factory.info();
        Map<String, Object> provider = new LinkedHashMap<>();
        provider.put("id", info.id());
        provider.put("description", info.description());
        provider.put("offline", info.offline());
        provider.put("configured", context.pool().isConfigured(factory));
        provider.put("default", isDefault);
        provider.put("takes_unlisted_models", info.unlistedModels() != null);
        provider.put("models", info.models().stream().map(model -> model(model, model.equals(info.defaultModel())))
                .toList());
        return provider;
    }

    private static Map<String, Object> model(ModelInfo model, boolean isDefault) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("id", model.id());
        described.put("description", model.description());
        described.put("default", isDefault);
        described.put("aspect_ratios", model.aspectRatios().stream().map(AspectRatio::label).toList());
        described.put("max_references", model.maxImages() - 1);
        described.put("input_formats", model.inputTypes().stream().map(ToolSchemas::formatName).sorted().toList());
        described.put("max_input_bytes", model.maxInputBytes());
        described.put("max_input_pixels", model.maxInputPixels());
        described.put("url_input", model.supports(Capability.URL_INPUT));
        described.put("seed", model.supports(Capability.SEED));
        described.put("output_formats", model.outputFormats().stream().map(ToolSchemas::formatName).sorted()
                .toList());
        described.put("resumable_later", model.supports(Capability.RESUME_IN_NEW_PROCESS));
        described.put("max_jobs_in_flight", model.maxJobsInFlight());
        described.put("options", model.options().stream().map(ListProvidersTool::option).toList());
        return described;
    }

    private static Map<String, Object> option(OptionInfo option) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("name", option.name());
        described.put("description", option.description());
        described.put("accepted", option.accepted());
        return described;
    }
}
