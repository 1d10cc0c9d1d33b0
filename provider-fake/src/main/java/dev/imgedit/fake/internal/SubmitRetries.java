package dev.imgedit.fake.internal;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a fake provider sends a rate-limited submit again, as ModelsLab's provider does with its defaults
 * ({@code MODELSLAB_MAX_RETRIES}, {@code MODELSLAB_MAX_RETRY_WAIT}): at most {@code maxRetries} times, after the wait
 * the service asked for (5 s, doubled with each retry, when it named none), never waiting longer than
 * {@code maxWait}: a longer wait asked for is not waited at all, and the rate limit reaches the caller.
 */
public record SubmitRetries(int maxRetries, Duration maxWait) {
    /** ModelsLab's provider's defaults. */
    public static final SubmitRetries MODELSLAB_DEFAULTS = new SubmitRetries(2, Duration.ofSeconds(60));
    /** Every rate limit reaches the caller at once. */
    public static final SubmitRetries NONE = new SubmitRetries(0, Duration.ofSeconds(60));

    private static final Duration BACKOFF = Duration.ofSeconds(5);

    public SubmitRetries {
        Objects.requireNonNull(maxWait, "maxWait is null");
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must not be negative, got " + maxRetries);
        }
        if (maxWait.isNegative() || maxWait.isZero()) {
            throw new IllegalArgumentException("maxWait must be positive, got " + maxWait);
        }
    }

    /** The wait before retry number {@code retriesDone + 1}, or null when none is left or the wait asked is too long. */
    @Nullable Duration nextWait(int retriesDone, @Nullable Duration asked) {
        if (retriesDone >= maxRetries) {
            return null;
        }
        if (asked != null) {
            return asked.compareTo(maxWait) > 0 ? null : asked;
        }
        Duration doubled = BACKOFF.multipliedBy(1L << Math.min(retriesDone, 20));
        return doubled.compareTo(maxWait) > 0 ? maxWait : doubled;
    }
}
