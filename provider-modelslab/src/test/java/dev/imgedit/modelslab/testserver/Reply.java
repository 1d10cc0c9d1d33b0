package dev.imgedit.modelslab.testserver;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One scripted HTTP answer. Bodies are templates: {@code ${base}} (the server's base URL), {@code ${id}},
 * {@code ${fetchId}}, {@code ${fetchResult}}, {@code ${trackId}} and {@code ${output}} (the job's first output URL)
 * are filled in when it is sent.
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

    /** ModelsLab's documented rate-limit answer. */
    public static Reply rateLimited(int retryAfterSeconds) {
        return json(429, "{\"status\":\"error\",\"message\":\"Rate limit exceeded. Maximum 5 queued requests "
                + "allowed.\",\"retry_after\":" + retryAfterSeconds + "}");
    }

    /** A proxy's 503 page. */
    public static Reply serviceUnavailableHtml() {
        return html(503, "<!DOCTYPE html><html><head><title>503 Service Temporarily Unavailable</title></head>"
                + "<body><center><h1>503 Service Temporarily Unavailable</h1></center><hr><center>nginx</center>"
                + "</body></html>");
    }

    public static Reply internalServerErrorHtml() {
        return html(500, "<html><head><title>500 Internal Server Error</title></head><body><h1>Whoops, looks "
                + "like something went wrong.</h1></body></html>");
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
