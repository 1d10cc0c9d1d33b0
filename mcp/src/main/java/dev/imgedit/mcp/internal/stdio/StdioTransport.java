package dev.imgedit.mcp.internal.stdio;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCMessage;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCRequest;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCResponse;
import io.modelcontextprotocol.spec.McpServerSession;
import io.modelcontextprotocol.spec.McpServerTransport;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * The MCP stdio transport for one client: newline-delimited JSON-RPC in, the same out. It stands in for the SDK's
 * {@code StdioServerTransportProvider}, which stops reading at the first line that is not a message and drops the
 * answers still being written when input ends. Here a bad line is answered with a JSON-RPC error and skipped; the
 * end of input stops reading, and {@link #serve()} returns once every message read before it has been handled, its
 * answer written (a tool call running finishes first). Answers go out as soon as they are made, one whole line at a
 * time, flushed.
 */
public final class StdioTransport implements McpServerTransportProvider {
    /** The longest message read, in characters, as the SDK's transport bounds it. */
    public static final int MAX_MESSAGE_LENGTH = 16 * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(StdioTransport.class);

    private final McpJsonMapper json;
    private final InputStream in;
    private final OutputStream out;
    private final int maxMessageLength;
    private final Handlings handlings = new Handlings();
    /** The ids of the requests sent to the client that it has not answered yet. */
    private final Set<Object> unanswered = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean outputFailed = new AtomicBoolean();
    private volatile boolean inputEnded;
    private volatile boolean initialized;
    private volatile @Nullable McpServerSession session;

    public StdioTransport(McpJsonMapper json, InputStream in, OutputStream out) {
        this(json, in, out, MAX_MESSAGE_LENGTH);
    }

    StdioTransport(McpJsonMapper json, InputStream in, OutputStream out, int maxMessageLength) {
        this.json = Objects.requireNonNull(json, "json is null");
        this.in = Objects.requireNonNull(in, "in is null");
        this.out = Objects.requireNonNull(out, "out is null");
        this.maxMessageLength = maxMessageLength;
    }

    @Override
    public void setSessionFactory(McpServerSession.Factory sessionFactory) {
        if (session != null) {
            throw new IllegalStateException("a stdio transport serves one session");
        }
        session = sessionFactory.create(new SessionTransport());
    }

    /**
     * Reads and handles messages until input ends or fails, then returns once each message read is handled. The
     * reading runs on a thread of its own, so that an interrupt ends the wait even while a read blocks.
     *
     * @throws InterruptedException when the calling thread is interrupted; reading goes on until input ends
     */
    public void serve() throws InterruptedException {
        McpServerSession served = Objects.requireNonNull(session, "no server was started on this transport");
        CountDownLatch done = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try {
                read(served);
            } finally {
                done.countDown();
            }
        }, "imgedit-mcp-stdio");
        reader.setDaemon(true);
        reader.start();
        done.await();
    }

    private void read(McpServerSession served) {
        LineReader lines = new LineReader(new InputStreamReader(in, StandardCharsets.UTF_8), maxMessageLength);
        try {
            for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
                accept(served, line);
            }
        } catch (IOException e) {
            LOG.warn("Reading the client's messages failed, so the server stops: {}", e.getMessage());
            LOG.debug("Reading failed", e);
        }
        try {
            finish(served);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void accept(McpServerSession served, LineReader.Line line) {
        String text = line.text();
        if (text == null) {
            refuse(new Decoded.Refused(true, null, McpSchema.ErrorCodes.INVALID_REQUEST, "Invalid Request: a message "
                    + "longer than " + maxMessageLength + " characters"));
        } else if (!text.isBlank()) {
            Decoded decoded = Decoded.of(json, text);
            if (decoded instanceof Decoded.Message message) {
                dispatch(served, message.message());
            } else {
                refuse((Decoded.Refused) decoded);
            }
        }
    }

    private void dispatch(McpServerSession served, JSONRPCMessage message) {
        if (message instanceof JSONRPCResponse response) {
            unanswered.remove(response.id());
        } else if (message instanceof McpSchema.JSONRPCNotification notification
                && McpSchema.METHOD_NOTIFICATION_INITIALIZED.equals(notification.method())) {
            initialized = true;
        }
        handlings.start(message, served.handle(message));
    }

    private void refuse(Decoded.Refused refused) {
        LOG.warn("Skipped a line from the client that is no JSON-RPC message: {}", refused.errorMessage());
        if (refused.answered()) {
            Map<String, @Nullable Object> error = new LinkedHashMap<>();
            error.put("code", refused.errorCode());
            error.put("message", refused.errorMessage());
            Map<String, @Nullable Object> answer = new LinkedHashMap<>();
            answer.put("jsonrpc", McpSchema.JSONRPC_VERSION);
            answer.put("id", refused.id());
            answer.put("error", error);
            write(answer);
        }
    }

    /**
     * Input has ended: what waits for the client can never proceed, so it is answered now; then the rest is waited
     * for. A request sent to the client gets an error in its stead; a request read before
     * {@code notifications/initialized} (the session holds it until then) gets an error answer.
     */
    private void finish(McpServerSession served) throws InterruptedException {
        inputEnded = true;
        for (Object id : unanswered) {
            if (unanswered.remove(id)) {
                handlings.start(clientGone(id), served.handle(clientGone(id)));
            }
        }
        if (!initialized) {
            for (JSONRPCRequest request : handlings.cancel(
                    request -> !McpSchema.METHOD_INITIALIZE.equals(request.method()))) {
                write(JSONRPCResponse.error(request.id(), new JSONRPCResponse.JSONRPCError(
                        McpSchema.ErrorCodes.INVALID_REQUEST, "The client closed its input before sending "
                                + McpSchema.METHOD_NOTIFICATION_INITIALIZED + ": the request was not run", null)));
            }
        }
        handlings.awaitNone();
    }

    private static JSONRPCResponse clientGone(Object id) {
        return JSONRPCResponse.error(id, new JSONRPCResponse.JSONRPCError(McpSchema.ErrorCodes.INTERNAL_ERROR,
                "The client closed its input before answering", null));
    }

    /** Writes one message as one line; false when it could not be written (the client is gone). */
    private boolean write(Object message) {
        try {
            byte[] line = (json.writeValueAsString(message) + "\n").getBytes(StandardCharsets.UTF_8);
            synchronized (out) {
                out.write(line);
                out.flush();
            }
            return true;
        } catch (IOException e) {
            if (outputFailed.compareAndSet(false, true)) {
                LOG.warn("Writing to the client failed, so its answers are lost: {}", e.getMessage());
            }
            LOG.debug("Writing failed", e);
            return false;
        }
    }

    @Override
    public Mono<Void> notifyClients(String method, Object params) {
        McpServerSession served = session;
        return served == null ? Mono.error(new IllegalStateException("no session to notify"))
                : served.sendNotification(method, params);
    }

    @Override
    public Mono<Void> closeGracefully() {
        McpServerSession served = session;
        return served == null ? Mono.empty() : served.closeGracefully();
    }

    /** The session's side: what it sends goes straight out. */
    private final class SessionTransport implements McpServerTransport {
        @Override
        public Mono<Void> sendMessage(JSONRPCMessage message) {
            return Mono.defer(() -> {
                if (message instanceof JSONRPCRequest request) {
                    // Added before the check, so that finish() either sees the id or this sees the input ended.
                    unanswered.add(request.id());
                    if (inputEnded && unanswered.remove(request.id())) {
                        return Mono.error(new IllegalStateException("The client closed its input: no answer can "
                                + "come to " + request.method()));
                    }
                }
                return write(message) ? Mono.empty()
                        : Mono.error(new IOException("the client no longer reads the server's output"));
            });
        }

        @Override
        public <T> T unmarshalFrom(Object data, TypeRef<T> typeRef) {
            return json.convertValue(data, typeRef);
        }

        @Override
        public Mono<Void> closeGracefully() {
            return Mono.empty();
        }
    }
}
