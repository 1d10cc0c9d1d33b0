package dev.imgedit.mcp.internal.edit;

import dev.imgedit.ProviderInfo;
import dev.imgedit.mcp.internal.ToolContext;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpServerFeatures;
import java.util.List;

/** {@code edit_image}, {@code fetch_job} and {@code list_providers}: single edits, and what they can ask for. */
public final class EditTools {
    private EditTools() {}

    public static List<McpServerFeatures.SyncToolSpecification> specifications(ToolContext context,
            McpJsonMapper json, List<ProviderInfo> providers) {
        EditImageTool edit = new EditImageTool(context);
        FetchJobTool fetch = new FetchJobTool(context);
        ListProvidersTool list = new ListProvidersTool(context, json);
        return List.of(
                new McpServerFeatures.SyncToolSpecification(EditToolCatalog.editImage(providers,
                        context.pool().defaultId()), edit::call),
                new McpServerFeatures.SyncToolSpecification(EditToolCatalog.fetchJob(providers), fetch::call),
                new McpServerFeatures.SyncToolSpecification(EditToolCatalog.listProviders(),
                        (exchange, request) -> list.call()));
    }
}
