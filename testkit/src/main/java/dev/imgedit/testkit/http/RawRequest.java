package dev.imgedit.testkit.http;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An HTTP/1.1 request as it came off a socket: the head as sent, then (on demand) the body as sent, so it can be
 * passed on byte for byte. Bodies framed by {@code Content-Length} or chunked are both read to their end.
 */
final class RawRequest {
    private static final int MAX_HEAD = 64 * 1024;

    final String method;
    final String path;
    final byte[] head;
    private final long contentLength;
    private final boolean chunked;
    private byte @Nullable [] body;
    private byte @Nullable [] rawBody;

    private RawRequest(String method, String path, byte[] head, long contentLength, boolean chunked) {
        this.method = method;
        this.path = path;
        this.head = head;
        this.contentLength = contentLength;
        this.chunked = chunked;
    }

    /** The next request's head, or null when the client closed the connection between requests. */
    static @Nullable RawRequest readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int next = in.read();
            if (next < 0) {
                if (head.size() == 0) {
                    return null;
                }
                throw new EOFException("the connection closed inside a request head");
            }
            head.write(next);
            matched = next == (matched % 2 == 0 ? '\r' : '\n') ? matched + 1 : (next == '\r' ? 1 : 0);
            if (head.size() > MAX_HEAD) {
                throw new IOException("request head over " + MAX_HEAD + " bytes");
            }
        }
        byte[] bytes = head.toByteArray();
        String[] lines = new String(bytes, StandardCharsets.ISO_8859_1).split("\r\n");
        String[] requestLine = lines[0].split(" ");
        String target = requestLine.length > 1 ? requestLine[1] : "/";
        int query = target.indexOf('?');
        long length = 0;
        boolean chunked = false;
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = lines[i].substring(colon + 1).strip();
            if (name.equals("content-length")) {
                length = Long.parseLong(value);
            } else if (name.equals("transfer-encoding") && value.toLowerCase(Locale.ROOT).contains("chunked")) {
                chunked = true;
            }
        }
        return new RawRequest(requestLine[0], query < 0 ? target : target.substring(0, query), bytes, length,
                chunked);
    }

    /** Reads the body that follows the head. */
    void readBody(InputStream in) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        ByteArrayOutputStream decoded = new ByteArrayOutputStream();
        if (chunked) {
            while (true) {
                String sizeLine = line(in, raw);
                int size = Integer.parseInt(sizeLine.split(";")[0].strip(), 16);
                if (size == 0) {
                    while (!line(in, raw).isEmpty()) {
                        // trailers
                    }
                    break;
                }
                byte[] chunk = in.readNBytes(size);
                raw.write(chunk);
                decoded.write(chunk);
                line(in, raw);
            }
        } else {
            byte[] bytes = in.readNBytes((int) contentLength);
            if (bytes.length < contentLength) {
                throw new EOFException("the connection closed inside a request body");
            }
            raw.write(bytes);
            decoded.write(bytes);
        }
        rawBody = raw.toByteArray();
        body = decoded.toByteArray();
    }

    /** The body as text, or empty when it was not read. */
    String bodyText() {
        return body == null ? "" : new String(body, StandardCharsets.UTF_8);
    }

    boolean bodyRead() {
        return body != null;
    }

    /** The request as it arrived: head and body. */
    byte[] asSent() {
        return concat(head, rawBody == null ? new byte[0] : rawBody);
    }

    /** The request with {@code Connection: close}, so the server closes once it has answered. */
    byte[] asSentClosing() {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        StringBuilder rewritten = new StringBuilder();
        for (String line : text.split("\r\n")) {
            if (!line.isEmpty() && !line.toLowerCase(Locale.ROOT).startsWith("connection:")) {
                rewritten.append(line).append("\r\n");
            }
        }
        rewritten.append("Connection: close\r\n\r\n");
        return concat(rewritten.toString().getBytes(StandardCharsets.ISO_8859_1),
                rawBody == null ? new byte[0] : rawBody);
    }

    private static String line(InputStream in, ByteArrayOutputStream raw) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int previous = -1;
        while (true) {
            int next = in.read();
            if (next < 0) {
                throw new EOFException("the connection closed inside a chunked body");
            }
            raw.write(next);
            if (previous == '\r' && next == '\n') {
                byte[] bytes = line.toByteArray();
                return new String(bytes, 0, bytes.length - 1, StandardCharsets.ISO_8859_1);
            }
            line.write(next);
            previous = next;
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] joined = new byte[first.length + second.length];
        System.arraycopy(first, 0, joined, 0, first.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }
}
