package dev.imgedit.bfl.internal.failure;

import dev.imgedit.bfl.internal.http.Exchange;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** How long an answer asks the client to wait: its {@code Retry-After} header, in seconds or as an HTTP date. */
public final class RetryAfter {
    private RetryAfter() {}

    public static @Nullable Duration of(Exchange.Answered answer) {
        String value = answer.header("Retry-After").map(String::strip).orElse(null);
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            long seconds = Long.parseLong(value);
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            try {
                Duration until = Duration.between(ZonedDateTime.now(),
                        ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
                return until.isNegative() ? Duration.ZERO : until;
            } catch (DateTimeParseException unparsed) {
                return null;
            }
        }
    }
}
