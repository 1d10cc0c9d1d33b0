package dev.imgedit.bfl.testserver;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A request the server received.
 *
 * @param method the HTTP method
 * @param path the path, without the query
 * @param query the raw query, or empty
 * @param headers names lower case
 * @param body the body as text
 */
public record RecordedRequest(String method, String path, String query, Map<String, List<String>> headers,
        String body) {

    public RecordedRequest {
        headers = Map.copyOf(headers);
    }

    /** The {@code x-key} header, or null when the request carried none. */
    public @Nullable String key() {
        List<String> values = headers.get("x-key");
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    @Override
    public String toString() {
        return method + " " + path + (query.isEmpty() ? "" : "?" + query) + " (" + body.length() + " characters)";
    }
}
