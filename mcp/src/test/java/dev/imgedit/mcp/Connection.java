package dev.imgedit.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * An {@link ImgeditMcpServer} serving on a thread of this JVM, and the SDK's own client talking to it over two
 * pipes, as over a child process's standard input and output.
 */
final class Connection implements AutoCloseable {
    private static final Duration LIMIT = Duration.ofSeconds(60);

    private final ImgeditMcpServer server;
    private final Thread serving;
    private final PipeClientTransport transport;
    private final McpSyncClient client;
    private final McpJsonMapper json = new JacksonMcpJsonMapper(new ObjectMapper());
    private int calls;

    private Connection(ImgeditMcpServer server, List<Path> roots) throws IOException {
        this.server = server;
        Pipe toServer = Pipe.open();
        Pipe toClient = Pipe.open();
        serving = new Thread(() -> {
            try {
                server.serveStdio(Channels.newInputStream(toServer.source()),
                        Channels.newOutputStream(toClient.sink()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "mcp-test-server");
        serving.start();
        transport = new PipeClientTransport(json, Channels.newInputStream(toClient.source()),
                Channels.newOutputStream(toServer.sink()));
        McpClient.SyncSpec spec = McpClient.sync(transport).requestTimeout(LIMIT)
                .clientInfo(new McpSchema.Implementation("imgedit-test", "1"));
        if (!roots.isEmpty()) {
            spec.capabilities(McpSchema.ClientCapabilities.builder().roots(true).build())
                    .roots(roots.stream().map(root -> new McpSchema.Root(root.toUri().toString(), "root")).toList());
        }
        client = spec.build();
        client.initialize();
    }

    /** Serves {@code server} to a client that offers no roots. */
    static Connection to(ImgeditMcpServer server) {
        return to(server, List.of());
    }

    /** Serves {@code server} to a client that offers {@code roots}. */
    static Connection to(ImgeditMcpServer server, List<Path> roots) {
        try {
            return new Connection(server, roots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    McpSyncClient client() {
        return client;
    }

    /** Calls {@code tool} with a progress token of its own, so the server may send progress. */
    McpSchema.CallToolResult call(String tool, Map<String, Object> arguments) {
        String token = "call-" + (++calls);
        return client.callTool(new McpSchema.CallToolRequest(tool, arguments, Map.of("progressToken", token)));
    }

    /**
     * The progress notifications for the call made {@code nth} (1 for the first), in the order the server wrote them:
     * the SDK's client hands them to its consumer on several threads, so the consumer's order is not the server's.
     */
    List<McpSchema.ProgressNotification> progressOfCall(int nth) {
        List<McpSchema.ProgressNotification> ofCall = new ArrayList<>();
        for (String line : transport.received()) {
            McpSchema.JSONRPCMessage message;
            try {
                message = McpSchema.deserializeJsonRpcMessage(json, line);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (message instanceof McpSchema.JSONRPCNotification notification
                    && McpSchema.METHOD_NOTIFICATION_PROGRESS.equals(notification.method())) {
                McpSchema.ProgressNotification sent = json.convertValue(notification.params(),
                        McpSchema.ProgressNotification.class);
                if (("call-" + nth).equals(sent.progressToken())) {
                    ofCall.add(sent);
                }
            }
        }
        return ofCall;
    }

    /** Every line the server wrote to the client, as written. */
    List<String> received() {
        return transport.received();
    }

    /** Ends the session (the server sees its input close), waits for the server to stop, and closes it. */
    @Override
    public void close() {
        client.closeGracefully();
        try {
            serving.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.close();
        if (serving.isAlive()) {
            throw new AssertionError("the server did not stop when its input closed");
        }
    }
}
