package dev.imgedit.mcp.internal;

import dev.imgedit.ProviderInfo;
import dev.imgedit.discovery.Fallback;
import dev.imgedit.discovery.ImageEditProviders;
import dev.imgedit.spi.ImageEditProviderFactory;
import dev.imgedit.spi.ProviderConfig;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpServerFeatures;
import java.nio.file.Path;
import java.util.List;

/** The server's three tools over one set of providers, and the state they share for the server's life. */
public final class McpTools implements AutoCloseable {
    private final ToolContext context;

    /**
     * @param allowed directories open to every client, besides the roots each offers
     * @param advice how a user opens a directory to the server, said when a path is refused
     */
    public McpTools(ImageEditProviders providers, ProviderConfig config, Fallback fallback, List<Path> allowed,
            String advice) {
        context = new ToolContext(new ProviderPool(providers, config, fallback), new DirectoryPolicy(allowed, advice),
                new WrittenFiles(), Secrets.of(providers, config), new IdempotencyKeys());
    }

    public List<McpServerFeatures.SyncToolSpecification> specifications(McpJsonMapper json) {
        List<ProviderInfo> infos = context.pool().providers().factories().stream()
                .map(ImageEditProviderFactory::info).toList();
        EditImageTool edit = new EditImageTool(context);
        FetchJobTool fetch = new FetchJobTool(context);
        ListProvidersTool list = new ListProvidersTool(context, json);
        return List.of(
                new McpServerFeatures.SyncToolSpecification(ToolCatalog.editImage(infos,
                        ListProvidersTool.defaultProvider(context.pool())), edit::call),
                new McpServerFeatures.SyncToolSpecification(ToolCatalog.fetchJob(infos), fetch::call),
                new McpServerFeatures.SyncToolSpecification(ToolCatalog.listProviders(),
                        (exchange, request) -> list.call()));
    }

    /** Closes the providers the tools opened. */
    @Override
    public void close() {
        context.pool().close();
    }
}
