package dev.imgedit.modelslab.internal;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The waits before and between polls: each follows ModelsLab's {@code eta} when the last answer gave one, else grows
 * the previous wait by half. Waits between two polls are within [{@code shortest}, {@code longest}]; the wait before
 * the first poll is the submit's eta even when shorter than {@code shortest}.
 *
 * @param shortest the shortest wait between two polls (MODELSLAB_POLL_MIN_INTERVAL)
 * @param longest the longest wait (MODELSLAB_POLL_MAX_INTERVAL)
 */
record PollSchedule(Duration shortest, Duration longest) {

    /**
     * Before the first poll: a job just submitted is given its eta, however short (the lower bound spaces polls, and
     * the submit was not one: a 0.3 s job asked after 0.5 s would spend 40% of its time done and unnoticed), or the
     * shortest wait without one; a resumed job may be done already, so it is asked at once. The wait counts from the
     * submit's answer, {@code sinceAnswer} ago: what the caller did before awaiting (recording the job, say) is not
     * waited again.
     */
    Duration first(@Nullable Duration eta, boolean justSubmitted, Duration sinceAnswer) {
        Duration first;
        if (eta != null && !eta.isZero()) {
            first = eta.compareTo(longest) > 0 ? longest : eta;
        } else {
            first = justSubmitted ? shortest : Duration.ZERO;
        }
        Duration left = sinceAnswer.isNegative() ? first : first.minus(sinceAnswer);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /**
     * After a poll that found the job still running: the time it said it still needs, which is better than any guess
     * (a job whose first estimate was short is then asked once more, when it is done, not at growing waits around
     * that moment); without it, the previous wait and half again.
     */
    Duration next(Duration previous, @Nullable Duration eta) {
        if (eta != null && !eta.isZero()) {
            return clamp(eta);
        }
        if (previous.isZero()) {
            return shortest;
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
