package dev.imgedit.modelslab.testserver;

import dev.imgedit.testkit.http.Reply;

/** ModelsLab's own answers, and the error pages of the servers in front of it, as they come. */
public final class ModelsLabReplies {
    private ModelsLabReplies() {}

    /** ModelsLab's documented rate-limit answer. */
    public static Reply rateLimited(int retryAfterSeconds) {
        return Reply.json(429, "{\"status\":\"error\",\"message\":\"Rate limit exceeded. Maximum 5 queued requests "
                + "allowed.\",\"retry_after\":" + retryAfterSeconds + "}");
    }

    /** A proxy's 503 page. */
    public static Reply serviceUnavailableHtml() {
        return Reply.html(503, "<!DOCTYPE html><html><head><title>503 Service Temporarily Unavailable</title></head>"
                + "<body><center><h1>503 Service Temporarily Unavailable</h1></center><hr><center>nginx</center>"
                + "</body></html>");
    }

    public static Reply internalServerErrorHtml() {
        return Reply.html(500, "<html><head><title>500 Internal Server Error</title></head><body><h1>Whoops, looks "
                + "like something went wrong.</h1></body></html>");
    }
}
