package dev.imgedit.fake.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The time the fake service keeps: when jobs are accepted and how long they queue, and the waits of latency and of
 * awaiting. The real clock by default; a test's {@link dev.imgedit.fake.FakeClock}, whose waits cost nothing, in a
 * {@link dev.imgedit.fake.FakeService}.
 *
 * @param clock what jobs are dated by
 * @param ticker a monotonic reading in nanoseconds, for deadlines and elapsed times
 * @param sleeper how a wait is spent
 */
public record ServiceTime(Clock clock, LongSupplier ticker, Sleeper sleeper) {

    /** Spends a wait; throws when the thread is interrupted, as {@link Thread#sleep} does. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private static final Sleeper REAL_SLEEP = duration -> TimeUnit.NANOSECONDS.sleep(duration.toNanos());
    private static final ServiceTime SYSTEM = new ServiceTime(Clock.systemUTC(), System::nanoTime, REAL_SLEEP);

    public ServiceTime {
        Objects.requireNonNull(clock, "clock is null");
        Objects.requireNonNull(ticker, "ticker is null");
        Objects.requireNonNull(sleeper, "sleeper is null");
    }

    /** The wall clock and real sleeps. */
    public static ServiceTime system() {
        return SYSTEM;
    }

    /** Jobs dated by {@code clock}, waits real: for tests that age jobs by moving a clock. */
    public static ServiceTime datedBy(Clock clock) {
        return new ServiceTime(clock, System::nanoTime, REAL_SLEEP);
    }

    public Instant now() {
        return clock.instant();
    }

    public long nanoTime() {
        return ticker.getAsLong();
    }

    /** Waits {@code duration}; false when interrupted, with the interrupt flag set again for the caller's caller. */
    public boolean pause(Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            return true;
        }
        try {
            sleeper.sleep(duration);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
