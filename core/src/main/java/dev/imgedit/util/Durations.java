package dev.imgedit.util;

import dev.imgedit.exception.InvalidRequestException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Durations as people write and read them: {@code 90s}, {@code 5m}, {@code 250ms} in; "1 min 30 s" out. */
public final class Durations {
    /**
     * The longest wait counted in nanoseconds, about 146 years: "no practical limit". Half the range of a
     * {@code long}, so that {@code System.nanoTime()} plus it still compares rightly by subtraction.
     */
    public static final Duration NO_PRACTICAL_LIMIT = Duration.ofNanos(Long.MAX_VALUE / 2);

    private Durations() {}

    /**
     * The duration in nanoseconds, held within {@link #NO_PRACTICAL_LIMIT} either way, where
     * {@link Duration#toNanos()} would overflow: for deadlines from a timeout the user gave, however large.
     */
    public static long saturatedNanos(Duration duration) {
        if (duration.compareTo(NO_PRACTICAL_LIMIT) >= 0) {
            return NO_PRACTICAL_LIMIT.toNanos();
        }
        return duration.compareTo(NO_PRACTICAL_LIMIT.negated()) <= 0 ? -NO_PRACTICAL_LIMIT.toNanos()
                : duration.toNanos();
    }

    /**
     * The duration as a socket timeout in milliseconds: at least 1 (0 would mean no timeout at all), at most
     * {@link Integer#MAX_VALUE} (about 24 days), where the JDK takes an {@code int}.
     */
    public static int timeoutMillis(Duration duration) {
        long millis = saturatedNanos(duration) / 1_000_000;
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, millis));
    }

    /**
     * Parses {@code 90s}, {@code 5m}, {@code 1h}, {@code 250ms}, a bare number of seconds, or ISO-8601 {@code PT5M}.
     *
     * @param what names the value in the message, such as {@code "timeout"}
     * @throws InvalidRequestException naming {@code what} when the text is none of these or not positive
     */
    public static Duration parse(String what, String text) {
        String trimmed = text.trim().toLowerCase(Locale.ROOT);
        Duration duration;
        try {
            if (trimmed.startsWith("p")) {
                duration = Duration.parse(trimmed.toUpperCase(Locale.ROOT));
            } else if (trimmed.endsWith("ms")) {
                duration = Duration.ofMillis(number(trimmed, 2));
            } else if (trimmed.endsWith("s")) {
                duration = Duration.ofSeconds(number(trimmed, 1));
            } else if (trimmed.endsWith("m")) {
                duration = Duration.ofMinutes(number(trimmed, 1));
            } else if (trimmed.endsWith("h")) {
                duration = Duration.ofHours(number(trimmed, 1));
            } else {
                duration = Duration.ofSeconds(Long.parseLong(trimmed));
            }
        } catch (NumberFormatException | DateTimeParseException | ArithmeticException e) {
            throw new InvalidRequestException(what + " '" + text
                    + "' is not a duration: write it like 90s, 5m, 1h or 250ms");
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new InvalidRequestException(what + " must be positive, got '" + text + "'");
        }
        return duration;
    }

    /**
     * Words a duration for a message: {@code 250 ms}, {@code 2.5 s}, {@code 30 s}, {@code 1 min 30 s},
     * {@code 2 h 5 min}. Negative durations read as zero.
     */
    public static String describe(Duration duration) {
        if (duration.isNegative()) {
            return "0 ms";
        }
        if (duration.getSeconds() < 60) {
            long millis = duration.toMillis();
            if (millis < 1000) {
                return millis + " ms";
            }
            long tenths = Math.round(millis / 100.0);
            return tenths % 10 == 0 ? tenths / 10 + " s" : tenths / 10 + "." + tenths % 10 + " s";
        }
        long seconds = duration.getSeconds() + (duration.getNano() >= 500_000_000 ? 1 : 0);
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        long rest = seconds % 60;
        if (hours > 0) {
            return hours + " h" + (minutes > 0 ? " " + minutes + " min" : "");
        }
        return minutes + " min" + (rest > 0 ? " " + rest + " s" : "");
    }

    private static long number(String text, int suffixLength) {
        return Long.parseLong(text.substring(0, text.length() - suffixLength).trim());
    }
}
