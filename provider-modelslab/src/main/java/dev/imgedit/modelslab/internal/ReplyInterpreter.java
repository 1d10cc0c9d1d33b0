package dev.imgedit.modelslab.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.imgedit.modelslab.internal.Problem.Kind;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that reads ModelsLab's answers. An answer is a failure when its HTTP status is 400 or more
 * <em>or</em> its {@code status} is {@code error}/{@code failed} (ModelsLab sends errors under HTTP 200 too);
 * failures are classified by ModelsLab's message first, being the more specific, then by HTTP status.
 *
 * <p>Every text of a reply except its links comes out redacted (ids, messages, {@code fetch_result}, {@code meta}),
 * so nothing ModelsLab says can carry the key into a log line, a message or a result. Links are left whole, a
 * redacted URL being another URL: {@link OutputLinks} drops those that hold the key, and whoever logs one redacts it.
 */
final class ReplyInterpreter {
    private static final Logger LOGGER = LoggerFactory.getLogger(ReplyInterpreter.class);

    private static final int DETAIL_LENGTH = 200;
    private static final Set<String> PROCESSING =
            Set.of("processing", "queued", "pending", "starting", "running", "in_progress", "in progress");
    private static final Pattern HTML_TITLE = Pattern.compile("(?is)<title[^>]*>(.*?)</title>");
    private static final Pattern HTML_TAG = Pattern.compile("(?s)<[^>]*>");
    /** The reply fields that hold links: not redacted, so that a link holding the key is recognised and dropped. */
    private static final Set<String> LINK_FIELDS = Set.of("output", "proxy_links", "future_links", "link");

    private static final List<String> RATE_LIMITED = List.of("rate limit", "too many request", "queued request",
            "spam filter", "slow down");
    private static final List<String> AUTHENTICATION = List.of("api key", "api_key", "apikey", "invalid key",
            "unauthori", "unauthenticated", "key is required", "key required");
    private static final List<String> CREDITS = List.of("insufficient credit", "insufficient balance",
            "insufficient fund", "not enough credit", "out of credit", "no credits", "add more credits",
            "premium subscription", "subscription required", "payment required", "recharge", "top up");
    private static final List<String> CONTENT = List.of("nsfw", "moderat", "safety", "inappropriate",
            "content policy", "prohibited", "explicit content", "unsafe content", "not allowed content");
    private static final List<String> MODEL_NOT_FOUND = List.of("model not found", "model id not found",
            "model_id not found", "invalid model");
    private static final List<String> JOB_NOT_FOUND = List.of("not found", "no request", "does not exist",
            "doesn't exist", "invalid id", "invalid request id", "no such", "expired");
    private static final List<String> UNAVAILABLE = List.of("temporarily unavailable", "under maintenance",
            "server busy", "overloaded");
    private static final List<String> SERVER_ERROR = List.of("internal server error", "server error");
    private static final List<String> INVALID = List.of("unable to fetch image", "required", "invalid", "must be",
            "must have", "validation", "not supported", "unsupported", "too large", "too big", "exceed");

    private final ObjectMapper mapper;
    private final Redactor redactor;

    ReplyInterpreter(ObjectMapper mapper, Redactor redactor) {
        this.mapper = mapper;
        this.redactor = redactor;
    }

    Outcome interpret(Phase phase, HttpReply reply) {
        Optional<WireReply> parsed = parse(reply);
        if (parsed.isEmpty()) {
            return new Outcome.Failed(withoutJson(phase, reply));
        }
        WireReply wire = parsed.get();
        String status = wire.statusText();
        boolean failed = reply.status() >= 400 || status.equals("error") || status.equals("failed");
        if (failed) {
            return new Outcome.Failed(failure(phase, reply, wire, status));
        }
        if (reply.status() >= 300) {
            return new Outcome.Failed(redirect(reply));
        }
        if (status.equals("success") || status.equals("succeeded") || status.equals("completed")) {
            return new Outcome.Succeeded(wire);
        }
        if (PROCESSING.contains(status)) {
            return new Outcome.Processing(wire);
        }
        if (status.isEmpty() && !(wire.outputUrls().isEmpty() && wire.proxyUrls().isEmpty())) {
            return new Outcome.Succeeded(wire);
        }
        if (phase == Phase.FETCH) {
            LOGGER.warn("ModelsLab answered a fetch with the unknown status '{}'; taking it as still processing",
                    redactor.oneLine(status, 40));
            return new Outcome.Processing(wire);
        }
        return new Outcome.Failed(new Problem(Kind.UNREADABLE_ANSWER, "HTTP " + reply.status()
                + " with the unknown status '" + redactor.oneLine(status, 40) + "'", null, wire.idText()));
    }

