package dev.imgedit.bfl.testserver;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Writes {@link Answer answers} to exchanges, filling in their templates, and reads queries. */
final class Exchanges {
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)}");

    private Exchanges() {}

    static void send(HttpExchange exchange, Answer answer, Map<String, String> variables) throws IOException {
        if (answer.dropConnection()) {
            return;
        }
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, fill(value, variables)));
        send(exchange, answer.status(), answer.contentType(),
                fill(answer.body(), variables).getBytes(StandardCharsets.UTF_8));
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        closeWhenAsked(exchange);
        try {
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (IOException e) {
            // The client gave up; nothing to answer.
        }
    }

    /** {@code size} bytes starting like a PNG: with {@code Content-Length} when {@code declared}, else chunked. */
    static void sendOversized(HttpExchange exchange, long size, boolean declared) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "image/png");
        closeWhenAsked(exchange);
        try {
            exchange.sendResponseHeaders(200, declared ? size : 0);
            try (OutputStream out = exchange.getResponseBody()) {
                byte[] chunk = new byte[64 * 1024];
                System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 0, chunk, 0, 8);
                for (long sent = 0; sent < size; sent += chunk.length) {
                    out.write(chunk, 0, (int) Math.min(chunk.length, size - sent));
                    chunk[0] = 0;
                }
            }
        } catch (IOException e) {
            // The client stopped reading at its cap, as it should.
        }
    }

    /**
     * Says {@code Connection: close} when the request asked for it, as HTTP/1.1 servers do (the JDK's server closes
     * the connection but does not say so, and a client that is not told keeps it for reuse).
     */
    private static void closeWhenAsked(HttpExchange exchange) {
        if ("close".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Connection"))) {
            exchange.getResponseHeaders().set("Connection", "close");
        }
    }

    static Map<String, String> query(@Nullable String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    values.put(pair.substring(0, equals),
                            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }

    static String fill(String template, Map<String, String> variables) {
        return VARIABLE.matcher(template).replaceAll(match -> Matcher.quoteReplacement(
                variables.getOrDefault(match.group(1), match.group())));
    }
}
