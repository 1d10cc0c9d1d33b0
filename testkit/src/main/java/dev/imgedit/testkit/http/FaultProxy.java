package dev.imgedit.testkit.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * A raw-socket proxy on 127.0.0.1 in front of a {@link LoopbackServer}, for faults an HTTP server cannot make:
 * resets before or after a request's body, answers that are empty, random, malformed, cut short, trickled or never
 * sent. Requests it is not told to break go through untouched, each client connection paired with one connection to
 * the server, so keep-alive behaves as without it (and a client that sends {@code Connection: close} gets one
 * connection per request). Request bodies may be framed by {@code Content-Length} or chunked. It records every
 * request it sees (broken ones included) and counts the client connections open now, so a test can watch
 * connections being released.
 *
 * <pre>{@code
 * try (MyServiceServer server = MyServiceServer.start(); FaultProxy proxy = FaultProxy.inFrontOf(server)) {
 *     proxy.breakNext(SUBMIT, Fault.RESET_AFTER_BODY);
 *     ... point the provider at proxy.baseUrl() ...
 * }
 * }</pre>
 */
public final class FaultProxy implements AutoCloseable {
    private static final int ALWAYS = -1;

    private final ServerSocket listener;
    private final InetSocketAddress backend;
    private final List<Rule> rules = new ArrayList<>();
    private final List<ProxiedRequest> seen = new ArrayList<>();
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger accepted = new AtomicInteger();
    private final Thread acceptor;
    private volatile boolean closed;

    private static final class Rule {
        final Endpoint endpoint;
        final Fault fault;
        int remaining;

        Rule(Endpoint endpoint, Fault fault, int times) {
            this.endpoint = endpoint;
            this.fault = fault;
            this.remaining = times;
        }
    }

    private FaultProxy(URI backendUrl) throws IOException {
        backend = new InetSocketAddress(backendUrl.getHost(), backendUrl.getPort());
        listener = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::accept, "fault-proxy-accept-" + listener.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Starts a proxy for {@code server} and makes the server name the proxy in its answers. */
    public static FaultProxy inFrontOf(LoopbackServer server) {
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

    /** Breaks the next request to {@code endpoint} as {@code fault} says; later ones go through. */
    public FaultProxy breakNext(Endpoint endpoint, Fault fault) {
        return breakNext(endpoint, fault, 1);
    }

    /** Breaks the next {@code times} requests to {@code endpoint}. */
    public FaultProxy breakNext(Endpoint endpoint, Fault fault, int times) {
        synchronized (rules) {
            rules.add(new Rule(endpoint, fault, times));
        }
        return this;
    }

    /** Breaks every request to {@code endpoint}. */
    public FaultProxy breakEvery(Endpoint endpoint, Fault fault) {
        return breakNext(endpoint, fault, ALWAYS);
    }

    /** Every request seen, broken or not, in the order they arrived. */
    public List<ProxiedRequest> requests() {
        synchronized (seen) {
            return List.copyOf(seen);
        }
    }

    /** How many requests to {@code endpoint} arrived (their headers, at least). */
    public long count(Endpoint endpoint) {
        return requests().stream().filter(request -> request.is(endpoint)).count();
    }

    /** How many requests to {@code endpoint} were broken. */
    public long broken(Endpoint endpoint) {
        return requests().stream().filter(request -> request.is(endpoint) && request.fault() != null).count();
    }

    /** Client connections open now. */
    public int openConnections() {
        return open.get();
    }

    /** Client connections accepted so far. */
    public int acceptedConnections() {
        return accepted.get();
    }

    /** Waits until at most {@code count} client connections are open, or {@code patience} has passed. */
    public boolean awaitOpenConnectionsAtMost(int count, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (open.get() > count) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }

    @Override
    public void close() {
        closed = true;
        try {
            listener.close();
        } catch (IOException e) {
            // closing anyway
        }
        sockets.forEach(FaultProxy::closeQuietly);
    }

    /** The fault for a request whose head just arrived, if one is due; it counts as used. */
    @Nullable Fault take(RawRequest request) {
        synchronized (rules) {
            for (Rule rule : rules) {
                if (rule.remaining != 0 && rule.endpoint.matches(request.method, request.path)) {
                    if (rule.remaining > 0) {
                        rule.remaining--;
                    }
                    return rule.fault;
                }
            }
        }
        return null;
    }

    void record(RawRequest request, @Nullable Fault fault) {
        synchronized (seen) {
            seen.add(new ProxiedRequest(request.method, request.path, request.bodyText(), request.bodyRead(), fault));
        }
    }

    InetSocketAddress backend() {
        return backend;
    }

    /** Registers a socket to close with the proxy; false when the proxy is closed already. */
    boolean track(Socket socket) {
        sockets.add(socket);
        if (closed) {
            closeQuietly(socket);
            return false;
        }
        return true;
    }

    void untrack(Socket socket) {
        sockets.remove(socket);
        closeQuietly(socket);
    }

    private void accept() {
        while (!closed) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException e) {
                return;
            }
            int number = accepted.incrementAndGet();
            open.incrementAndGet();
            Thread connection = new Thread(() -> {
                try {
                    new ProxyConnection(this, client).run();
                } finally {
                    open.decrementAndGet();
                }
            }, "fault-proxy-connection-" + number);
            connection.setDaemon(true);
            connection.start();
        }
    }

    static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // nothing to do
        }
    }
}
