package dev.imgedit.fake;

import dev.imgedit.exception.ErrorKind;
import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.util.Durations;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The text forms of the fake's setting values, in the environment and in script files. Each parse names the value
 * it reads in its {@link InvalidRequestException}.
 */
final class SettingValues {
    private static final Pattern ZERO_DURATION = Pattern.compile("(?i)0+\\s*(ms|s|m|h)?|pt0+s");

    private SettingValues() {}

    /** A duration as core parses it, or zero: core refuses zero, yet zero is the natural way to say "no delay". */
    static Duration duration(String name, String text) {
        return ZERO_DURATION.matcher(text.strip()).matches() ? Duration.ZERO : Durations.parse(name, text);
    }

    /** A count of status checks, 0 or more. */
    static int count(String name, String text) {
        try {
            int count = Integer.parseInt(text.strip());
            if (count >= 0) {
                return count;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new InvalidRequestException(name + " must be a whole number of status checks, 0 or more, got '"
                + text + "'");
    }

    static boolean flag(String name, String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new InvalidRequestException(name + " must be true or false, got '" + text + "'");
        };
    }

    /** @param expected what the value should be, for the message: "a directory or memory" */
    static Path path(String name, String expected, String text) {
        try {
            return Path.of(text.strip());
        } catch (InvalidPathException e) {
            throw new InvalidRequestException(name + " must be " + expected + ", got '"
                    + text.replaceAll("\\p{Cntrl}", "?") + "' (" + e.getReason() + ")");
        }
    }

    /** One of {@code kinds} by its name (any case, {@code -} for {@code _}), or null for {@code none}. */
    static @Nullable ErrorKind failure(String name, String text, Set<ErrorKind> kinds) {
        String normalized = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        if (normalized.equals("NONE")) {
            return null;
        }
        return Arrays.stream(ErrorKind.values())
                .filter(kind -> kind.name().equals(normalized) && kinds.contains(kind))
                .findFirst()
                .orElseThrow(() -> new InvalidRequestException(name + " '" + text + "' is not a failure the fake "
                        + "can imitate: use one of " + names(kinds) + " or none"));
    }

    static String names(Set<ErrorKind> kinds) {
        return kinds.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
    }
}
