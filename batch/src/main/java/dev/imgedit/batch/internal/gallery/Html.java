package dev.imgedit.batch.internal.gallery;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Escaping for the gallery: every piece of text passes through {@link #text}, every file link through {@link #href}. */
final class Html {
    private static final String UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

    private Html() {}

    /** Text or an attribute value: {@code & < > " '} escaped, control characters other than tab and newlines shown. */
    static String text(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r') {
                        escaped.append('\uFFFD');
                    } else {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }

    /**
     * A relative URL from the page's folder to {@code file}, every path segment percent-encoded (so {@code #},
     * {@code ?} and spaces in names stay part of the name), escaped for an attribute.
     */
    static String href(Path pageFolder, Path file) {
        Path relative = pageFolder.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        StringBuilder url = new StringBuilder();
        for (Path segment : relative) {
            if (url.length() > 0) {
                url.append('/');
            }
            url.append(encode(segment.toString()));
        }
        return text(url.toString());
    }

    private static String encode(String segment) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 128 && UNRESERVED.indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return encoded.toString();
    }
}
