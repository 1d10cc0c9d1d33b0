package dev.imgedit.bfl.testserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.imgedit.testkit.TestImages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A BFL-compatible server on 127.0.0.1 for offline tests: {@code POST /v1/{model}} for the five models (422s as BFL's
 * schemas give them, see {@link SubmitRules}), the {@code polling_url} it hands out (on a path of its own, with a
 * token that must come back as given), {@code GET /v1/get_result?id=}, the signed image URLs, {@code GET /v1/credits}
 * and sample inputs under {@code /inputs/}. Every request but an image download must carry the key in {@code x-key}
 * (else 403). Each submit plays the next {@link TaskScript} queued, else the default one; every request is recorded.
 *
 * <pre>{@code
 * try (BflTestServer server = BflTestServer.start()) {
 *     server.enqueue(TaskScript.pendingThenReady(2));
 *     ... BFL_BASE_URL = server.baseUrl(), BFL_API_KEY = server.apiKey() ...
 * }
 * }</pre>
 */
public final class BflTestServer implements AutoCloseable {
    public static final String DEFAULT_KEY = "test-bfl-key-0a1b2c3d";

    private static final Pattern SUBMIT = Pattern.compile("/v1/([a-z0-9.-]+)");
    private static final Pattern SAMPLE = Pattern.compile("/results/([^/]+)/sample\\.(png|jpg|webp)");
    private static final String CLUSTER_PATH = "/cluster-1";

    private final HttpServer server;
    private final ThreadPoolExecutor executor;
    private final String apiKey;
    private final String base;
    private final ObjectMapper mapper = new ObjectMapper();
    private final Submits submits = new Submits();
    private final Deque<TaskScript> scripts = new ConcurrentLinkedDeque<>();
    private final Deque<Answer> submitRejections = new ConcurrentLinkedDeque<>();
    private final Deque<Answer> pollRejections = new ConcurrentLinkedDeque<>();
    private final List<RecordedRequest> requests = new ArrayList<>();
    private final List<Integer> submitStatuses = new ArrayList<>();
    private final Map<String, ServerTask> tasks = new ConcurrentHashMap<>();
    private volatile String advertised;
    private volatile String pollingBase;
    private volatile TaskScript defaultScript = TaskScript.pendingThenReady(1);
    private volatile BigDecimal credits = new BigDecimal("1234.5");

