package dev.imgedit.cli.internal.errors;

import java.util.List;
import java.util.Locale;
import picocli.CommandLine;

/**
 * A word where a command was expected that names none: said as such, with the commands it could be a typo of (by
 * edit distance, so that a word like nothing imgedit has lists the commands rather than a far-fetched guess), never
 * repeated when it could be a key.
 */
final class UnknownCommand {
    private UnknownCommand() {}

    /** Whether {@code unmatched}, the words {@code commandLine} could not place, start with a mistyped command. */
    static boolean isOne(CommandLine commandLine, List<String> unmatched) {
        return !commandLine.getSubcommands().isEmpty() && !unmatched.isEmpty() && !unmatched.get(0).startsWith("-");
    }

    /** {@code unknown command 'edti': did you mean 'edit'?}, or the commands there are when none is close. */
    static String describe(CommandLine commandLine, String word) {
        String parent = commandLine.getCommandSpec().qualifiedName();
        String prefix = parent.equals(commandLine.getCommandSpec().root().name()) ? ""
                : parent.substring(parent.indexOf(' ') + 1) + " ";
        String shown = UnmatchedArguments.isPlainWord(word) ? "'" + prefix + word + "'"
                : "(not repeated here, in case it is a secret)";
        List<String> commands = commandLine.getSubcommands().keySet().stream().toList();
        List<String> close = commands.stream().filter(command -> isClose(word, command)).toList();
        if (close.isEmpty()) {
            return "unknown command " + shown + ": the commands are " + String.join(", ", commands);
        }
        return "unknown command " + shown + ": did you mean "
                + String.join(" or ", close.stream().map(command -> "'" + command + "'").toList()) + "?";
    }

    /** A typo: a prefix of two letters or more, or at most one edit away (two for longer words). */
    static boolean isClose(String word, String command) {
        String typed = word.toLowerCase(Locale.ROOT);
        if (typed.length() >= 2 && command.startsWith(typed)) {
            return true;
        }
        return distance(typed, command) <= (typed.length() >= 6 ? 2 : 1);
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    private static int distance(String from, String to) {
        int[][] cost = new int[from.length() + 1][to.length() + 1];
        for (int i = 0; i <= from.length(); i++) {
            cost[i][0] = i;
        }
        for (int j = 0; j <= to.length(); j++) {
            cost[0][j] = j;
        }
        for (int i = 1; i <= from.length(); i++) {
            for (int j = 1; j <= to.length(); j++) {
                int substitution = from.charAt(i - 1) == to.charAt(j - 1) ? 0 : 1;
                cost[i][j] = Math.min(Math.min(cost[i - 1][j] + 1, cost[i][j - 1] + 1),
                        cost[i - 1][j - 1] + substitution);
                if (i > 1 && j > 1 && from.charAt(i - 1) == to.charAt(j - 2) && from.charAt(i - 2) == to.charAt(j - 1)) {
                    cost[i][j] = Math.min(cost[i][j], cost[i - 2][j - 2] + 1);
                }
            }
        }
        return cost[from.length()][to.length()];
    }
}
