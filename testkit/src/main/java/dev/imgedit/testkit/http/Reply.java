package dev.imgedit.testkit.http;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One scripted HTTP answer of a {@link LoopbackServer}. Its body and header values are templates: each
 * {@code ${name}} is filled in when it is sent ({@link Exchanges#send}) from the variables the server has for the
 * request, such as its advertised base URL or a job's id; a name it has none for stays as it is. A provider's tests
 * keep their service's own answers (its error bodies, its statuses) as factories of replies of their own.
 *
 * @param status the HTTP status
 * @param body the body template
 * @param contentType the Content-Type header
 * @param headers further headers
 * @param delay how long to wait before answering (to provoke a read timeout)
 * @param dropConnection read the request, then close the connection without answering
 */
public record Reply(int status, String body, String contentType, Map<String, String> headers, Duration delay,
        boolean dropConnection) {

    public Reply {
        Objects.requireNonNull(body, "body is null");
        headers = Map.copyOf(headers);
    }

    public static Reply json(String template) {
        return json(200, template);
    }

    public static Reply json(int status, String template) {
        return new Reply(status, template, "application/json", Map.of(), Duration.ZERO, false);
    }

    public static Reply html(int status, String html) {
        return new Reply(status, html, "text/html; charset=UTF-8", Map.of(), Duration.ZERO, false);
    }

    public static Reply text(int status, String text) {
        return new Reply(status, text, "text/plain; charset=UTF-8", Map.of(), Duration.ZERO, false);
    }

    public static Reply empty(int status) {
        return new Reply(status, "", "application/json", Map.of(), Duration.ZERO, false);
    }

    /** Reads the request and closes the connection without a word: the client cannot know what happened. */
    public static Reply dropped() {
        return new Reply(200, "", "application/json", Map.of(), Duration.ZERO, true);
    }

    public Reply delayed(Duration delay) {
        return new Reply(status, body, contentType, headers, delay, dropConnection);
    }

    public Reply withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Reply(status, body, contentType, more, delay, dropConnection);
    }
}
