package dev.imgedit.batch.internal;

import java.util.Map;
import java.util.TreeMap;

/**
 * Maps of text as the journal stores them: a JSON object of strings, keys sorted, such as
 * {@code {"guidance_scale":"3","seed":"7"}}, which {@code sqlite3}'s {@code json_extract} reads. Written and read
 * here rather than with Jackson because every {@code imgedit edit} writes its job to the journal: loading Jackson
 * for it cost the command about 430 classes and a tenth of a second of start-up.
 */
public final class TextMaps {
    private TextMaps() {}

    /** The map as one JSON object, keys sorted, strings escaped as JSON requires. */
    public static String write(Map<String, String> map) {
        StringBuilder json = new StringBuilder("{");
        new TreeMap<>(map).forEach((key, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            quote(json, key);
            json.append(':');
            quote(json, value);
        });
        return json.append('}').toString();
    }

    /** The map {@link #write} wrote (or any JSON object of strings); text that is not one reads as empty. */
    public static Map<String, String> read(String json) {
        try {
            return new Reader(json).object();
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return Map.of();
        }
    }

    private static void quote(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04X", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }

    /** A reader of one JSON object whose values are strings. */
    private static final class Reader {
        private final String json;
        private int at;

        Reader(String json) {
            this.json = json;
        }

        Map<String, String> object() {
            Map<String, String> map = new TreeMap<>();
            expect('{');
            if (peek() != '}') {
                do {
                    String key = string();
                    expect(':');
                    map.put(key, string());
                } while (take(','));
            }
            expect('}');
            if (peek() != 0) {
                throw new IllegalArgumentException("text after the object");
            }
            return map;
        }

        private String string() {
            expect('"');
            StringBuilder text = new StringBuilder();
            for (char c = json.charAt(at++); c != '"'; c = json.charAt(at++)) {
                if (c != '\\') {
                    text.append(c);
                    continue;
                }
                char escaped = json.charAt(at++);
                switch (escaped) {
                    case 'n' -> text.append('\n');
                    case 'r' -> text.append('\r');
                    case 't' -> text.append('\t');
                    case 'b' -> text.append('\b');
                    case 'f' -> text.append('\f');
                    case 'u' -> {
                        text.append((char) Integer.parseInt(json.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> text.append(escaped);
                }
            }
            return text.toString();
        }

        private boolean take(char wanted) {
            if (peek() == wanted) {
                at++;
                return true;
            }
            return false;
        }

        private void expect(char wanted) {
            if (!take(wanted)) {
                throw new IllegalArgumentException("expected '" + wanted + "' at " + at);
            }
        }

        /** The next character that is not white space, or 0 at the end. */
        private char peek() {
            while (at < json.length() && Character.isWhitespace(json.charAt(at))) {
                at++;
            }
            return at < json.length() ? json.charAt(at) : 0;
        }
    }
}
