package dev.imgedit.cli.internal.text;

import java.io.PrintStream;
import org.jspecify.annotations.Nullable;

/**
 * One line of standard error redrawn in place with {@code \r}, as a person watching a terminal sees progress: each
 * draw covers what the last one left, and {@link #clear()} leaves a clean line for what follows. A line longer than
 * the terminal is cut short, since one that wraps could no longer be redrawn.
 */
public final class StatusLine {
    private final PrintStream err;
    private final int columns;
    private int drawnWidth;

    /** @param columns the terminal's width */
    public StatusLine(PrintStream err, int columns) {
        this.err = err;
        this.columns = columns;
    }

    public void draw(String line) {
        String fitted = line.length() < columns ? line : line.substring(0, Math.max(0, columns - 1));
        String padded = fitted.length() < drawnWidth ? fitted + " ".repeat(drawnWidth - fitted.length()) : fitted;
        err.print("\r" + padded);
        err.flush();
        drawnWidth = Math.max(drawnWidth, fitted.length());
    }

    public void clear() {
        if (drawnWidth > 0) {
            err.print("\r" + " ".repeat(drawnWidth) + "\r");
            err.flush();
            drawnWidth = 0;
        }
    }

    /** The terminal's width from {@code COLUMNS}, else 80. */
    public static int columns(@Nullable String variable) {
        try {
            return variable == null ? 80 : Math.max(20, Integer.parseInt(variable.strip()));
        } catch (NumberFormatException e) {
            return 80;
        }
    }
}
