package dev.imgedit.bfl.testserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import dev.imgedit.testkit.http.Exchanges;
import dev.imgedit.testkit.http.LoopbackServer;
import dev.imgedit.testkit.http.RecordedRequest;
import dev.imgedit.testkit.http.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A BFL-compatible server on 127.0.0.1 for offline tests: {@code POST /v1/{model}} for the five models (422s as BFL's
 * schemas give them, see {@link SubmitRules}), the {@code polling_url} it hands out (on a path of its own, with a
 * token that must come back as given), {@code GET /v1/get_result?id=}, the signed image URLs, {@code GET /v1/credits}
 * and (as every {@link LoopbackServer}) sample inputs under {@code /inputs/}. Every request but an image download must
 * carry the key in {@code x-key} (else 403). Each submit plays the next {@link TaskScript} queued, else the default
 * one; every request is recorded.
 *
 * <pre>{@code
 * try (BflTestServer server = BflTestServer.start()) {
 *     server.enqueue(TaskScript.pendingThenReady(2));
 *     ... BFL_BASE_URL = server.baseUrl(), BFL_API_KEY = server.apiKey() ...
 * }
 * }</pre>
 */
public final class BflTestServer extends LoopbackServer {
    public static final String DEFAULT_KEY = "test-bfl-key-0a1b2c3d";
    /** The header BFL takes the key in. */
    public static final String KEY_HEADER = "x-key";

    private static final Pattern SUBMIT = Pattern.compile("/v1/([a-z0-9.-]+)");
    private static final Pattern SAMPLE = Pattern.compile("/results/([^/]+)/sample\\.(png|jpg|webp)");
    private static final String CLUSTER_PATH = "/cluster-1";

    private final ObjectMapper mapper = new ObjectMapper();
    private final Submits submits = new Submits();
    private final Deque<TaskScript> scripts = new ConcurrentLinkedDeque<>();
    private final Deque<Reply> submitRejections = new ConcurrentLinkedDeque<>();
    private final Deque<Reply> pollRejections = new ConcurrentLinkedDeque<>();
    private final Map<String, ServerTask> tasks = new ConcurrentHashMap<>();
    private volatile @Nullable String pollingElsewhere;
    private volatile TaskScript defaultScript = TaskScript.pendingThenReady(1);
    private volatile BigDecimal credits = new BigDecimal("1234.5");

    private BflTestServer(String apiKey) {
        super("the BFL test server", apiKey);
    }

    public static BflTestServer start() {
        return start(DEFAULT_KEY);
    }

    /** A server that accepts {@code apiKey} only. */
    public static BflTestServer start(String apiKey) {
        return new BflTestServer(apiKey);
    }

    /** Hands out polling URLs under {@code otherBase} (another host, say) instead of its own cluster path. */
    public BflTestServer pollingUrlsUnder(String otherBase) {
        pollingElsewhere = otherBase;
        return this;
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
    public BflTestServer rejectNextSubmits(Reply... replies) {
        submitRejections.addAll(List.of(replies));
        return this;
    }

    /** Answers the next polls with these instead of the task's status. */
    public BflTestServer rejectNextPolls(Reply... replies) {
        pollRejections.addAll(List.of(replies));
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
    @Override
    public void reset() {
        super.reset();
        scripts.clear();
        submitRejections.clear();
        pollRejections.clear();
        defaultScript = TaskScript.pendingThenReady(1);
    }

    @Override
    protected void answer(HttpExchange exchange, RecordedRequest request, byte[] body) throws IOException {
        String path = request.path();
        Matcher submit = SUBMIT.matcher(path);
        Matcher sample = SAMPLE.matcher(path);
        String method = request.method();
        if (method.equals("GET") && sample.matches()) {
            SampleServer.serve(exchange, tasks.get(sample.group(1)), advertised());
        } else if (!apiKey().equals(request.header(KEY_HEADER))) {
            answered(method, 403);
            Exchanges.send(exchange, Reply.json(403, "{\"detail\":\"Not authenticated - Invalid "
                    + "Authentication\"}"), Map.of());
        } else if (method.equals("GET") && path.equals("/v1/credits")) {
            Exchanges.send(exchange, Reply.json(200, "{\"credits\":" + credits.toPlainString() + "}"), Map.of());
        } else if (method.equals("GET") && path.endsWith("/v1/get_result")) {
            poll(exchange, path, Exchanges.query(request.query()));
        } else if (method.equals("POST") && submit.matches() && SubmitRules.isModel(submit.group(1))) {
            submit(exchange, submit.group(1), body);
        } else {
            answered(method, 404);
            Exchanges.send(exchange, Reply.json(404, "{\"detail\":\"Not Found\"}"), Map.of());
        }
    }

    private void submit(HttpExchange exchange, String model, byte[] body) throws IOException {
        Reply rejection = submitRejections.poll();
        if (rejection != null) {
            answered("POST", rejection.dropConnection() ? 0 : rejection.status());
            Exchanges.send(exchange, rejection, Map.of("base", advertised()));
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
        Exchanges.send(exchange, outcome.answer(), outcome.task().variables(advertised(), pollingBase()));
    }

    private void poll(HttpExchange exchange, String path, Map<String, String> query) throws IOException {
        String id = query.getOrDefault("id", "");
        ServerTask task = tasks.get(id);
        boolean exact = path.equals("/v1/get_result")
                || path.equals(CLUSTER_PATH + "/v1/get_result") && task != null && task.token.equals(query.get("t"));
        if (!exact) {
            Exchanges.send(exchange, Reply.json(404, "{\"detail\":\"Not Found\"}"), Map.of());
            return;
        }
        Reply rejection = pollRejections.poll();
        if (rejection != null) {
            Exchanges.send(exchange, rejection, Map.of("id", id));
        } else if (task == null) {
            Exchanges.send(exchange, BflReplies.status("Task not found"), Map.of("id", id));
        } else {
            Exchanges.send(exchange, task.nextPoll(), task.variables(advertised(), pollingBase()));
        }
    }

    /** Where polling URLs point: the server's cluster path, unless a test moved them elsewhere. */
    private String pollingBase() {
        String elsewhere = pollingElsewhere;
        return elsewhere != null ? elsewhere : advertised() + CLUSTER_PATH;
    }

    private boolean fetchable(String url) {
        return url.startsWith(advertised() + "/inputs/") || url.startsWith(baseUrl() + "/inputs/");
    }

    private void answered(String method, int status) {
        if (method.equals("POST")) {
            answeredSubmit(status);
        }
    }
}
