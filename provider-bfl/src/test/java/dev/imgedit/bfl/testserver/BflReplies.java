package dev.imgedit.bfl.testserver;

import dev.imgedit.testkit.http.Reply;

/**
 * BFL's own answers, as its API gives them. Their templates take {@code ${id}} (the task id), {@code ${sample}} (its
 * signed image URL), {@code ${polling}} (its polling URL), {@code ${prompt}}, {@code ${seed}} and {@code ${base}} (the
 * advertised base URL).
 */
public final class BflReplies {
    private BflReplies() {}

    /** A task's status, as {@code GET /v1/get_result} answers it. */
    public static Reply status(String status) {
        return Reply.json(200, "{\"id\":\"${id}\",\"status\":\"" + status + "\",\"result\":null,\"progress\":null,"
                + "\"details\":null,\"preview\":null}");
    }

    /** A status with {@code details}, as moderation and errors come. */
    public static Reply status(String status, String detailsJson) {
        return Reply.json(200, "{\"id\":\"${id}\",\"status\":\"" + status + "\",\"result\":null,\"progress\":null,"
                + "\"details\":" + detailsJson + "}");
    }

    /** {@code Ready} with the signed image URL, the prompt and the seed, as BFL's result carries them. */
    public static Reply ready() {
        return Reply.json(200, "{\"id\":\"${id}\",\"status\":\"Ready\",\"result\":{\"sample\":\"${sample}\","
                + "\"prompt\":\"${prompt}\",\"seed\":${seed},\"start_time\":1767225600.5,\"end_time\":1767225604.2,"
                + "\"duration\":3.73},\"progress\":null,\"details\":null}");
    }

    /** BFL's 402. */
    public static Reply insufficientCredits() {
        return Reply.json(402, "{\"detail\":\"Insufficient credits\"}");
    }

    /** BFL's 429: the account's tasks in flight are at the limit. */
    public static Reply concurrencyLimit() {
        return Reply.json(429, "{\"detail\":\"You have exceeded your concurrency limit, please try again after one "
                + "of your running tasks has finished\"}");
    }

    public static Reply serverError() {
        return Reply.json(500, "{\"detail\":\"Internal Server Error\"}");
    }

    public static Reply unavailable() {
        return Reply.html(503, "<html><head><title>503 Service Temporarily Unavailable</title></head><body></body>"
                + "</html>");
    }
}
