package dev.imgedit.bfl.faults;

import dev.imgedit.bfl.testserver.BflTestServer;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * A raw-socket proxy on 127.0.0.1 in front of a {@link BflTestServer}, for the faults an HTTP server cannot make:
 * resets before or after a request's body, answers that are empty, random, malformed, cut short, trickled or never
 * sent. The BFL provider sends {@code Connection: close}, so each client connection carries one request: the proxy
 * reads it, passes it on over a connection of its own (or breaks it) and closes. It records every request it sees,
 * broken ones included, and counts the client connections open now, so a test can see that none is left open.
 */
public final class FaultProxy implements AutoCloseable {
    private static final int UNLIMITED = -1;

    private final ServerSocket listener;
    private final InetSocketAddress backend;
    private final List<Rule> rules = new ArrayList<>();
    private final List<SeenRequest> seen = new ArrayList<>();
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final AtomicInteger open = new AtomicInteger();
    private volatile boolean closed;

    /** Breaks the next {@code remaining} requests to {@code endpoint} (every one when negative). */
    private static final class Rule {
        final Endpoint endpoint;
        final Fault fault;
        int remaining;

        Rule(Endpoint endpoint, Fault fault, int remaining) {
            this.endpoint = endpoint;
            this.fault = fault;
            this.remaining = remaining;
        }
    }

    private FaultProxy(URI backendUrl) throws IOException {
        backend = new InetSocketAddress(backendUrl.getHost(), backendUrl.getPort());
        listener = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "bfl-fault-proxy-" + listener.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Starts a proxy for {@code server} and makes the server name the proxy in its answers. */
    public static FaultProxy inFrontOf(BflTestServer server) {
        try {
            FaultProxy proxy = new FaultProxy(server.baseUrl());
            server.advertise(proxy.baseUrl());
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the fault proxy", e);
        }
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort());
    }

    public FaultProxy breakNext(Endpoint endpoint, Fault fault) {
        return breakNext(endpoint, fault, 1);
    }

    public FaultProxy breakNext(Endpoint endpoint, Fault fault, int times) {
        synchronized (rules) {
            rules.add(new Rule(endpoint, fault, times));
        }
        return this;
    }

    public FaultProxy breakEvery(Endpoint endpoint, Fault fault) {
        return breakNext(endpoint, fault, UNLIMITED);
    }

    /** Every request seen, broken or not, in the order they arrived. */
    public List<SeenRequest> requests() {
        synchronized (seen) {
            return List.copyOf(seen);
        }
    }

    /** How many requests to {@code endpoint} arrived (their heads, at least). */
    public long count(Endpoint endpoint) {
        return requests().stream().filter(request -> request.is(endpoint)).count();
    }

    /** How many requests to {@code endpoint} were broken. */
    public long broken(Endpoint endpoint) {
        return requests().stream().filter(request -> request.is(endpoint) && request.fault() != null).count();
    }

    /** Waits until no client connection is open, or {@code patience} has passed; whether none is. */
    public boolean awaitNoOpenConnections(Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (open.get() > 0 && System.nanoTime() - deadline < 0) {
            Thread.sleep(10);
        }
        return open.get() == 0;
    }

    @Override
    public void close() {
        closed = true;
        quietly(listener);
        sockets.forEach(FaultProxy::quietly);
    }

    private void accept() {
        while (!closed) {
            try {
                Socket client = listener.accept();
                open.incrementAndGet();
                Thread connection = new Thread(() -> {
                    try {
                        serve(client);
                    } finally {
                        open.decrementAndGet();
                    }
                }, "bfl-fault-proxy-connection");
                connection.setDaemon(true);
                connection.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        sockets.add(client);
        try {
            client.setTcpNoDelay(true);
            InputStream in = client.getInputStream();
            byte[] head = readHead(in);
            if (head == null) {
                return;
            }
            ProxiedRequest request = ProxiedRequest.of(head);
            Fault fault = take(request);
            if (fault == Fault.RESET_BEFORE_BODY) {
                record(request, null, fault);
                Spoiler.reset(client);
                return;
            }
            byte[] body = in.readNBytes(request.bodyLength());
            if (body.length < request.bodyLength()) {
                throw new EOFException("the client closed inside the request body");
            }
            record(request, body, fault);
            if (fault == null) {
                passOn(request.with(body), client);
            } else {
                new Spoiler(client, backend, sockets::add).spoil(fault, request.with(body), in);
            }
        } catch (IOException | RuntimeException e) {
            // One side went away, or the proxy was closed: the connection ends either way.
        } finally {
            sockets.remove(client);
            quietly(client);
        }
    }

    /** Sends the request to the server and its answer back, until the server closes. */
    private void passOn(byte[] request, Socket client) throws IOException {
        try (Socket server = new Socket()) {
            sockets.add(server);
            server.connect(backend, 2_000);
            server.setTcpNoDelay(true);
            server.getOutputStream().write(request);
            server.getOutputStream().flush();
            server.getInputStream().transferTo(client.getOutputStream());
        }
    }

    private @Nullable Fault take(ProxiedRequest request) {
        synchronized (rules) {
            for (Rule rule : rules) {
                if (rule.remaining != 0 && request.is(rule.endpoint)) {
                    if (rule.remaining > 0) {
                        rule.remaining--;
                    }
                    return rule.fault;
                }
            }
        }
        return null;
    }

    private void record(ProxiedRequest request, byte @Nullable [] body, @Nullable Fault fault) {
        synchronized (seen) {
            seen.add(new SeenRequest(request.method(), request.path(),
                    body == null ? "" : new String(body, StandardCharsets.UTF_8), body != null, fault));
        }
    }

    /** The request head, up to the blank line; null when the client closed before sending a byte. */
    private static byte @Nullable [] readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int last4 = 0;
        while (last4 != 0x0D0A0D0A) {
            int next = in.read();
            if (next < 0) {
                if (head.size() == 0) {
                    return null;
                }
                throw new EOFException("the client closed inside the request head");
            }
            head.write(next);
            last4 = last4 << 8 | next;
        }
        return head.toByteArray();
    }

    static void quietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // closing anyway
        }
    }
}
