package dev.imgedit.mcp.internal.stdio;

import java.io.IOException;
import java.io.Reader;
import org.jspecify.annotations.Nullable;

/**
 * Reads newline-terminated lines with a bound on their length, so that a peer that never ends a line cannot make
 * the server buffer without limit. A line too long is skipped to its end and reported as such, and reading goes on
 * with the next one.
 */
final class LineReader {
    /** One line read: its text (without the newline or a carriage return before it), or that it was too long. */
    record Line(@Nullable String text) {
        boolean tooLong() {
            return text == null;
        }
    }

    private final Reader in;
    private final int maxLength;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;

    LineReader(Reader in, int maxLength) {
        this.in = in;
        this.maxLength = maxLength;
    }

    /** The next line, or null at the end of input (a last line without a newline is still a line). */
    @Nullable Line next() throws IOException {
        StringBuilder text = new StringBuilder();
        boolean tooLong = false;
        boolean readAny = false;
        while (true) {
            if (position == limit && !fill()) {
                return readAny ? finish(text, tooLong) : null;
            }
            readAny = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            if (!tooLong) {
                text.append(buffer, start, position - start);
                if (text.length() > maxLength) {
                    tooLong = true;
                    text.setLength(0);
                }
            }
            if (position < limit) {
                position++;
                return finish(text, tooLong);
            }
        }
    }

    private boolean fill() throws IOException {
        int count = in.read(buffer);
        position = 0;
        limit = Math.max(count, 0);
        return count > 0;
    }

    private static Line finish(StringBuilder text, boolean tooLong) {
        if (tooLong) {
            return new Line(null);
        }
        int length = text.length();
        if (length > 0 && text.charAt(length - 1) == '\r') {
            text.setLength(length - 1);
        }
        return new Line(text.toString());
    }
}
