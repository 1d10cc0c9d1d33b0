package dev.imgedit.modelslab.internal.reply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.imgedit.modelslab.internal.redaction.Redactor;
import dev.imgedit.modelslab.internal.reply.ApiReply.Status;
import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that reads ModelsLab's answers. An answer is a failure when its HTTP status is 400 or more
 * <em>or</em> its {@code status} is {@code error}/{@code failed} (ModelsLab sends errors under HTTP 200 too); the
 * {@link Classifier} says which. Anything but a JSON object (HTML, text, a cut-off body) is described from its
 * status line and {@code <title>}.
 *
 * <p>Every text of a reply except its links comes out redacted (ids, messages, {@code fetch_result}, {@code meta}),
 * so nothing ModelsLab says can carry the key into a log line, a message or a result. Links are left whole, a
 * redacted URL being another URL: {@link OutputLinks} drops those that hold the key, and whoever logs one redacts it.
 */
public final class ReplyReader {
    private static final Logger LOGGER = LoggerFactory.getLogger(ReplyReader.class);

    /** API answers are a few hundred bytes; anything near this is not ModelsLab JSON. */
    static final int MAX_REPLY_BYTES = 1024 * 1024;

    private static final int DETAIL_LENGTH = 200;
    private static final Set<String> SUCCEEDED = Set.of("success", "succeeded", "completed");
    private static final Set<String> PROCESSING =
            Set.of("processing", "queued", "pending", "starting", "running", "in_progress", "in progress");
    private static final Pattern HTML_TITLE = Pattern.compile("(?is)<title[^>]*>(.*?)</title>");
    private static final Pattern HTML_TAG = Pattern.compile("(?s)<[^>]*>");
    /** The reply fields that hold links: not redacted, so that a link holding the key is recognised and dropped. */
    private static final Set<String> LINK_FIELDS = Set.of("output", "proxy_links", "future_links", "link");

    private final ObjectMapper mapper;
    private final Redactor redactor;

    public ReplyReader(ObjectMapper mapper, Redactor redactor) {
        this.mapper = mapper;
        this.redactor = redactor;
    }

    /** @throws IOException when the body breaks off while being read */
    public ApiReply read(Phase phase, Response response) throws IOException {
        Answer answer = Answer.of(response);
        ObjectNode json = parse(answer);
        if (json == null) {
            return withoutJson(phase, answer);
        }
        String status = lowerCase(JsonFields.text(json.get("status")));
        if (answer.status >= 400 || status.equals("error") || status.equals("failed")) {
            return failure(phase, answer, json, status);
        }
        if (answer.status >= 300) {
            return redirect(answer);
        }
        Status kind = SUCCEEDED.contains(status) ? Status.SUCCEEDED
                : PROCESSING.contains(status) ? Status.PROCESSING
                : status.isEmpty() && hasOutputs(json) ? Status.SUCCEEDED
                : null;
        if (kind == null) {
            String shown = redactor.oneLine(status, 40);
            if (phase != Phase.FETCH) {
                return ApiReply.failed(Status.UNREADABLE_ANSWER, "HTTP " + answer.status + " with the unknown status '"
                        + shown + "'", null, JsonFields.nonBlank(json.get("id")));
            }
            LOGGER.warn("ModelsLab answered a fetch with the unknown status '{}'; taking it as still processing",
                    shown);
            kind = Status.PROCESSING;
        }
        return reply(phase, json, kind, "status '" + redactor.oneLine(status, 40) + "'", null);
    }

    private static boolean hasOutputs(ObjectNode json) {
        return !JsonFields.urls(json.get("output")).isEmpty() || !JsonFields.urls(json.get("proxy_links")).isEmpty();
    }

    private ApiReply failure(Phase phase, Answer answer, ObjectNode json, String status) {
        String message = JsonFields.message(json);
        String detail = "HTTP " + answer.status + ": " + (message == null
                ? "status '" + redactor.oneLine(status, 40) + "' and no message"
                : redactor.oneLine(message, DETAIL_LENGTH));
        boolean validationMap = json.path("message").isObject() || json.path("messege").isObject();
        Status kind = Classifier.ofJson(phase, answer.status,
                message == null ? "" : message.toLowerCase(Locale.ROOT), status, validationMap);
        Duration retryAfter = JsonFields.seconds(json.get("retry_after"));
        return reply(phase, json, kind, detail, kind != Status.RATE_LIMITED ? null
                : retryAfter != null ? retryAfter : answer.retryAfter());
    }

    private ApiReply reply(Phase phase, ObjectNode json, Status kind, String detail,
            @Nullable Duration retryAfter) {
        List<String> outputs = new ArrayList<>(JsonFields.urls(json.get("output")));
        if (phase == Phase.UPLOAD) {
            // Older upload endpoints answer with the URL in "link".
            outputs.addAll(JsonFields.urls(json.get("link")));
        }
        return new ApiReply(kind, detail, JsonFields.nonBlank(json.get("id")), outputs,
                JsonFields.urls(json.get("proxy_links")), JsonFields.urls(json.get("future_links")),
                JsonFields.nonBlank(json.get("fetch_result")), JsonFields.seconds(json.get("eta")), retryAfter,
                JsonFields.message(json), JsonFields.flag(json.get("nsfw_content_detected")), JsonFields.metadata(json));
    }

