package dev.imgedit.fake.internal;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The service's memory of the last rate limit it imposed: until its retry-after has passed on the service's clock,
 * every submit is rate limited again, as a real service does with a client that does not wait. Thread-safe.
 */
final class RateLimitWindow {
    private @Nullable Instant until;

    synchronized void limitUntil(Instant end) {
        until = until == null || end.isAfter(until) ? end : until;
    }

    /** What is left of the window at {@code now}, or null when there is none. */
    synchronized @Nullable Duration remaining(Instant now) {
        if (until == null || !now.isBefore(until)) {
            return null;
        }
        return Duration.between(now, until);
    }
}