    static {
        // Without it the server's header and body writes meet the client's delayed ACK: 40 ms per answer.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private BflTestServer(String apiKey) throws IOException {
        this.apiKey = apiKey;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        // A fixed, prestarted pool: the thread count stays put, so leak checks see only the provider's threads.
        executor = new ThreadPoolExecutor(16, 16, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
        executor.prestartAllCoreThreads();
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        advertised = base;
        pollingBase = base + CLUSTER_PATH;
    }

    public static BflTestServer start() {
        return start(DEFAULT_KEY);
    }

    /** A server that accepts {@code apiKey} only. */
    public static BflTestServer start(String apiKey) {
        try {
            return new BflTestServer(apiKey);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the BFL test server", e);
        }
    }

    public URI baseUrl() {
        return URI.create(base);
    }

    public String apiKey() {
        return apiKey;
    }

    /** Names {@code publicBase} in answers instead of the server's own address, as when a proxy stands in front. */
    public BflTestServer advertise(URI publicBase) {
        advertised = publicBase.toString().replaceAll("/+$", "");
        pollingBase = advertised + CLUSTER_PATH;
        return this;
    }

    /** Hands out polling URLs under {@code otherBase} (another host, say) instead of its own cluster path. */
    public BflTestServer pollingUrlsUnder(String otherBase) {
        pollingBase = otherBase;
        return this;
    }

    /** A sample PNG (320x240) the server serves and accepts as an input URL. */
    public String inputUrl(String name) {
        return advertised + "/inputs/" + name;
    }

    public BflTestServer enqueue(TaskScript... next) {
        scripts.addAll(List.of(next));
        return this;
    }

    /** The script of submits when none is queued (at first: one poll Pending, then Ready). */
    public BflTestServer defaultScript(TaskScript script) {
        defaultScript = script;
        return this;
    }

    /** Answers the next submits with these before any task is made (402, 422, 429, 5xx, dropped, ...). */
    public BflTestServer rejectNextSubmits(Answer... answers) {
        submitRejections.addAll(List.of(answers));
        return this;
    }

    /** Answers the next polls with these instead of the task's status. */
    public BflTestServer rejectNextPolls(Answer... answers) {
        pollRejections.addAll(List.of(answers));
        return this;
    }

    public BflTestServer credits(BigDecimal balance) {
        credits = balance;
        return this;
    }

    /** Makes a task unknown from now on, as BFL forgets old ones: polls say "Task not found", its link 403. */
    public void expire(String taskId) {
        ServerTask task = tasks.get(taskId);
        if (task != null) {
            task.expired = true;
        }
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

    public List<RecordedRequest> submits() {
        return requests().stream().filter(r -> r.method().equals("POST")).toList();
    }

    public long submitCount() {
        return submits().size();
    }

    /** Polls at either path: the polling URL's or {@code /v1/get_result}. */
    public List<RecordedRequest> polls() {
        return requests().stream().filter(r -> r.path().endsWith("/v1/get_result")).toList();
    }

    public List<RecordedRequest> downloads() {
        return requests().stream().filter(r -> SAMPLE.matcher(r.path()).matches()).toList();
    }

    /** The HTTP status each submit was answered with, in order (a dropped connection counts as 0). */
    public List<Integer> submitStatuses() {
        synchronized (submitStatuses) {
            return List.copyOf(submitStatuses);
        }
    }

    /** The ids of the tasks made, in no order. */
    public List<String> taskIds() {
        return List.copyOf(tasks.keySet());
    }

    public JsonNode json(RecordedRequest request) {
        try {
            return mapper.readTree(request.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forgets queued scripts and rejections and recorded requests; tasks already made stay pollable. */
    public void reset() {
        scripts.clear();
        submitRejections.clear();
        pollRejections.clear();
        synchronized (requests) {
            requests.clear();
        }
        synchronized (submitStatuses) {
            submitStatuses.clear();
        }
        defaultScript = TaskScript.pendingThenReady(1);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            RecordedRequest request = record(exchange, path, body);
            Map<String, String> query = Exchanges.query(exchange.getRequestURI().getRawQuery());
            Matcher submit = SUBMIT.matcher(path);
            Matcher sample = SAMPLE.matcher(path);
            String method = exchange.getRequestMethod();
            if (method.equals("GET") && sample.matches()) {
                SampleServer.serve(exchange, tasks.get(sample.group(1)), advertised);
            } else if (method.equals("GET") && path.startsWith("/inputs/") && path.endsWith(".png")) {
                Exchanges.send(exchange, 200, "image/png", TestImages.png(320, 240));
            } else if (!apiKey.equals(request.key())) {
                answered(method, 403);
                Exchanges.send(exchange, Answer.json(403, "{\"detail\":\"Not authenticated - Invalid "
                        + "Authentication\"}"), Map.of());
            } else if (method.equals("GET") && path.equals("/v1/credits")) {
                Exchanges.send(exchange, Answer.json(200, "{\"credits\":" + credits.toPlainString() + "}"),
                        Map.of());
            } else if (method.equals("GET") && path.endsWith("/v1/get_result")) {
                poll(exchange, path, query);
            } else if (method.equals("POST") && submit.matches() && SubmitRules.isModel(submit.group(1))) {
                submit(exchange, submit.group(1), body);
            } else {
                answered(method, 404);
                Exchanges.send(exchange, Answer.json(404, "{\"detail\":\"Not Found\"}"), Map.of());
            }
        } catch (RuntimeException e) {
            Exchanges.send(exchange, Answer.json(500, "{\"detail\":\"test server failure: " + e + "\"}"), Map.of());
        }
    }

    private void submit(HttpExchange exchange, String model, byte[] body) throws IOException {
        Answer rejection = submitRejections.poll();
        if (rejection != null) {
            answered("POST", rejection.dropConnection() ? 0 : rejection.status());
            Exchanges.send(exchange, rejection, Map.of("base", advertised));
            return;
        }
        TaskScript script = scripts.poll();
        Submits.Outcome outcome = submits.accept(model, body, script == null ? defaultScript : script,
                this::fetchable);
        answered("POST", outcome.answer().status());
        if (outcome.task() == null) {
            Exchanges.send(exchange, outcome.answer(), Map.of());
            return;
        }
        tasks.put(outcome.task().id, outcome.task());
        Exchanges.send(exchange, outcome.answer(), outcome.task().variables(advertised, pollingBase));
    }

    private void poll(HttpExchange exchange, String path, Map<String, String> query) throws IOException {
        String id = query.getOrDefault("id", "");
        ServerTask task = tasks.get(id);
        boolean exact = path.equals("/v1/get_result")
                || path.equals(CLUSTER_PATH + "/v1/get_result") && task != null && task.token.equals(query.get("t"));
        if (!exact) {
            Exchanges.send(exchange, Answer.json(404, "{\"detail\":\"Not Found\"}"), Map.of());
            return;
        }
        Answer rejection = pollRejections.poll();
        if (rejection != null) {
            Exchanges.send(exchange, rejection, Map.of("id", id));
        } else if (task == null) {
            Exchanges.send(exchange, Answer.status("Task not found"), Map.of("id", id));
        } else {
            Exchanges.send(exchange, task.nextPoll(), task.variables(advertised, pollingBase));
        }
    }

    private boolean fetchable(String url) {
        return url.startsWith(advertised + "/inputs/") || url.startsWith(base + "/inputs/");
    }

    private void answered(String method, int status) {
        if (method.equals("POST")) {
            synchronized (submitStatuses) {
                submitStatuses.add(status);
            }
        }
    }

    private RecordedRequest record(HttpExchange exchange, String path, byte[] body) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
        String query = exchange.getRequestURI().getRawQuery();
        RecordedRequest request = new RecordedRequest(exchange.getRequestMethod(), path, query == null ? "" : query,
                headers, new String(body, StandardCharsets.UTF_8));
        synchronized (requests) {
            requests.add(request);
        }
        return request;
    }
}
