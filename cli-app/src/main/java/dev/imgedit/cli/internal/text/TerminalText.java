package dev.imgedit.cli.internal.text;

/** Text that came from a user or a file (a prompt, a file name, a message), made safe to print on a terminal. */
public final class TerminalText {
    private TerminalText() {}

    /** Control characters shown as '?', so none (an escape sequence, say) reaches the terminal. */
    public static String safe(String text) {
        return text.replaceAll("\\p{Cntrl}", "?");
    }
}
