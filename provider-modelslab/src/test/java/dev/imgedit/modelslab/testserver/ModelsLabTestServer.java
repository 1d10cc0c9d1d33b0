package dev.imgedit.modelslab.testserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.imgedit.testkit.http.Exchanges;
import dev.imgedit.testkit.http.FaultProxy;
import dev.imgedit.testkit.http.LoopbackServer;
import dev.imgedit.testkit.http.RecordedRequest;
import dev.imgedit.testkit.http.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A ModelsLab-compatible server on 127.0.0.1 for offline tests: {@code POST /api/v6/base64_to_url},
 * {@code POST /api/v7/images/image-to-image}, {@code POST /api/v7/images/fetch/{id}} and the v6 fetch paths that
 * {@code fetch_result} names, the output files, and (as every {@link LoopbackServer}) sample inputs under
 * {@code /inputs/}. Each submit takes the next {@link JobScript} queued with {@link #enqueue} (else the default
 * script); every request is recorded, and every submit's answer status. Submits are held against the body each model
 * takes ({@link #shapeProblems()}). Behind a {@link FaultProxy}, it names the proxy in its answers.
 *
 * <pre>{@code
 * try (ModelsLabTestServer server = ModelsLabTestServer.start()) {
 *     server.enqueue(JobScript.processingThenSuccess(2));
 *     ... MODELSLAB_BASE_URL = server.baseUrl(), MODELSLAB_API_KEY = server.apiKey() ...
 * }
 * }</pre>
 */
public final class ModelsLabTestServer extends LoopbackServer {
    public static final String DEFAULT_KEY = "test-modelslab-key";

    private static final Pattern FETCH = Pattern.compile("/api/v[67]/(?:images|image_editing)/fetch/([^/]+)");
    private static final Pattern OUTPUT = Pattern.compile("/outputs/([^/]+)/(\\d+)\\.(png|jpg)");

    private final ObjectMapper mapper = new ObjectMapper();
    private final OutputFiles outputs = new OutputFiles();
    private final Deque<JobScript> scripts = new ConcurrentLinkedDeque<>();
    private final Deque<Reply> submitRejections = new ConcurrentLinkedDeque<>();
    private final List<String> shapeProblems = new ArrayList<>();
    private final Map<String, ServerJob> jobs = new ConcurrentHashMap<>();
    private final AtomicLong nextId = new AtomicLong(134_711_525);
    private final Uploads uploads = new Uploads(nextId);
    private volatile boolean v7FetchMissing;
    private volatile JobScript defaultScript = JobScript.processingThenSuccess(1);

    private ModelsLabTestServer(String apiKey) {
        super("the ModelsLab test server", apiKey);
    }

    public static ModelsLabTestServer start() {
        return start(DEFAULT_KEY);
    }

    /** Starts a server that accepts {@code apiKey} only. */
    public static ModelsLabTestServer start(String apiKey) {
        return new ModelsLabTestServer(apiKey);
    }

    /** The scripts the next submits play, in order. */
    public ModelsLabTestServer enqueue(JobScript... next) {
        scripts.addAll(List.of(next));
        return this;
    }

    /** The script of submits when none is queued (at first: processing, one poll, success). */
    public ModelsLabTestServer defaultScript(JobScript script) {
        defaultScript = script;
        return this;
    }

    /** Makes {@code /api/v7/images/fetch/{id}} answer an HTML 404, as if only the v6 fetch paths existed. */
    public ModelsLabTestServer withoutV7Fetch() {
        v7FetchMissing = true;
        return this;
    }

    /** Answers the next submits with these replies before any job is created (rate limits, 503s, ...). */
    public ModelsLabTestServer rejectNextSubmits(Reply... replies) {
        submitRejections.addAll(List.of(replies));
        return this;
    }

    public ModelsLabTestServer rejectNextUploads(Reply... replies) {
        uploads.rejectNext(replies);
        return this;
    }

    /** The successful upload answer; {@code ${url}} and {@code ${uploadId}} are filled in. */
    public ModelsLabTestServer uploadReply(String template) {
        uploads.answerWith(template);
        return this;
    }

    public List<RecordedRequest> submits() {
        return requestsTo("/api/v7/images/image-to-image");
    }

    public long submitCount() {
        return submits().size();
    }

    /**
     * What was wrong with the submits the server refused for their shape ({@code init_image} a string where the model
     * takes an array, a missing {@code size}, ...), each as {@code model: field: message}; ModelsLab's answer to
     * them, a validation map, fails the edit as an {@code InvalidRequestException}.
     */
    public List<String> shapeProblems() {
        synchronized (shapeProblems) {
            return List.copyOf(shapeProblems);
        }
    }

    /** The id of the job whose submit carried {@code trackId}. */
    public Optional<String> jobIdForTrackId(String trackId) {
        return jobs.values().stream().filter(job -> job.trackId.equals(trackId)).map(job -> job.id).findFirst();
    }

    /** The bytes uploaded under {@code url}, an upload's answer; empty for any other URL. */
    public Optional<byte[]> uploaded(String url) {
        return Optional.ofNullable(uploads.named(url, advertised())).map(byte[]::clone);
    }

    public List<RecordedRequest> fetches() {
        return requests().stream().filter(request -> FETCH.matcher(request.path()).matches()).toList();
    }

    /** A recorded body parsed as JSON. */
    public JsonNode json(RecordedRequest request) {
        try {
            return mapper.readTree(request.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forgets queued scripts and rejections and recorded requests; jobs already made stay pollable. */
    @Override
    public void reset() {
        super.reset();
        scripts.clear();
        submitRejections.clear();
        uploads.forgetRejections();
        synchronized (shapeProblems) {
            shapeProblems.clear();
        }
        defaultScript = JobScript.processingThenSuccess(1);
        v7FetchMissing = false;
    }

    @Override
    protected void answer(HttpExchange exchange, RecordedRequest request, byte[] body) throws IOException {
        String path = request.path();
        String method = request.method();
        Matcher fetch = FETCH.matcher(path);
        Matcher output = OUTPUT.matcher(path);
        if (method.equals("POST") && path.equals("/api/v6/base64_to_url")) {
            upload(exchange, body);
        } else if (method.equals("POST") && path.equals("/api/v7/images/image-to-image")) {
            submit(exchange, body);
        } else if (method.equals("POST") && fetch.matches() && !(v7FetchMissing && path.startsWith("/api/v7/"))) {
            fetch(exchange, body, fetch.group(1));
        } else if (method.equals("GET") && output.matches()) {
            new OutputServer(outputs).serve(exchange, jobs.get(output.group(1)), advertised());
        } else if (method.equals("GET") && uploads.at(path) != null) {
            Exchanges.sendBytes(exchange, 200, "image/png", uploads.at(path));
        } else {
            Exchanges.send(exchange, Reply.html(404, "<html><head><title>404 Not Found</title></head></html>"),
                    Map.of());
        }
    }

    private void upload(HttpExchange exchange, byte[] body) throws IOException {
        JsonNode json = parse(body);
        if (keyIsValid(exchange, json)) {
            uploads.answer(exchange, json, advertised());
        }
    }

    private void submit(HttpExchange exchange, byte[] body) throws IOException {
        JsonNode json = parse(body);
        if (!hasValidKey(json)) {
            answeredSubmit(401);
            rejectKey(exchange);
            return;
        }
        Reply rejection = submitRejections.poll();
        if (rejection != null) {
            answeredSubmit(rejection.dropConnection() ? 0 : rejection.status());
            Exchanges.send(exchange, rejection, Map.of("base", advertised()));
            return;
        }
        Map<String, String> problems = ModelShapes.problems(json);
        if (!problems.isEmpty()) {
            synchronized (shapeProblems) {
                shapeProblems.addAll(ModelShapes.described(json, problems));
            }
            answeredSubmit(200);
            ObjectNode validation = mapper.createObjectNode().put("status", "error");
            ObjectNode messages = validation.putObject("message");
            problems.forEach((field, message) -> messages.putArray(field).add(message));
            Exchanges.send(exchange, Reply.json(validation.toString()), Map.of());
            return;
        }
        JobScript script = scripts.poll();
        long id = nextId.addAndGet(7);
        // Without an aspect ratio or size a model keeps the proportions of its input (square for one not uploaded).
        ServerJob job = new ServerJob(String.valueOf(id), String.valueOf(id - 10_028),
                json.path("track_id").asText(""), ModelShapes.outputRatio(json) != null ? ModelShapes.outputRatio(json)
                        : uploads.proportions(ModelShapes.firstImage(json), advertised()),
                script == null ? defaultScript : script);
        jobs.put(job.id, job);
        jobs.put(job.fetchId, job);
        answeredSubmit(job.script.submit().dropConnection() ? 0 : job.script.submit().status());
        Exchanges.send(exchange, job.script.submit(), job.variables(advertised()));
    }

    private void fetch(HttpExchange exchange, byte[] body, String id) throws IOException {
        if (!keyIsValid(exchange, parse(body))) {
            return;
        }
        ServerJob job = jobs.get(id);
        if (job == null) {
            Exchanges.send(exchange, Reply.json(404, "{\"status\":\"error\",\"message\":\"Request not found\"}"),
                    Map.of());
            return;
        }
        Exchanges.send(exchange, job.nextFetchReply(), job.variables(advertised()));
    }

    private boolean keyIsValid(HttpExchange exchange, JsonNode json) throws IOException {
        if (hasValidKey(json)) {
            return true;
        }
        rejectKey(exchange);
        return false;
    }

    private boolean hasValidKey(JsonNode json) {
        return apiKey().equals(json.path("key").asText(null));
    }

    private static void rejectKey(HttpExchange exchange) throws IOException {
        Exchanges.send(exchange, Reply.json(401, "{\"status\":\"error\",\"message\":\"Invalid API key\"}"), Map.of());
    }

    private JsonNode parse(byte[] body) {
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            return mapper.createObjectNode();
        }
    }
}
