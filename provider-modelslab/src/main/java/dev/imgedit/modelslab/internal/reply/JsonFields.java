package dev.imgedit.modelslab.internal.reply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * Plain values out of ModelsLab's drifting JSON: {@code id} is a number, a string, null or absent; {@code output} a
 * list, an object, a single URL or {@code ""}; {@code message} a string or a validation map; {@code eta} a number or
 * text.
 */
final class JsonFields {
    /** Longer waits than a day are not ModelsLab's meaning; they are ignored. */
    private static final BigDecimal LONGEST_SECONDS = BigDecimal.valueOf(86_400);

    private JsonFields() {}

    /** A scalar's text; null for absent, null, an object or an array. */
    static @Nullable String text(@Nullable JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode() || node.isContainerNode()) {
            return null;
        }
        return node.asText();
    }

    /** A scalar's text, stripped; null when it is absent or blank too. */
    static @Nullable String nonBlank(@Nullable JsonNode node) {
        String text = text(node);
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The distinct non-blank texts of a string, a list or an object's values, in order. */
    static List<String> urls(@Nullable JsonNode node) {
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

    /** Any value as one text: a validation map as {@code field: text; field: text}, a list joined by spaces. */
    static @Nullable String flatten(@Nullable JsonNode node) {
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

    /** A number of seconds, possibly fractional or written as text; null when absent, negative or absurd. */
    static @Nullable Duration seconds(@Nullable JsonNode node) {
        String text = nonBlank(node);
        if (text == null) {
            return null;
        }
        try {
            BigDecimal seconds = new BigDecimal(text);
            if (seconds.signum() < 0 || seconds.compareTo(LONGEST_SECONDS) > 0) {
                return null;
            }
            return Duration.ofMillis(seconds.movePointRight(3).longValue());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** ModelsLab's own words: {@code message}, {@code messege} or {@code error}, a validation map joined. */
    static @Nullable String message(ObjectNode json) {
        for (String field : List.of("message", "messege", "error")) {
            String text = flatten(json.get(field));
            if (text != null && !text.isBlank()) {
                return text.strip();
            }
        }
        return null;
    }

    /** What ModelsLab said about the edit that a caller may want to keep: generation time, seed, safety flag. */
    static Map<String, String> metadata(ObjectNode json) {
        Map<String, String> metadata = new LinkedHashMap<>();
        String time = nonBlank(json.get("generationTime"));
        if (time != null) {
            metadata.put("generation_time_seconds", time);
        }
        String seed = nonBlank(json.path("meta").get("seed"));
        if (seed != null) {
            metadata.put("seed", seed);
        }
        JsonNode nsfw = json.get("nsfw_content_detected");
        if (nsfw != null && !nsfw.isNull()) {
            metadata.put("nsfw_content_detected", String.valueOf(flag(nsfw)));
        }
        return metadata;
    }

    /** A flag given as a boolean or as text ({@code "true"}, {@code "yes"}, {@code "1"}). */
    static boolean flag(@Nullable JsonNode node) {
        if (node != null && node.isBoolean()) {
            return node.booleanValue();
        }
        String text = text(node);
        return text != null && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("yes") || text.equals("1"));
    }

    private static void addUrl(List<String> urls, String text) {
        String trimmed = text.strip();
        if (!trimmed.isEmpty() && !urls.contains(trimmed)) {
            urls.add(trimmed);
        }
    }
}
