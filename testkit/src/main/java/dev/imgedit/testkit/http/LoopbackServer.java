package dev.imgedit.testkit.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.imgedit.testkit.TestImages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * An HTTP server on 127.0.0.1, on an ephemeral port, that a provider's tests extend to speak their service's protocol
 * ({@link #answer}). It accepts one API key, records every request, keeps the status each submit was answered with,
 * and serves a sample PNG (320x240) at any {@code /inputs/NAME.png}, for URL inputs. Behind a {@link FaultProxy} it
 * names the proxy, not itself, in its answers ({@link #advertise}), so that every later call goes through the proxy
 * too. Built on the JDK's {@code com.sun.net.httpserver}: no dependency.
 */
public abstract class LoopbackServer implements AutoCloseable {
    private static final int THREADS = 16;
    private static final int BACKLOG = 50;

    static {
        // Without it the server's header and body writes meet the client's delayed ACK: 40 ms per answer.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ThreadPoolExecutor executor;
    private final String apiKey;
    private final String base;
    private volatile String advertised;
    private final List<RecordedRequest> requests = new ArrayList<>();
    private final List<Integer> submitStatuses = new ArrayList<>();

    /**
     * Starts the server.
     *
     * @param name what it is, for the error when it cannot start, such as "the Acme test server"
     * @param apiKey the one key it accepts
     */
    protected LoopbackServer(String name, String apiKey) {
        this.apiKey = apiKey;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), BACKLOG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
        // A fixed, prestarted pool: the thread count stays put, so leak checks in tests see only the provider's.
        executor = new ThreadPoolExecutor(THREADS, THREADS, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
        executor.prestartAllCoreThreads();
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        advertised = base;
        server.start();
    }

    /** Where the server itself listens. */
    public URI baseUrl() {
        return URI.create(base);
    }

    public String apiKey() {
        return apiKey;
    }

    /** Names {@code publicBase} in answers instead of the server's own address, as when a proxy stands in front. */
    public void advertise(URI publicBase) {
        advertised = publicBase.toString().replaceAll("/+$", "");
    }

    /** A sample PNG (320x240) the server serves and takes as a URL input. */
    public String inputUrl(String name) {
        return advertised + "/inputs/" + name;
    }

    public List<RecordedRequest> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public long requestCount() {
        synchronized (requests) {
            return requests.size();
        }
    }

    public List<RecordedRequest> requestsTo(String pathPrefix) {
        return requests().stream().filter(request -> request.path().startsWith(pathPrefix)).toList();
    }

    /** The HTTP status each submit was answered with, in order (a dropped connection counts as 0). */
    public List<Integer> submitStatuses() {
        synchronized (submitStatuses) {
            return List.copyOf(submitStatuses);
        }
    }

    /** Forgets the requests and submit statuses recorded; a subclass forgets its scripts too. */
    public void reset() {
        synchronized (requests) {
            requests.clear();
        }
        synchronized (submitStatuses) {
            submitStatuses.clear();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /**
     * The base URL written into answers (links to poll, to download, {@code ${base}}), without a trailing slash: the
     * server's own unless {@link #advertise} changed it.
     */
    protected String advertised() {
        return advertised;
    }

    /** Notes the status a submit was answered with, for {@link #submitStatuses()}; 0 for a dropped connection. */
    protected void answeredSubmit(int status) {
        synchronized (submitStatuses) {
            submitStatuses.add(status);
        }
    }

    /**
     * Answers a request that is not for a sample input. A {@link RuntimeException} thrown here is answered 500, saying
     * it is the test server's failure.
     *
     * @param request the request, recorded already
     * @param body its body as received
     */
    protected abstract void answer(HttpExchange exchange, RecordedRequest request, byte[] body) throws IOException;

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            RecordedRequest request = record(exchange, body);
            try {
                if (request.method().equals("GET") && request.path().startsWith("/inputs/")
                        && request.path().endsWith(".png")) {
                    Exchanges.sendBytes(exchange, 200, "image/png", TestImages.png(320, 240));
                } else {
                    answer(exchange, request, body);
                }
            } catch (RuntimeException e) {
                Exchanges.send(exchange, Reply.text(500, "test server failure: " + e), Map.of());
            }
        }
    }

    private RecordedRequest record(HttpExchange exchange, byte[] body) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
        String query = exchange.getRequestURI().getRawQuery();
        RecordedRequest request = new RecordedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                query == null ? "" : query, headers, new String(body, StandardCharsets.UTF_8), System.nanoTime());
        synchronized (requests) {
            requests.add(request);
        }
        return request;
    }
}
