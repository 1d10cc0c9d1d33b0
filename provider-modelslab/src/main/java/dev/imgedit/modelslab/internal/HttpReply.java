package dev.imgedit.modelslab.internal;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An HTTP answer, read whole (up to a cap).
 *
 * @param status the HTTP status code
 * @param reason the status line's reason phrase, or empty
 * @param headers response headers, names case-insensitive
 * @param body the body, possibly cut at the cap
 * @param truncated whether the body was longer than the cap
 */
record HttpReply(int status, String reason, Map<String, Collection<String>> headers, byte[] body, boolean truncated) {

    HttpReply {
        Map<String, Collection<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(headers);
        headers = copy;
    }

    /** {@code 401 Unauthorized}, for messages. */
    String statusLine() {
        return reason.isBlank() ? String.valueOf(status) : status + " " + reason.strip();
    }

    Optional<String> header(String name) {
        Collection<String> values = headers.get(name);
        return values == null ? Optional.empty() : values.stream().findFirst();
    }

    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    boolean looksLikeHtml() {
        String start = bodyText().stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head")
                || start.startsWith("<body") || header("Content-Type").map(t -> t.contains("html")).orElse(false);
    }

    @Override
    public String toString() {
        return "HttpReply[" + status + ", " + body.length + " bytes" + (truncated ? ", truncated" : "") + "]";
    }
}
