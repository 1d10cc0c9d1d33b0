package dev.imgedit.modelslab.internal;

import dev.imgedit.modelslab.internal.http.GuardedBody;
import feign.DefaultClient;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Feign's {@code HttpURLConnection} client, handing out every response body as a {@link GuardedBody} (whole, and
 * within the read timeout) and remembering this provider's connections so that {@link #close()} can release them.
 *
 * <p>The JDK keeps a finished connection open in a cache shared by the whole JVM, for about 5 s, where no one else
 * can close it. {@link HttpURLConnection#disconnect()} on a finished exchange closes an idle kept-alive connection to
 * the same server (so documented by the JDK), as long as the exchange's body stream was not closed: so a body read
 * to its end is left open (the JDK has put its connection back in the cache already), and this client calls
 * {@code disconnect()}
 * <ul>
 *   <li>on {@link #close()}, for the last {@value #REMEMBERED_PER_SERVER} exchanges with each server, newest first.
 *       The JDK closes the connection it put in its cache last (it keeps at most {@code http.maxConnections}, 5 by
 *       default, per server), which going newest first is the exchange's own: each exchange that left a connection
 *       idle closes that one, and one whose connection was reused or dropped since closes none;
 *   <li>after {@link #close()}, for each exchange still in flight, as soon as it ends. In-flight exchanges are not
 *       cut: {@code disconnect()} waits for a read in progress on another thread, so {@code close()} would block for
 *       up to a read timeout. They end within their own timeouts.
 * </ul>
 * A connection can only be made while open: afterwards {@link #getConnection} throws {@link IllegalStateException},
 * so nothing is sent once the provider is closed.
 */
final class ReleasingClient extends DefaultClient implements AutoCloseable {
    /**
     * Exchanges remembered per server: many more than the JDK keeps idle, because answers without a body leave no
     * handle, and exchanges ending at the same moment may reach the cache in another order than here.
     */
    static final int REMEMBERED_PER_SERVER = 64;

    private final ThreadLocal<@Nullable HttpURLConnection> opened = new ThreadLocal<>();
    private final Set<HttpURLConnection> inFlight = ConcurrentHashMap.newKeySet();
    /** Finished exchanges by server ({@code scheme://host:port}), newest last; guarded by itself. */
    private final Map<String, Deque<HttpURLConnection>> finished = new HashMap<>();
    private volatile boolean closed;

    /**
     * Request bodies are streamed with a fixed length ({@code disableRequestBuffering}), never buffered: the JDK
     * silently sends a buffered POST again when its connection fails before the answer, which for a submit is a
     * second paid edit (the fault matrix's lost-submit rows count two submits with buffering). Streaming costs the
     * JDK's check of a kept-alive connection before each POST, a read that waits 1 ms (docs/performance.md, row 1).
     */
    ReleasingClient() {
        super(null, null, true);
    }

    @Override
    public HttpURLConnection getConnection(URL url) throws IOException {
        if (closed) {
            throw new IllegalStateException("the ModelsLab provider is closed");
        }
        HttpURLConnection connection = super.getConnection(url);
        inFlight.add(connection);
        opened.set(connection);
        return connection;
    }

    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
        Response response;
        try {
            response = super.execute(request, options);
        } catch (IOException | RuntimeException e) {
            HttpURLConnection failed = takeOpened();
            if (failed != null) {
                inFlight.remove(failed);
                failed.disconnect();
            }
            throw e;
        }
        HttpURLConnection connection = takeOpened();
        if (connection == null) {
            return response;
        }
        Response.Body body = response.body();
        if (body == null) {
            finished(connection);
            return response;
        }
        boolean encoded = encoded(response);
        InputStream guarded = new GuardedBody(body.asInputStream(), encoded ? null : body.length(),
                Duration.ofMillis(options.readTimeoutMillis()),
                (stream, readToEnd) -> end(connection, stream, readToEnd && !encoded));
        return response.toBuilder().body(guarded, body.length()).build();
    }

    /** How many exchanges are in flight; for tests. */
    int inFlight() {
        return inFlight.size();
    }

    /** Closes the idle connections this client left in the JDK's cache, and those of exchanges as they end. */
    @Override
    public void close() {
        List<HttpURLConnection> newestFirst = new ArrayList<>();
        synchronized (finished) {
            closed = true;
            finished.values().forEach(recent -> recent.descendingIterator().forEachRemaining(newestFirst::add));
            finished.clear();
        }
        newestFirst.forEach(HttpURLConnection::disconnect);
    }

    /**
     * A body read to its end (and not decompressed on the way) stays open, so that {@code disconnect()} can find its
     * connection in the cache later. The connection of any other body is dropped: {@code disconnect()} closes the
     * stream, which makes the JDK close the connection (or, rarely, drain the rest in the background and keep it
     * until its own timer closes it), and closes the idle connection cached last.
     */
    private void end(HttpURLConnection connection, InputStream stream, boolean readToEnd) throws IOException {
        if (readToEnd) {
            finished(connection);
            return;
        }
        inFlight.remove(connection);
        try {
            connection.disconnect();
        } finally {
            stream.close();
        }
    }

    /** Remembers a finished exchange, or, once closed, closes its connection if the JDK kept it. */
    private void finished(HttpURLConnection connection) {
        inFlight.remove(connection);
        synchronized (finished) {
            if (!closed) {
                Deque<HttpURLConnection> recent = finished.computeIfAbsent(server(connection.getURL()),
                        key -> new ArrayDeque<>());
                recent.addLast(connection);
                if (recent.size() > REMEMBERED_PER_SERVER) {
                    recent.removeFirst();
                }
                return;
            }
        }
        connection.disconnect();
    }

    /** A compressed body's {@code Content-Length} is not the length read. */
    private static boolean encoded(Response response) {
        return response.headers().getOrDefault("Content-Encoding", List.of()).stream()
                .anyMatch(encoding -> !encoding.isBlank() && !encoding.strip().equalsIgnoreCase("identity"));
    }

    private @Nullable HttpURLConnection takeOpened() {
        HttpURLConnection connection = opened.get();
        opened.remove();
        return connection;
    }

    private static String server(URL url) {
        return url.getProtocol() + "://" + url.getHost() + ":" + (url.getPort() == -1 ? url.getDefaultPort()
                : url.getPort());
    }
}
