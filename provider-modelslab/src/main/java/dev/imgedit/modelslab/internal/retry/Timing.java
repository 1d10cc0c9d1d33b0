package dev.imgedit.modelslab.internal.retry;

import java.time.Duration;
import java.time.Instant;

/** The clock and the sleep the provider waits with; tests replace it so that waiting costs no real time. */
public interface Timing {

    Instant now();

    /** A monotonic reading in nanoseconds, for deadlines. */
    long nanoTime();

    void sleep(Duration duration) throws InterruptedException;

    static Timing system() {
        return SystemTiming.INSTANCE;
    }

    /** The real clock and {@link Thread#sleep}. */
    enum SystemTiming implements Timing {
        INSTANCE;

        @Override
        public Instant now() {
            return Instant.now();
        }

        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleep(Duration duration) throws InterruptedException {
            if (!duration.isNegative() && !duration.isZero()) {
                Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
            }
        }
    }
}
