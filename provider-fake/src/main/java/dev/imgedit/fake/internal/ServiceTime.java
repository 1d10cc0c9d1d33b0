package dev.imgedit.fake.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * The time the fake service keeps: when jobs are accepted and how long they queue, and the waits of latency and of
 * awaiting. The real clock by default; a test's {@link dev.imgedit.fake.FakeClock}, whose waits cost nothing, in a
 * {@link dev.imgedit.fake.FakeService}.
 */
public interface ServiceTime {

    /** The clock jobs are dated by. */
    Clock clock();

    /** A monotonic reading in nanoseconds, for deadlines and elapsed times. */
    long nanoTime();

    /** Waits {@code duration}; false when interrupted, with the interrupt flag set again for the caller's caller. */
    boolean pause(Duration duration);

    default Instant now() {
        return clock().instant();
    }

    /** The wall clock and real sleeps. */
    static ServiceTime system() {
        return SystemTime.INSTANCE;
    }

    /** Jobs dated by {@code clock}, waits real: for tests that age jobs by moving a clock. */
    static ServiceTime datedBy(Clock clock) {
        return new ServiceTime() {
            @Override
            public Clock clock() {
                return clock;
            }

            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public boolean pause(Duration duration) {
                return SystemTime.INSTANCE.pause(duration);
            }
        };
    }

    /** The wall clock and real sleeps. */
    enum SystemTime implements ServiceTime {
        INSTANCE;

        @Override
        public Clock clock() {
            return Clock.systemUTC();
        }

        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public boolean pause(Duration duration) {
            if (duration.isZero() || duration.isNegative()) {
                return true;
            }
            try {
                TimeUnit.NANOSECONDS.sleep(duration.toNanos());
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