    /** The body as a JSON object, every text but the links redacted; null for anything else. */
    private @Nullable ObjectNode parse(Answer answer) {
        if (answer.truncated || answer.body.length == 0) {
            return null;
        }
        try {
            JsonNode tree = mapper.readTree(answer.body);
            if (tree == null || !tree.isObject()) {
                return null;
            }
            ObjectNode clean = mapper.createObjectNode();
            tree.properties().forEach(field -> clean.set(field.getKey(),
                    LINK_FIELDS.contains(field.getKey()) ? field.getValue() : redacted(field.getValue())));
            return clean;
        } catch (IOException e) {
            return null;
        }
    }

    /** {@code node} with the key taken out of every text, names of fields included. */
    private JsonNode redacted(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = mapper.createObjectNode();
            node.properties().forEach(field -> copy.set(redactor.redact(field.getKey()), redacted(field.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = mapper.createArrayNode();
            node.forEach(element -> copy.add(redacted(element)));
            return copy;
        }
        String text = node.asText();
        String clean = redactor.redact(text);
        return clean.equals(text) ? node : TextNode.valueOf(clean);
    }

    private ApiReply withoutJson(Phase phase, Answer answer) {
        if (answer.status >= 300 && answer.status < 400) {
            return redirect(answer);
        }
        Status kind = Classifier.withoutJson(phase, answer.status);
        String detail = "HTTP " + redactor.oneLine(answer.statusLine(), 100) + " with " + describeBody(answer);
        if (kind == Status.INVALID_REQUEST && answer.status == 404) {
            detail += "; is MODELSLAB_BASE_URL right?";
        }
        return ApiReply.failed(kind, detail, kind == Status.RATE_LIMITED ? answer.retryAfter() : null, null);
    }

    private ApiReply redirect(Answer answer) {
        String location = answer.header("Location");
        return ApiReply.failed(Status.SERVER_ERROR, "HTTP " + answer.status + " redirect to "
                + (location == null ? "nowhere" : redactor.oneLine(location, 100))
                + "; imgedit does not follow API redirects: set MODELSLAB_BASE_URL to the API's address", null, null);
    }

    private String describeBody(Answer answer) {
        if (answer.body.length == 0) {
            return "an empty body";
        }
        if (answer.truncated) {
            return "a body over " + MAX_REPLY_BYTES + " bytes";
        }
        String text = new String(answer.body, StandardCharsets.UTF_8);
        if (answer.looksLikeHtml(text)) {
            Matcher title = HTML_TITLE.matcher(text);
            String summary = title.find() ? title.group(1) : HTML_TAG.matcher(text).replaceAll(" ");
            return "an HTML page (" + redactor.oneLine(summary, 120) + ")";
        }
        return "a body that is not ModelsLab JSON (" + redactor.oneLine(text, 120) + ")";
    }

    private static String lowerCase(@Nullable String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    /** An HTTP answer read whole, up to {@link #MAX_REPLY_BYTES}. */
    private record Answer(int status, String reason, Map<String, Collection<String>> headers, byte[] body,
            boolean truncated) {

        static Answer of(Response response) throws IOException {
            Map<String, Collection<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            headers.putAll(response.headers());
            String reason = response.reason() == null ? "" : response.reason();
            Response.Body body = response.body();
            if (body == null) {
                return new Answer(response.status(), reason, headers, new byte[0], false);
            }
            try (InputStream in = body.asInputStream()) {
                byte[] bytes = in.readNBytes(MAX_REPLY_BYTES + 1);
                boolean truncated = bytes.length > MAX_REPLY_BYTES;
                return new Answer(response.status(), reason, headers,
                        truncated ? Arrays.copyOf(bytes, MAX_REPLY_BYTES) : bytes, truncated);
            }
        }

        /** {@code 401 Unauthorized}, for messages. */
        String statusLine() {
            return reason.isBlank() ? String.valueOf(status) : status + " " + reason.strip();
        }

        @Nullable String header(String name) {
            Collection<String> values = headers.get(name);
            return values == null ? null : values.stream().findFirst().orElse(null);
        }

        @Nullable Duration retryAfter() {
            String value = header("Retry-After");
            try {
                long seconds = value == null ? -1 : Long.parseLong(value.strip());
                return seconds >= 0 ? Duration.ofSeconds(seconds) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }

        boolean looksLikeHtml(String text) {
            String start = text.stripLeading().toLowerCase(Locale.ROOT);
            String type = header("Content-Type");
            return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head")
                    || start.startsWith("<body") || (type != null && type.contains("html"));
        }
    }
}
