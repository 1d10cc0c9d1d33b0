package dev.imgedit.bfl.internal.failure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.imgedit.bfl.internal.http.Exchange;
import dev.imgedit.bfl.internal.settings.KeyMask;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What an error answer says, in one masked line: a validation failure's fields ({@code detail} as a list of
 * {@code {loc, msg}}, the {@code loc} without its leading {@code body}), BFL's {@code detail}, {@code message} or
 * {@code error} text, an HTML page's title, or the status line alone.
 */
public final class ErrorDetail {
    private static final int LENGTH = 240;
    private static final Pattern TITLE = Pattern.compile("(?is)<title[^>]*>(.*?)</title>");

    private ErrorDetail() {}

    public static String of(Exchange.Answered answer, ObjectMapper mapper, KeyMask mask) {
        String said = said(answer, mapper);
        return mask.oneLine(said.isBlank() ? answer.statusLine() : answer.statusLine() + ": " + said, LENGTH);
    }

    /** The fields a 422 names, such as {@code safety_tolerance}; empty when it names none. */
    static List<String> fields(Exchange.Answered answer, ObjectMapper mapper) {
        List<String> fields = new ArrayList<>();
        JsonNode detail = json(answer, mapper).path("detail");
        if (detail.isArray()) {
            detail.forEach(item -> {
                String field = location(item.path("loc"));
                if (!field.isEmpty()) {
                    fields.add(field);
                }
            });
        }
        return fields;
    }

    private static String said(Exchange.Answered answer, ObjectMapper mapper) {
        JsonNode json = json(answer, mapper);
        JsonNode detail = json.path("detail");
        if (detail.isArray()) {
            List<String> problems = new ArrayList<>();
            detail.forEach(item -> {
                String field = location(item.path("loc"));
                String message = item.path("msg").asText("");
                problems.add(field.isEmpty() ? message : field + ": " + message);
            });
            return String.join("; ", problems);
        }
        for (String name : List.of("detail", "message", "error")) {
            JsonNode text = json.path(name);
            if (text.isTextual() && !text.asText().isBlank()) {
                return text.asText();
            }
            if (text.isObject()) {
                return text.toString();
            }
        }
        Matcher title = TITLE.matcher(answer.bodyText());
        return title.find() ? title.group(1).strip() : "";
    }

    private static String location(JsonNode loc) {
        List<String> parts = new ArrayList<>();
        loc.forEach(part -> parts.add(part.asText()));
        if (!parts.isEmpty() && parts.get(0).equals("body")) {
            parts.remove(0);
        }
        return parts.stream().collect(Collectors.joining("."));
    }

    private static JsonNode json(Exchange.Answered answer, ObjectMapper mapper) {
        if (answer.overCap() || answer.body().length == 0) {
            return mapper.missingNode();
        }
        try {
            JsonNode tree = mapper.readTree(answer.body());
            return tree == null ? mapper.missingNode() : tree;
        } catch (IOException e) {
            return mapper.missingNode();
        }
    }
}