    /**
     * Parses ModelsLab JSON, every text but the links redacted; anything else (HTML, text, a JSON array, a cut-off
     * body) is empty.
     */
    Optional<WireReply> parse(HttpReply reply) {
        if (reply.truncated() || reply.body().length == 0) {
            return Optional.empty();
        }
        try {
            JsonNode tree = mapper.readTree(reply.body());
            if (tree == null || !tree.isObject()) {
                return Optional.empty();
            }
            ObjectNode clean = mapper.createObjectNode();
            tree.properties().forEach(field -> clean.set(field.getKey(),
                    LINK_FIELDS.contains(field.getKey()) ? field.getValue() : redacted(field.getValue())));
            return Optional.of(mapper.treeToValue(clean, WireReply.class));
        } catch (IOException e) {
            return Optional.empty();
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

    private Problem failure(Phase phase, HttpReply reply, WireReply wire, String status) {
        int httpStatus = reply.status();
        String message = wire.messageText();
        String lower = message == null ? "" : message.toLowerCase(Locale.ROOT);
        Duration retryAfter = wire.retryAfterDuration().orElseGet(() -> retryAfterHeader(reply));
        String detail = "HTTP " + httpStatus + ": " + (message == null
                ? "status '" + redactor.oneLine(status, 40) + "' and no message"
                : redactor.oneLine(message, DETAIL_LENGTH));
        Kind kind = classify(phase, httpStatus, lower, status, wire.hasValidationMap());
        return new Problem(kind, detail, kind == Kind.RATE_LIMITED ? retryAfter : null, wire.idText());
    }

    /** ModelsLab's words first, being the more specific; then the HTTP status; then the {@code status} field. */
    private static Kind classify(Phase phase, int httpStatus, String message, String status, boolean validationMap) {
        if (containsAny(message, RATE_LIMITED)) {
            return Kind.RATE_LIMITED;
        }
        if (containsAny(message, CREDITS)) {
            return Kind.INSUFFICIENT_CREDITS;
        }
        if (containsAny(message, AUTHENTICATION)) {
            return Kind.AUTHENTICATION;
        }
        if (validationMap || containsAny(message, MODEL_NOT_FOUND)) {
            return Kind.INVALID_REQUEST;
        }
        if (containsAny(message, CONTENT)) {
            return Kind.CONTENT_REJECTED;
        }
        if (phase == Phase.FETCH && (httpStatus == 404 || containsAny(message, JOB_NOT_FOUND))) {
            return Kind.JOB_NOT_FOUND;
        }
        if (httpStatus == 503 || containsAny(message, UNAVAILABLE)) {
            return Kind.TEMPORARILY_UNAVAILABLE;
        }
        return switch (httpStatus) {
            case 429 -> Kind.RATE_LIMITED;
            case 402 -> Kind.INSUFFICIENT_CREDITS;
            case 401, 403 -> Kind.AUTHENTICATION;
            case 502, 504 -> Kind.GATEWAY_ERROR;
            default -> byStatus(phase, httpStatus, message, status);
        };
    }

    private static Kind byStatus(Phase phase, int httpStatus, String message, String status) {
        if (httpStatus >= 500 || containsAny(message, SERVER_ERROR)) {
            return Kind.SERVER_ERROR;
        }
        if (httpStatus >= 400 || containsAny(message, INVALID)) {
            return Kind.INVALID_REQUEST;
        }
        if (phase == Phase.UPLOAD && status.equals("error")) {
            return Kind.SERVER_ERROR;
        }
        return Kind.JOB_FAILED;
    }

    private Problem withoutJson(Phase phase, HttpReply reply) {
        int httpStatus = reply.status();
        String detail = "HTTP " + redactor.oneLine(reply.statusLine(), 100) + " with " + describeBody(reply);
        Kind kind;
        if (httpStatus >= 300 && httpStatus < 400) {
            return redirect(reply);
        } else if (httpStatus == 429) {
            kind = Kind.RATE_LIMITED;
        } else if (httpStatus == 401 || httpStatus == 403) {
            kind = Kind.AUTHENTICATION;
        } else if (httpStatus == 402) {
            kind = Kind.INSUFFICIENT_CREDITS;
        } else if (httpStatus == 404 && phase == Phase.FETCH) {
            kind = Kind.JOB_NOT_FOUND;
        } else if (httpStatus == 404) {
            kind = Kind.INVALID_REQUEST;
            detail += "; is MODELSLAB_BASE_URL right?";
        } else if (httpStatus == 503) {
            kind = Kind.TEMPORARILY_UNAVAILABLE;
        } else if (httpStatus == 502 || httpStatus == 504) {
            kind = Kind.GATEWAY_ERROR;
        } else if (httpStatus >= 500) {
            kind = Kind.SERVER_ERROR;
        } else if (httpStatus >= 400) {
            kind = Kind.INVALID_REQUEST;
        } else {
            kind = Kind.UNREADABLE_ANSWER;
        }
        return new Problem(kind, detail, kind == Kind.RATE_LIMITED ? retryAfterHeader(reply) : null, null);
    }

    private Problem redirect(HttpReply reply) {
        String location = reply.header("Location").map(value -> redactor.oneLine(value, 100)).orElse("nowhere");
        return new Problem(Kind.SERVER_ERROR, "HTTP " + reply.status() + " redirect to " + location
                + "; imgedit does not follow API redirects: set MODELSLAB_BASE_URL to the API's address", null, null);
    }

    private String describeBody(HttpReply reply) {
        if (reply.body().length == 0) {
            return "an empty body";
        }
        if (reply.truncated()) {
            return "a body over " + ApiTransport.MAX_REPLY_BYTES + " bytes";
        }
        String text = reply.bodyText();
        if (reply.looksLikeHtml()) {
            Matcher title = HTML_TITLE.matcher(text);
            String summary = title.find() ? title.group(1) : HTML_TAG.matcher(text).replaceAll(" ");
            return "an HTML page (" + redactor.oneLine(summary, 120) + ")";
        }
        return "a body that is not ModelsLab JSON (" + redactor.oneLine(text, 120) + ")";
    }

    private static @Nullable Duration retryAfterHeader(HttpReply reply) {
        return reply.header("Retry-After").flatMap(value -> {
            try {
                long seconds = Long.parseLong(value.strip());
                return seconds >= 0 ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }).orElse(null);
    }

    private static boolean containsAny(String text, List<String> needles) {
        for (String needle : needles) {
            if (text.contains(needle)) {
                return true;
            }
        }
        return false;
    }
}
