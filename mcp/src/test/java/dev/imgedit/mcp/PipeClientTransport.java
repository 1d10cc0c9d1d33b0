package dev.imgedit.mcp;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import reactor.core.publisher.Mono;

/**
 * The MCP stdio transport for the SDK's own client, over streams instead of a child process's (the SDK's
 * {@code StdioClientTransport} only starts processes): newline-delimited JSON-RPC, as the server's stdio transport
 * speaks it. Every line the server sent is kept as it arrived, so a test can search the raw bytes for a secret.
 */
final class PipeClientTransport implements McpClientTransport {
    private final McpJsonMapper json;
    private final InputStream fromServer;
    private final OutputStream toServer;
    private final List<String> received = new ArrayList<>();
    private volatile boolean closing;

    PipeClientTransport(McpJsonMapper json, InputStream fromServer, OutputStream toServer) {
        this.json = json;
        this.fromServer = fromServer;
        this.toServer = toServer;
    }

    /** Every line the server wrote, as written. */
    List<String> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    @Override
    public Mono<Void> connect(Function<Mono<McpSchema.JSONRPCMessage>, Mono<McpSchema.JSONRPCMessage>> handler) {
        return Mono.fromRunnable(() -> {
            Thread reader = new Thread(() -> read(handler), "mcp-test-client-reader");
            reader.setDaemon(true);
            reader.start();
        });
    }

    private void read(Function<Mono<McpSchema.JSONRPCMessage>, Mono<McpSchema.JSONRPCMessage>> handler) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(fromServer, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                synchronized (received) {
                    received.add(line);
                }
                handler.apply(Mono.just(McpSchema.deserializeJsonRpcMessage(json, line))).subscribe();
            }
        } catch (IOException e) {
            if (!closing) {
                throw new UncheckedIOException("reading from the server failed", e);
            }
        }
    }

    @Override
    public Mono<Void> sendMessage(McpSchema.JSONRPCMessage message) {
        return Mono.fromRunnable(() -> {
            try {
                byte[] line = (json.writeValueAsString(message) + "\n").getBytes(StandardCharsets.UTF_8);
                synchronized (toServer) {
                    toServer.write(line);
                    toServer.flush();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("writing to the server failed", e);
            }
        });
    }

    /** Closes the server's input, which ends its session. */
    @Override
    public Mono<Void> closeGracefully() {
        return Mono.fromRunnable(() -> {
            closing = true;
            try {
                toServer.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public <T> T unmarshalFrom(Object data, TypeRef<T> type) {
        return json.convertValue(data, type);
    }
}
