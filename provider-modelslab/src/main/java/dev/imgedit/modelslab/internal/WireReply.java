package dev.imgedit.modelslab.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * Any ModelsLab JSON reply (upload, submit, fetch: they share one envelope). Every field is a {@link JsonNode}
 * because ModelsLab's types drift: {@code id} is a number, a string, null or absent; {@code output} a list, an
 * object, a single URL or {@code ""}; {@code message} a string or a validation map, sometimes spelt
 * {@code messege}. The accessors turn the drift into plain values.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record WireReply(
        @JsonProperty("status") @Nullable JsonNode status,
        @JsonProperty("id") @Nullable JsonNode id,
        @JsonProperty("output") @Nullable JsonNode output,
        @JsonProperty("proxy_links") @Nullable JsonNode proxyLinks,
        @JsonProperty("future_links") @Nullable JsonNode futureLinks,
        @JsonProperty("link") @Nullable JsonNode link,
        @JsonProperty("fetch_result") @Nullable JsonNode fetchResult,
        @JsonProperty("eta") @Nullable JsonNode eta,
        @JsonProperty("message") @Nullable JsonNode message,
        @JsonProperty("messege") @Nullable JsonNode messege,
        @JsonProperty("error") @Nullable JsonNode error,
        @JsonProperty("retry_after") @Nullable JsonNode retryAfter,
        @JsonProperty("nsfw_content_detected") @Nullable JsonNode nsfwContentDetected,
        @JsonProperty("generationTime") @Nullable JsonNode generationTime,
        @JsonProperty("meta") @Nullable JsonNode meta,
        @JsonProperty("track_id") @Nullable JsonNode trackId) {

    /** The statuses ModelsLab documents: {@link #toString()} shows these, being no one's words. */
    private static final Set<String> KNOWN_STATUSES = Set.of("success", "succeeded", "completed", "processing",
            "queued", "pending", "starting", "running", "in_progress", "in progress", "error", "failed");

    /** The status, lower case, or empty when absent. */
    String statusText() {
        String text = text(status);
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    /** The job id as text: numbers and strings alike; null when absent, null or blank. */
    @Nullable String idText() {
        String text = text(id);
        return text == null || text.isBlank() ? null : text.strip();
    }

    List<String> outputUrls() {
        return urls(output);
    }

    List<String> proxyUrls() {
        return urls(proxyLinks);
    }

    List<String> futureUrls() {
        return urls(futureLinks);
    }

    /** The URL an upload answered with, from {@code output} or, in older endpoints, {@code link}. */
    Optional<String> uploadedUrl() {
        List<String> urls = new ArrayList<>(outputUrls());
        urls.addAll(urls(link));
        urls.addAll(proxyUrls());
        return urls.stream().findFirst();
    }

    @Nullable String fetchResultUrl() {
        String text = text(fetchResult);
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** ModelsLab's own words: {@code message}, {@code messege} or {@code error}, a validation map joined. */
    @Nullable String messageText() {
        for (JsonNode node : new JsonNode[] {message, messege, error}) {
            String text = flatten(node);
            if (text != null && !text.isBlank()) {
                return text.strip();
            }
        }
        return null;
    }

    /** Whether any message field is an object, as Laravel validation errors are. */
    boolean hasValidationMap() {
        return (message != null && message.isObject()) || (messege != null && messege.isObject());
    }

    Optional<Duration> etaDuration() {
        return seconds(eta);
    }

    Optional<Duration> retryAfterDuration() {
        return seconds(retryAfter);
    }

    boolean nsfwDetected() {
        if (nsfwContentDetected == null) {
            return false;
        }
        if (nsfwContentDetected.isBoolean()) {
            return nsfwContentDetected.booleanValue();
        }
        String text = text(nsfwContentDetected);
        return text != null && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("yes") || text.equals("1"));
    }

    /** What ModelsLab said about the edit that a caller may want to keep, as text. */
    Map<String, String> metadata() {
        Map<String, String> metadata = new LinkedHashMap<>();
        String time = text(generationTime);
        if (time != null && !time.isBlank()) {
            metadata.put("generation_time_seconds", time);
        }
        if (meta != null && meta.isObject()) {
            String seed = text(meta.get("seed"));
            if (seed != null && !seed.isBlank()) {
                metadata.put("seed", seed);
            }
        }
        if (nsfwContentDetected != null && !nsfwContentDetected.isNull()) {
            metadata.put("nsfw_content_detected", String.valueOf(nsfwDetected()));
        }
        return metadata;
    }

    /**
     * The reply's shape, without a word of its text (which may be anything, the key included): a documented status,
     * whether there is an id, a fetch URL and a message, and how many links of each kind.
     */
    @Override
    public String toString() {
        String statusText = statusText();
        return "WireReply[status=" + (statusText.isEmpty() ? "none" : KNOWN_STATUSES.contains(statusText)
                ? statusText : "other") + ", id=" + given(idText()) + ", output=" + outputUrls().size()
                + ", proxy_links=" + proxyUrls().size() + ", future_links=" + futureUrls().size() + ", link="
                + urls(link).size() + ", fetch_result=" + given(fetchResultUrl()) + ", message="
                + given(messageText()) + "]";
    }

    private static String given(@Nullable String text) {
        return text == null ? "none" : "given";
    }

    private static @Nullable String text(@Nullable JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode() || node.isContainerNode()) {
            return null;
        }
        return node.asText();
    }

    private static List<String> urls(@Nullable JsonNode node) {
        List<String> urls = new ArrayList<>();
        if (node == null || node.isNull()) {
            return urls;
        }
        if (node.isTextual()) {
            addUrl(urls, node.asText());
        } else if (node.isContainerNode()) {
            for (JsonNode element : node) {
                if (element.isTextual()) {
                    addUrl(urls, element.asText());
                }
            }
        }
        return urls;
    }

    private static void addUrl(List<String> urls, String text) {
        String trimmed = text.strip();
        if (!trimmed.isEmpty() && !urls.contains(trimmed)) {
            urls.add(trimmed);
        }
    }

    private static @Nullable String flatten(@Nullable JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isObject()) {
            StringJoiner joined = new StringJoiner("; ");
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String value = flatten(field.getValue());
                joined.add(value == null ? field.getKey() : field.getKey() + ": " + value);
            }
            return joined.toString();
        }
        if (node.isArray()) {
            StringJoiner joined = new StringJoiner(" ");
            for (JsonNode element : node) {
                String value = flatten(element);
                if (value != null && !value.isBlank()) {
                    joined.add(value);
                }
            }
            return joined.toString();
        }
        return node.asText();
    }

    private static Optional<Duration> seconds(@Nullable JsonNode node) {
        String text = text(node);
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            BigDecimal seconds = new BigDecimal(text.strip());
            if (seconds.signum() < 0 || seconds.compareTo(BigDecimal.valueOf(86_400)) > 0) {
                return Optional.empty();
            }
            return Optional.of(Duration.ofMillis(seconds.movePointRight(3).longValue()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
