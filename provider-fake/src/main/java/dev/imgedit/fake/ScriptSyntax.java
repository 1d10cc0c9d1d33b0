package dev.imgedit.fake;

import dev.imgedit.exception.InvalidRequestException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The text form of a {@link FakeScript}: one outcome a line, {@code <outcome> [name=value ...]}, blank lines and
 * {@code #} comments ignored. Values holding spaces are written in double quotes, with {@code \"} and {@code \\}
 * inside. The names: {@code retry-after}, {@code after-checks}, {@code after}, {@code when-prompt-contains}.
 */
final class ScriptSyntax {
    static final int MAX_LINES = 10_000;
    private static final String RETRY_AFTER = "retry-after";
    private static final String AFTER_CHECKS = "after-checks";
    private static final String AFTER = "after";
    private static final String WHEN_PROMPT_CONTAINS = "when-prompt-contains";

    private ScriptSyntax() {}

    /**
     * @param source names the text in messages, such as {@code "script file 'retry.txt'"}
     * @throws InvalidRequestException naming the source, the line and the fix when a line is not an outcome
     */
    static List<Outcome> parse(String text, String source) {
        List<Outcome> outcomes = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        if (lines.length > MAX_LINES) {
            throw new InvalidRequestException(source + " has " + lines.length + " lines, more than the "
                    + MAX_LINES + " a script may have: is it the right file?");
        }
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                outcomes.add(outcome(line));
            } catch (IllegalArgumentException | InvalidRequestException e) {
                throw new InvalidRequestException(source + ", line " + (i + 1) + ": " + e.getMessage());
            }
        }
        return List.copyOf(outcomes);
    }

    /** The line that parses back to {@code outcome}. */
    static String line(Outcome outcome) {
        StringBuilder line = new StringBuilder(outcome.kind().word());
        if (outcome.retryAfter() != null) {
            line.append(' ').append(RETRY_AFTER).append('=').append(duration(outcome.retryAfter()));
        }
        if (outcome.afterChecks() > 0) {
            line.append(' ').append(AFTER_CHECKS).append('=').append(outcome.afterChecks());
        }
        if (!outcome.after().isZero()) {
            line.append(' ').append(AFTER).append('=').append(duration(outcome.after()));
        }
        if (outcome.promptContains() != null) {
            line.append(' ').append(WHEN_PROMPT_CONTAINS).append('=').append(quoted(outcome.promptContains()));
        }
        return line.toString();
    }

    private static Outcome outcome(String line) {
        List<String> words = Tokens.split(line);
        Outcome.Kind kind = Outcome.Kind.ofWord(words.get(0));
        if (kind == null) {
            throw new IllegalArgumentException("'" + words.get(0) + "' is not an outcome: use one of "
                    + Arrays.stream(Outcome.Kind.values()).map(Outcome.Kind::word).collect(Collectors.joining(", ")));
        }
        Outcome outcome = Outcome.of(kind);
        for (Map.Entry<String, String> option : options(words.subList(1, words.size())).entrySet()) {
            String value = option.getValue();
            outcome = switch (option.getKey()) {
                case RETRY_AFTER -> new Outcome(kind, SettingValues.duration(RETRY_AFTER, value),
                        outcome.afterChecks(), outcome.after(), outcome.promptContains());
                case AFTER_CHECKS -> outcome.afterChecks(SettingValues.count(AFTER_CHECKS, value));
                case AFTER -> outcome.after(SettingValues.duration(AFTER, value));
                case WHEN_PROMPT_CONTAINS -> outcome.whenPromptContains(value);
                default -> throw new IllegalArgumentException("'" + option.getKey() + "' is not an option of an "
                        + "outcome: use " + RETRY_AFTER + ", " + AFTER_CHECKS + ", " + AFTER + " or "
                        + WHEN_PROMPT_CONTAINS);
            };
        }
        return outcome;
    }

    private static Map<String, String> options(List<String> words) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String word : words) {
            int equals = word.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("'" + word + "' is not name=value, such as after-checks=2");
            }
            if (options.put(word.substring(0, equals), word.substring(equals + 1)) != null) {
                throw new IllegalArgumentException(word.substring(0, equals) + " is given twice");
            }
        }
        return options;
    }

    private static String duration(Duration duration) {
        if (duration.toNanosPart() % 1_000_000 != 0) {
            return duration.toString();
        }
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }

    private static String quoted(String text) {
        boolean plain = !text.isEmpty() && text.chars().noneMatch(c -> Character.isWhitespace(c) || c == '"'
                || c == '\\' || c == '#');
        return plain ? text : '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** Splits a line at spaces outside double quotes; a quoted part loses its quotes and escapes. */
    private static final class Tokens {
        private Tokens() {}

        static List<String> split(String line) {
            List<String> tokens = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            boolean quoted = false;
            boolean started = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted && c == '\\' && i + 1 < line.length()) {
                    current.append(line.charAt(++i));
                } else if (c == '"') {
                    quoted = !quoted;
                    started = true;
                } else if (!quoted && Character.isWhitespace(c)) {
                    if (started) {
                        tokens.add(current.toString());
                        current.setLength(0);
                        started = false;
                    }
                } else {
                    current.append(c);
                    started = true;
                }
            }
            if (quoted) {
                throw new IllegalArgumentException("a double quote is not closed");
            }
            if (started) {
                tokens.add(current.toString());
            }
            return tokens;
        }
    }
}
