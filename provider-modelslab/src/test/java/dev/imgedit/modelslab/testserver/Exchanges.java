package dev.imgedit.modelslab.testserver;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Writes {@link Reply replies} to exchanges, filling in their templates. */
final class Exchanges {
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)}");

    private Exchanges() {}

    static void send(HttpExchange exchange, Reply reply, Map<String, String> variables) throws IOException {
        if (!reply.delay().isZero()) {
            try {
                Thread.sleep(reply.delay().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (reply.dropConnection()) {
            return;
        }
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, fill(value, variables)));
        sendBytes(exchange, reply.status(), reply.contentType(),
                fill(reply.body(), variables).getBytes(StandardCharsets.UTF_8));
    }

    static void sendBytes(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        try {
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (IOException e) {
            // The client gave up (a read timeout under test); nothing to answer.
        }
    }

    static String fill(String template, Map<String, String> variables) {
        return VARIABLE.matcher(template).replaceAll(match -> Matcher.quoteReplacement(
                variables.getOrDefault(match.group(1), match.group())));
    }
}
