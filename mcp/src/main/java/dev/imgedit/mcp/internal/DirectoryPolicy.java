package dev.imgedit.mcp.internal;

import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which directories a call may use: the roots the client offers, asked afresh for each call (a client may change
 * them at any time), then the directories the application allowed when it started the server.
 */
public final class DirectoryPolicy {
    private static final Logger LOG = LoggerFactory.getLogger(DirectoryPolicy.class);

    private final List<Path> allowed;
    private final String advice;

    /** @param advice how a user opens a directory to the server, said when a path is refused */
    public DirectoryPolicy(List<Path> allowed, String advice) {
        this.allowed = List.copyOf(allowed);
        this.advice = advice;
    }

    public OpenDirectories forCall(McpSyncServerExchange exchange) {
        List<Path> candidates = new ArrayList<>();
        McpSchema.ClientCapabilities capabilities = exchange.getClientCapabilities();
        if (capabilities != null && capabilities.roots() != null) {
            try {
                candidates.addAll(OpenDirectories.pathsOf(exchange.listRoots().roots().stream()
                        .map(McpSchema.Root::uri).toList()));
            } catch (RuntimeException e) {
                LOG.warn("the client says it has roots but did not list them: {}", e.toString());
            }
        }
        candidates.addAll(allowed);
        return OpenDirectories.of(candidates, advice);
    }
}
