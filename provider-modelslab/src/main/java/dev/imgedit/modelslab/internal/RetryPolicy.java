package dev.imgedit.modelslab.internal;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How often and how long to wait before sending a refused request again: at most {@code maxRetries} times, never
 * waiting longer than {@code maxWait}. ModelsLab's own wait ({@code retry_after}) is honoured when given; a wait
 * longer than {@code maxWait} is not waited at all (the caller reports it instead).
 */
record RetryPolicy(int maxRetries, Duration maxWait) {

    /** The first wait after a refused connection or a 503; doubled each time. */
    static final Duration CONNECTION_BACKOFF = Duration.ofSeconds(1);

    /** The first wait after a rate limit that names no wait; doubled each time. */
    static final Duration RATE_LIMIT_BACKOFF = Duration.ofSeconds(5);

    /**
     * The wait before retry number {@code retriesDone + 1}, or empty when no retry is left or ModelsLab asked for
     * more than {@code maxWait}.
     */
    Optional<Duration> nextWait(int retriesDone, @Nullable Duration asked, Duration backoff) {
        if (retriesDone >= maxRetries) {
            return Optional.empty();
        }
        if (asked != null) {
            return asked.compareTo(maxWait) > 0 ? Optional.empty() : Optional.of(asked);
        }
        Duration doubled = backoff.multipliedBy(1L << Math.min(retriesDone, 20));
        return Optional.of(doubled.compareTo(maxWait) > 0 ? maxWait : doubled);
    }
}
