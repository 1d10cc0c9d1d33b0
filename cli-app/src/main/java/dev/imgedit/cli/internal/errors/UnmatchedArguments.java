package dev.imgedit.cli.internal.errors;

import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Words for arguments picocli did not recognise that never repeat a value: someone who types {@code --api-key
 * sk-...} must not get the key echoed to a terminal, a log or a CI transcript.
 */
final class UnmatchedArguments {
    /** A word that is safe to repeat: a mistyped command name, not a key. */
    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z][A-Za-z-]{0,19}");

    private UnmatchedArguments() {}

    /** Whether {@code argument} may be repeated in a message: a mistyped name, not a key. */
    static boolean isPlainWord(String argument) {
        return PLAIN_WORD.matcher(argument).matches();
    }

    static String describe(UnmatchedArgumentException exception) {
        List<String> unmatched = exception.getUnmatched();
        List<String> options = unmatched.stream()
                .filter(argument -> argument.startsWith("-"))
                .map(argument -> argument.split("=", 2)[0])
                .distinct()
                .toList();
        List<String> others = unmatched.stream().filter(argument -> !argument.startsWith("-")).toList();
        StringBuilder message = new StringBuilder();
        if (!options.isEmpty()) {
            message.append(options.size() == 1 ? "Unknown option: " : "Unknown options: ")
                    .append(quoted(options));
        }
        List<String> plain = others.stream().filter(UnmatchedArguments::isPlainWord).toList();
        int hidden = others.size() - plain.size();
        if (!plain.isEmpty()) {
            message.append(message.length() == 0 ? "" : "; ")
                    .append("unexpected argument").append(plain.size() == 1 ? ": " : "s: ").append(quoted(plain));
        }
        if (hidden > 0) {
            message.append(message.length() == 0 ? "" : "; ").append(hidden).append(plain.isEmpty() ? "" : " more")
                    .append(" unexpected argument").append(hidden == 1 ? "" : "s")
                    .append(" (not repeated here, in case one is a secret)");
        }
        List<String> suggestions = exception.getSuggestions();
        if (!suggestions.isEmpty()) {
            message.append("; did you mean ").append(String.join(" or ", suggestions)).append("?");
        }
        return message.toString();
    }

    private static String quoted(List<String> words) {
        return String.join(", ", words.stream().map(word -> "'" + word + "'").toList());
    }
}
