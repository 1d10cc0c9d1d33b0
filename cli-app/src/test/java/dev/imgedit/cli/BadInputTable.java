package dev.imgedit.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The bad-input catalogue as the Markdown table of docs/reliability.md, between its two markers. */
final class BadInputTable {
    static final String START = "<!-- bad-input-catalogue:start -->";
    static final String END = "<!-- bad-input-catalogue:end -->";

    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9_./:@%+=,-]+");
    private static final int LONGEST_SHOWN = 60;

    private BadInputTable() {}

    /** The text between the markers, marker lines excluded. */
    static String section(List<BadInput> rows) {
        StringBuilder text = new StringBuilder();
        text.append(rows.size()).append(" bad inputs, generated from `BadInputCatalogue.rows()`; each is a case of ")
                .append("`BadInputCatalogueTest`.\n\n");
        text.append("| id | bad input | command | exit | the error line names the problem | and the fix |\n");
        text.append("|---|---|---|---|---|---|\n");
        for (BadInput row : rows) {
            String input = row.requirement().note().isEmpty()
                    ? row.input()
                    : row.input() + " *(" + row.requirement().note() + ")*";
            text.append("| `").append(row.id()).append("` | ").append(cell(input)).append(" | ")
                    .append(code(command(row.args()))).append(" | ").append(row.exitCode())
                    .append(row.isWarningOnly() ? " (warning)" : "").append(" | ")
                    .append(code(row.message())).append(" | ").append(code(row.fix())).append(" |\n");
        }
        return text.toString();
    }

    /** {@code document} with the section between the markers replaced; the markers are appended when missing. */
    static String replaceSection(String document, String section) {
        int start = document.indexOf(START);
        int end = document.indexOf(END);
        if (start < 0 || end < start) {
            return document + (document.endsWith("\n") || document.isEmpty() ? "" : "\n") + START + "\n" + section
                    + END + "\n";
        }
        return document.substring(0, start + START.length()) + "\n" + section + document.substring(end);
    }

    /** The text between the markers, or null when they are missing. */
    static @Nullable String currentSection(String document) {
        int start = document.indexOf(START);
        int end = document.indexOf(END);
        if (start < 0 || end < start) {
            return null;
        }
        String between = document.substring(start + START.length(), end);
        return between.startsWith("\n") ? between.substring(1) : between;
    }

    /** The command line as a POSIX shell user would type it. */
    static String command(List<String> args) {
        List<String> words = new ArrayList<>(List.of("imgedit"));
        args.forEach(arg -> words.add(shellWord(arg)));
        return String.join(" ", words);
    }

    private static String shellWord(String arg) {
        if (arg.length() > LONGEST_SHOWN && arg.chars().distinct().count() == 1) {
            return "\"$(printf '" + arg.charAt(0) + "%.0s' $(seq " + arg.length() + "))\"";
        }
        if (arg.chars().anyMatch(Character::isISOControl)) {
            StringBuilder quoted = new StringBuilder("$'");
            arg.chars().forEach(c -> quoted.append(Character.isISOControl(c) ? String.format("\\x%02x", c)
                    : c == '\'' || c == '\\' ? "\\" + (char) c : String.valueOf((char) c)));
            return quoted.append('\'').toString();
        }
        if (PLAIN_WORD.matcher(arg).matches() && !arg.startsWith("=")) {
            return arg;
        }
        return "'" + arg.replace("'", "'\\''") + "'";
    }

    private static String code(String text) {
        String escaped = text.replace("|", "\\|");
        return escaped.contains("`") ? "`` " + escaped + " ``" : "`" + escaped + "`";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
