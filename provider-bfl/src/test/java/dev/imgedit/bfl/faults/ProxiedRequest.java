package dev.imgedit.bfl.faults;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A request as it came through the {@link FaultProxy}: its head as sent, and its body once read.
 *
 * @param method the HTTP method
 * @param path the path, without the query
 * @param head the request line and headers, as sent, with the blank line that ends them
 * @param bodyLength the {@code Content-Length}, 0 when absent
 */
record ProxiedRequest(String method, String path, byte[] head, int bodyLength) {

    /** Parses a head read off a socket. */
    static ProxiedRequest of(byte[] head) {
        String[] lines = new String(head, StandardCharsets.ISO_8859_1).split("\r\n");
        String[] requestLine = lines[0].split(" ");
        String target = requestLine.length > 1 ? requestLine[1] : "/";
        int query = target.indexOf('?');
        int length = 0;
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals("content-length")) {
                length = Integer.parseInt(line.substring(colon + 1).strip());
            }
            if (line.toLowerCase(Locale.ROOT).startsWith("transfer-encoding:")) {
                throw new IllegalStateException("the fault proxy takes requests framed by Content-Length only");
            }
        }
        return new ProxiedRequest(requestLine[0], query < 0 ? target : target.substring(0, query), head, length);
    }

    boolean is(Endpoint endpoint) {
        return endpoint.matches(method, path);
    }

    /** The request to send on: head and {@code body}. */
    byte[] with(byte @Nullable [] body) {
        byte[] whole = Arrays.copyOf(head, head.length + (body == null ? 0 : body.length));
        if (body != null) {
            System.arraycopy(body, 0, whole, head.length, body.length);
        }
        return whole;
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
