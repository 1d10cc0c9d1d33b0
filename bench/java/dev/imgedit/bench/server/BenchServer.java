package dev.imgedit.bench.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.imgedit.bench.SyntheticPhoto;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A ModelsLab-compatible server on 127.0.0.1 for benchmarks, with the JDK alone: {@code POST /api/v6/base64_to_url},
 * {@code POST /api/v7/images/image-to-image}, {@code POST /api/v[67]/images/fetch/{id}} and
 * {@code GET /outputs/{id}/0.png}. Unlike the test server it plays jobs in real time: a job is ready {@code work}
 * seconds after its submit, the submit announces {@code eta} seconds, and every answer waits {@code latency}.
 * {@code /bench/config}, {@code /bench/stats} and {@code /bench/reset} steer and read it ({@link ServerSettings},
 * {@link JobLedger}).
 *
 * <p>Run: {@code java -cp bench/target/classes dev.imgedit.bench.server.BenchServer [latency_ms=0] [eta=0]
 * [work=ETA] [output=1024x768]}. It prints its base URL on the first line of standard output and stops when its
 * standard input closes, so it never outlives the harness that started it.
 */
public final class BenchServer {
    private static final Pattern FETCH = Pattern.compile("/api/v[67]/images/fetch/(\\d+)");
    private static final Pattern OUTPUT = Pattern.compile("/outputs/(\\d+)/0\\.png");

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final String base;
    private final JobLedger ledger = new JobLedger();
    private final AtomicLong nextId = new AtomicLong(134_711_525);
    private volatile ServerSettings settings;
    private final byte[] output;

    private BenchServer(ServerSettings settings) throws IOException {
        this.settings = settings;
        this.output = SyntheticPhoto.png(SyntheticPhoto.render(settings.outputWidth(), settings.outputHeight(), 2));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public static void main(String[] args) throws IOException {
        // Without it each answer's header and body writes meet the client's delayed ACK: 40 ms per request.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        BenchServer server = new BenchServer(ServerSettings.parse(String.join("&", args)));
        System.out.println(server.base);
        System.out.flush();
        InputStream in = System.in;
        while (in.read() >= 0) {
            // Nothing to read: the harness closing our standard input is the signal to stop.
        }
        server.server.stop(0);
        server.executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            if (path.startsWith("/bench/")) {
                control(exchange, path, new String(body, StandardCharsets.UTF_8));
                return;
            }
            ServerSettings now = settings;
            pause(now.latencyMillis());
            Matcher fetch = FETCH.matcher(path);
            Matcher outputPath = OUTPUT.matcher(path);
            String text = new String(body, StandardCharsets.ISO_8859_1);
            if (method.equals("POST") && path.equals("/api/v6/base64_to_url")) {
                upload(exchange, text);
            } else if (method.equals("POST") && path.equals("/api/v7/images/image-to-image")) {
                submit(exchange, text, now);
            } else if (method.equals("POST") && fetch.matches()) {
                fetch(exchange, text, fetch.group(1));
            } else if (method.equals("GET") && outputPath.matches() && ledger.isJob(outputPath.group(1))) {
                ledger.downloaded(outputPath.group(1));
                send(exchange, 200, "image/png", output);
            } else {
                send(exchange, 404, "text/html", "<html><title>404 Not Found</title></html>");
            }
        }
    }

    private void upload(HttpExchange exchange, String body) throws IOException {
        ledger.uploaded();
        if (!hasKey(exchange, body)) {
            return;
        }
        if (!JsonFields.text(body, "base64_string").startsWith("data:image/")) {
            send(exchange, 200, "application/json", "{\"status\":\"error\",\"message\":\"Invalid base64 string\"}");
            return;
        }
        long id = nextId.incrementAndGet();
        send(exchange, 200, "application/json", "{\"status\":\"success\",\"id\":" + id + ",\"output\":[\"" + base
                + "/uploads/" + id + ".png\"]}");
    }

    private void submit(HttpExchange exchange, String body, ServerSettings now) throws IOException {
        if (!hasKey(exchange, body)) {
            return;
        }
        if (JsonFields.text(body, "prompt").isBlank() || JsonFields.text(body, "init_image").isBlank()) {
            send(exchange, 200, "application/json", "{\"status\":\"error\",\"message\":{\"prompt\":[\"The prompt "
                    + "field is required.\"],\"init_image\":[\"The init image field is required.\"]}}");
            return;
        }
        String id = String.valueOf(nextId.addAndGet(7));
        String trackId = JsonFields.text(body, "track_id");
        ledger.submitted(id, now.workNanos());
        String outputUrl = base + "/outputs/" + id + "/0.png";
        if (now.workNanos() == 0) {
            send(exchange, 200, "application/json", "{\"status\":\"success\",\"generationTime\":2.45,\"id\":" + id
                    + ",\"output\":[\"" + outputUrl + "\"],\"proxy_links\":[\"" + outputUrl + "\"],"
                    + "\"nsfw_content_detected\":false,\"track_id\":\"" + trackId + "\"}");
            return;
        }
        send(exchange, 200, "application/json", "{\"status\":\"processing\",\"eta\":" + now.etaSeconds()
                + ",\"message\":\"Request processing\",\"fetch_result\":\"" + base + "/api/v6/images/fetch/" + id
                + "\",\"id\":" + id + ",\"output\":[],\"future_links\":[\"" + outputUrl + "\"],\"track_id\":\""
                + trackId + "\"}");
    }

    private void fetch(HttpExchange exchange, String body, String id) throws IOException {
        if (!hasKey(exchange, body)) {
            return;
        }
        JobLedger.Poll poll = ledger.polled(id);
        if (poll == null) {
            send(exchange, 404, "application/json", "{\"status\":\"error\",\"message\":\"Request not found\"}");
        } else if (poll.ready()) {
            String outputUrl = base + "/outputs/" + id + "/0.png";
            send(exchange, 200, "application/json", "{\"status\":\"success\",\"id\":\"" + id + "\",\"output\":[\""
                    + outputUrl + "\"],\"proxy_links\":{\"0\":\"" + outputUrl + "\"}}");
        } else {
            send(exchange, 200, "application/json", "{\"status\":\"processing\",\"messege\":\"Try again after few "
                    + "seconds\",\"output\":\"\",\"eta\":" + poll.remainingSeconds() + "}");
        }
    }

    private void control(HttpExchange exchange, String path, String body) throws IOException {
        switch (path) {
            case "/bench/config" -> {
                settings = ServerSettings.parse(body);
                send(exchange, 200, "text/plain", settings.toString());
            }
            case "/bench/stats" -> send(exchange, 200, "application/json", ledger.statsJson());
            case "/bench/reset" -> {
                ledger.reset();
                send(exchange, 200, "text/plain", "reset");
            }
            default -> send(exchange, 404, "text/plain", "no such control: " + path);
        }
    }

    private static boolean hasKey(HttpExchange exchange, String body) throws IOException {
        if (!JsonFields.text(body, "key").isBlank()) {
            return true;
        }
        send(exchange, 401, "application/json", "{\"status\":\"error\",\"message\":\"Invalid API key\"}");
        return false;
    }

    private static void pause(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        send(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        try {
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException e) {
            // The client went away; there is no one to answer.
        }
    }
}
