package dev.imgedit.bench.server;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a top-level string field from a request body: all a benchmark server needs, without a JSON library. */
final class JsonFields {
    private JsonFields() {}

    /** The field's text, or "" when it is absent or not a string. */
    static String text(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"((?:[^\"\\\\]++|\\\\.)*+)\"")
                .matcher(json);
        return matcher.find() ? matcher.group(1) : "";
    }
}
