package dev.imgedit.bfl.testserver;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One scripted HTTP answer. Bodies are templates: {@code ${id}} (the task id), {@code ${sample}} (its signed image
 * URL), {@code ${polling}} (its polling URL) and {@code ${base}} (the advertised base URL) are filled in when sent.
 *
 * @param status the HTTP status
 * @param body the body template
 * @param contentType the Content-Type header
 * @param headers further headers
 * @param dropConnection read the request, then close the connection without a word
 */
public record Answer(int status, String body, String contentType, Map<String, String> headers, boolean dropConnection) {

    public Answer {
        Objects.requireNonNull(body, "body is null");
        headers = Map.copyOf(headers);
    }

    public static Answer json(int status, String template) {
        return new Answer(status, template, "application/json", Map.of(), false);
    }

    public static Answer html(int status, String html) {
        return new Answer(status, html, "text/html; charset=utf-8", Map.of(), false);
    }

    /** Reads the request and closes the connection without a word. */
    public static Answer dropped() {
        return new Answer(200, "", "application/json", Map.of(), true);
    }

    /** A task's status, as {@code GET /v1/get_result} answers it. */
    public static Answer status(String status) {
        return json(200, "{\"id\":\"${id}\",\"status\":\"" + status + "\",\"result\":null,\"progress\":null,"
                + "\"details\":null,\"preview\":null}");
    }

    /** A status with {@code details}, as moderation and errors come. */
    public static Answer status(String status, String detailsJson) {
        return json(200, "{\"id\":\"${id}\",\"status\":\"" + status + "\",\"result\":null,\"progress\":null,"
                + "\"details\":" + detailsJson + "}");
    }

    /** {@code Ready} with the signed image URL, the prompt and the seed, as BFL's result carries them. */
    public static Answer ready() {
        return json(200, "{\"id\":\"${id}\",\"status\":\"Ready\",\"result\":{\"sample\":\"${sample}\",\"prompt\":"
                + "\"${prompt}\",\"seed\":${seed},\"start_time\":1767225600.5,\"end_time\":1767225604.2,"
                + "\"duration\":3.73},\"progress\":null,\"details\":null}");
    }

    /** BFL's 402. */
    public static Answer insufficientCredits() {
        return json(402, "{\"detail\":\"Insufficient credits\"}");
    }

    /** BFL's 429: the account's tasks in flight are at the limit. */
    public static Answer concurrencyLimit() {
        return json(429, "{\"detail\":\"You have exceeded your concurrency limit, please try again after one of "
                + "your running tasks has finished\"}");
    }

    public static Answer serverError() {
        return json(500, "{\"detail\":\"Internal Server Error\"}");
    }

    public static Answer unavailable() {
        return html(503, "<html><head><title>503 Service Temporarily Unavailable</title></head><body></body></html>");
    }

    public Answer withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Answer(status, body, contentType, more, dropConnection);
    }
}
