package dev.imgedit.modelslab.internal.retry;

import dev.imgedit.EditListener;
import dev.imgedit.util.Durations;
import java.time.Duration;

/**
 * How long a submit may take before ModelsLab accepts it, uploads and waits for a rate limit included, and who hears
 * of those waits and of the paid request going out. Downloads and polls have the await's own timeout instead.
 */
public final class Patience {
    private final Duration allowed;
    private final boolean limited;
    private final long deadlineNanos;
    private final EditListener listener;
    private final Timing timing;

    private Patience(Duration allowed, boolean limited, long deadlineNanos, EditListener listener, Timing timing) {
        this.allowed = allowed;
        this.limited = limited;
        this.deadlineNanos = deadlineNanos;
        this.listener = listener;
        this.timing = timing;
    }

    /** No time limit of its own: a download, a submit without one. */
    public static Patience unlimited() {
        return new Patience(Durations.NO_PRACTICAL_LIMIT, false, 0, EditListener.NONE, Timing.system());
    }

    /** {@code allowed} from now on, however large: one past any practical limit counts as none. */
    public static Patience of(Duration allowed, EditListener listener, Timing timing) {
        return new Patience(allowed, true, timing.nanoTime() + Durations.saturatedNanos(allowed), listener, timing);
    }

    /** The time allowed in all, for messages. */
    public Duration allowed() {
        return allowed;
    }

    public EditListener listener() {
        return listener;
    }

    /** Whether the time allowed has run out, so that nothing more may be sent. */
    public boolean ranOut() {
        return limited && deadlineNanos - timing.nanoTime() <= 0;
    }

    /**
     * {@code wait} (a connect or read timeout), cut to the time left, and at least {@code floor} where more is left
     * in {@code wait} itself.
     */
    public Duration cut(Duration wait, Duration floor) {
        if (!limited) {
            return wait;
        }
        Duration left = Duration.ofNanos(deadlineNanos - timing.nanoTime());
        Duration cut = left.compareTo(floor) < 0 ? floor : left;
        return cut.compareTo(wait) < 0 ? cut : wait;
    }

    /** Whether waiting {@code wait} still leaves time to send. */
    boolean allows(Duration wait) {
        return !limited || Durations.saturatedNanos(wait) < deadlineNanos - timing.nanoTime();
    }

    @Override
    public String toString() {
        return limited ? "Patience[" + Durations.describe(allowed) + "]" : "Patience[unlimited]";
    }
}
