package dev.imgedit.bfl.internal;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The waits before sending again a request that BFL provably did not act on: at most {@code maxRetries} of them,
 * each doubling from a first wait, or as long as BFL asked; never longer than {@code maxWait} (a longer wait asked
 * for is not waited: the caller reports it).
 *
 * @param maxRetries how many times a request may be sent again
 * @param maxWait the longest single wait
 */
record Backoff(int maxRetries, Duration maxWait) {
    /** The first wait after a connection that was never made; doubled each time. */
    static final Duration AFTER_NO_CONNECTION = Duration.ofSeconds(1);
    /** The first wait after BFL's concurrency limit without a {@code Retry-After}; doubled each time. */
    static final Duration AFTER_RATE_LIMIT = Duration.ofSeconds(5);

    /** The wait before retry {@code retriesDone + 1}, or empty when none is left or BFL asked for too long. */
    Optional<Duration> next(int retriesDone, @Nullable Duration asked, Duration first) {
        if (retriesDone >= maxRetries || asked != null && asked.compareTo(maxWait) > 0) {
            return Optional.empty();
        }
        Duration wait = asked != null ? asked : first.multipliedBy(1L << Math.min(retriesDone, 16));
        return Optional.of(wait.compareTo(maxWait) > 0 ? maxWait : wait);
    }

    /** Sleeps {@code wait}; an interrupt ends it early, restoring the flag, and says so. */
    static boolean sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
