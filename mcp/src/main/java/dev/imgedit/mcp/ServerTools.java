package dev.imgedit.mcp;

import dev.imgedit.ProviderInfo;
import dev.imgedit.discovery.Fallback;
import dev.imgedit.discovery.ImageEditProviders;
import dev.imgedit.mcp.internal.DirectoryPolicy;
import dev.imgedit.mcp.internal.Journal;
import dev.imgedit.mcp.internal.ProviderPool;
import dev.imgedit.mcp.internal.Secrets;
import dev.imgedit.mcp.internal.ToolContext;
import dev.imgedit.mcp.internal.WrittenFiles;
import dev.imgedit.mcp.internal.batch.BatchTools;
import dev.imgedit.mcp.internal.edit.EditTools;
import dev.imgedit.mcp.internal.jobs.JobTools;
import dev.imgedit.spi.ImageEditProviderFactory;
import dev.imgedit.spi.ProviderConfig;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpServerFeatures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The server's tools over one set of providers and one job journal, and the state they share for its life. */
final class ServerTools implements AutoCloseable {
    private final ToolContext context;

    /**
     * @param allowed directories open to every client, besides the roots each offers
     * @param advice how a user opens a directory to the server, said when a path is refused
     * @param journal the job journal file, or null for a temporary one
     */
    ServerTools(ImageEditProviders providers, ProviderConfig config, Fallback fallback, List<Path> allowed,
            String advice, @Nullable Path journal) {
        context = new ToolContext(new ProviderPool(providers, config, fallback), new DirectoryPolicy(allowed, advice),
                new WrittenFiles(), Secrets.of(providers, config), new Journal(journal));
    }

    List<McpServerFeatures.SyncToolSpecification> specifications(McpJsonMapper json) {
        List<ProviderInfo> infos = context.pool().providers().factories().stream()
                .map(ImageEditProviderFactory::info).toList();
        List<McpServerFeatures.SyncToolSpecification> tools = new ArrayList<>(EditTools.specifications(context, json,
                infos));
        tools.add(BatchTools.specification(context, infos));
        tools.addAll(JobTools.specifications(context, json, infos.stream().map(ProviderInfo::id).toList()));
        return tools;
    }

    /** Closes the providers the tools opened, and the journal. */
    @Override
    public void close() {
        try {
            context.pool().close();
        } finally {
            context.journal().close();
        }
    }
}
