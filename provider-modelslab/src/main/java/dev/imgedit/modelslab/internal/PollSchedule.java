package dev.imgedit.modelslab.internal;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The waits between polls: the first follows ModelsLab's {@code eta}, later ones grow by half, all within
 * [{@code shortest}, {@code longest}].
 *
 * @param shortest the shortest wait (MODELSLAB_POLL_MIN_INTERVAL)
 * @param longest the longest wait (MODELSLAB_POLL_MAX_INTERVAL)
 */
record PollSchedule(Duration shortest, Duration longest) {

    /**
     * Before the first poll: a job just submitted is given its eta (or the shortest wait); a resumed one may be done
     * already, so it is asked at once.
     */
    Duration first(@Nullable Duration eta, boolean justSubmitted) {
        if (eta != null) {
            return clamp(eta);
        }
        return justSubmitted ? shortest : Duration.ZERO;
    }

    /** After a poll that found the job still running; {@code eta} counts only when nothing was waited yet. */
    Duration next(Duration previous, @Nullable Duration eta) {
        if (previous.isZero()) {
            return clamp(eta == null ? shortest : eta);
        }
        return clamp(Duration.ofNanos(previous.toNanos() + previous.toNanos() / 2));
    }

    Duration clamp(Duration wait) {
        if (wait.compareTo(shortest) < 0) {
            return shortest;
        }
        return wait.compareTo(longest) > 0 ? longest : wait;
    }
}
