package dev.imgedit.testkit.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A request a {@link LoopbackServer} received.
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

    /** The first value of the header {@code name} (any case), or null when the request carried none. */
    public @Nullable String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    @Override
    public String toString() {
        return method + " " + path + (query.isEmpty() ? "" : "?" + query) + " (" + body.length() + " characters)";
    }
}
