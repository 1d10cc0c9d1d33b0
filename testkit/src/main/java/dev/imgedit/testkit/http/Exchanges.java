package dev.imgedit.testkit.http;

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

/**
 * Answers for the JDK's {@code HttpExchange}: {@link Reply replies} with their templates filled in, bytes, oversized
 * images; and the reading of a query. A client that gives up halfway (a read timeout under test) is not an error.
 */
public final class Exchanges {
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)}");
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private Exchanges() {}

    /**
     * Sends {@code reply} after its delay, its templates filled from {@code variables}; a dropped reply sends nothing.
     */
    public static void send(HttpExchange exchange, Reply reply, Map<String, String> variables) throws IOException {
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

    public static void sendBytes(HttpExchange exchange, int status, String contentType, byte[] body)
            throws IOException {
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
            // The client gave up (a read timeout under test); nothing to answer.
        }
    }

    /**
     * {@code size} bytes starting like a PNG, as {@code image/png}: with {@code Content-Length} when {@code declared},
     * else chunked, so that the client learns the size only by reading.
     */
    public static void sendOversizedPng(HttpExchange exchange, long size, boolean declared) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "image/png");
        closeWhenAsked(exchange);
        try {
            exchange.sendResponseHeaders(200, declared ? size : 0);
            try (OutputStream out = exchange.getResponseBody()) {
                byte[] chunk = new byte[64 * 1024];
                System.arraycopy(PNG_SIGNATURE, 0, chunk, 0, PNG_SIGNATURE.length);
                for (long sent = 0; sent < size; sent += chunk.length) {
                    out.write(chunk, 0, (int) Math.min(chunk.length, size - sent));
                    chunk[0] = 0;
                }
            }
        } catch (IOException e) {
            // The client stopped reading at its cap, as it should.
        }
    }

    /** {@code template} with each {@code ${name}} that {@code variables} has replaced by its value. */
    public static String fill(String template, Map<String, String> variables) {
        return VARIABLE.matcher(template).replaceAll(match -> Matcher.quoteReplacement(
                variables.getOrDefault(match.group(1), match.group())));
    }

    /** The parameters of a raw query, decoded; the last of a repeated name wins. */
    public static Map<String, String> query(@Nullable String raw) {
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

    /**
     * Says {@code Connection: close} when the request asked for it, as HTTP/1.1 servers do (the JDK's server closes
     * the connection but does not say so, and a client that is not told keeps it for reuse).
     */
    private static void closeWhenAsked(HttpExchange exchange) {
        if ("close".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Connection"))) {
            exchange.getResponseHeaders().set("Connection", "close");
        }
    }
}
