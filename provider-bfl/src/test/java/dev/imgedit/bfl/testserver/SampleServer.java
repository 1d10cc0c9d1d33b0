package dev.imgedit.bfl.testserver;

import com.sun.net.httpserver.HttpExchange;
import dev.imgedit.testkit.http.Exchanges;
import dev.imgedit.testkit.http.Reply;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Serves a task's signed image URL as its script's {@link Output} says; 403 once the task expired. */
final class SampleServer {
    private SampleServer() {}

    static void serve(HttpExchange exchange, @Nullable ServerTask task, String base) throws IOException {
        if (task == null || task.expired) {
            Exchanges.send(exchange, Reply.html(403, "<html><title>Signature expired</title></html>"), Map.of());
            return;
        }
        Output output = task.script.output();
        int serve = task.serves.getAndIncrement();
        switch (output.kind()) {
            case IMAGE -> Exchanges.sendBytes(exchange, 200, task.mimeType(), task.image());
            case NOT_AN_IMAGE -> Exchanges.sendBytes(exchange, 200, "image/png",
                    "<html><body>Access denied</body></html>".getBytes(StandardCharsets.UTF_8));
            case OVERSIZED_DECLARED -> Exchanges.sendOversizedPng(exchange, output.size(), true);
            case OVERSIZED_CHUNKED -> Exchanges.sendOversizedPng(exchange, output.size(), false);
            case REFUSED_FIRST -> imageAfter(exchange, task, serve < output.count(), 403);
            case FAILING_FIRST -> imageAfter(exchange, task, serve < output.count(), 500);
            case REDIRECT_TO -> Exchanges.send(exchange, Reply.json(302, "").withHeader("Location",
                    output.location()), Map.of("base", base));
        }
    }

    private static void imageAfter(HttpExchange exchange, ServerTask task, boolean refuse, int status)
            throws IOException {
        if (refuse) {
            Exchanges.send(exchange, Reply.html(status, "<html><title>" + status + "</title></html>"), Map.of());
        } else {
            Exchanges.sendBytes(exchange, 200, task.mimeType(), task.image());
        }
    }
}
