package dev.imgedit.modelslab.testserver;

import java.util.List;
import java.util.Map;

/**
 * A request the server received.
 *
 * @param method the HTTP method
 * @param path the path, without the query
 * @param query the raw query, or empty
 * @param headers the headers, names lower case
 * @param body the body as text
 * @param receivedNanos {@link System#nanoTime()} on arrival
 */
public record RecordedRequest(String method, String path, String query, Map<String, List<String>> headers,
        String body, long receivedNanos) {

    public RecordedRequest {
        headers = Map.copyOf(headers);
    }

    @Override
    public String toString() {
        return method + " " + path + (query.isEmpty() ? "" : "?" + query) + " (" + body.length() + " characters)";
    }
}
