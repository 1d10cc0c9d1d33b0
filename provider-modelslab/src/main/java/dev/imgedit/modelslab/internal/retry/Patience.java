package dev.imgedit.modelslab.internal.retry;

import dev.imgedit.EditListener;
import java.time.Duration;

/**
 * How long a submit may take before ModelsLab accepts it, waits for a rate limit included, and who hears of those
 * waits and of the paid request going out. Downloads and polls have the await's own timeout instead.
 *
 * @param deadlineNanos the {@link Timing#nanoTime()} by which the submit must be sent, or {@link Long#MAX_VALUE}
 * @param listener told of waits and of the paid request going out
 */
public record Patience(long deadlineNanos, EditListener listener) {
    /** No time limit of its own: a download, a submit without one. */
    public static Patience unlimited() {
        return new Patience(Long.MAX_VALUE, EditListener.NONE);
    }

    public static Patience of(Duration allowed, EditListener listener, Timing timing) {
        long now = timing.nanoTime();
        long allowedNanos = allowed.toNanos();
        return new Patience(allowedNanos >= Long.MAX_VALUE - now ? Long.MAX_VALUE : now + allowedNanos, listener);
    }

    /** Whether waiting {@code wait} still leaves time to send. */
    boolean allows(Duration wait, Timing timing) {
        return deadlineNanos == Long.MAX_VALUE || wait.toNanos() < deadlineNanos - timing.nanoTime();
    }
}
