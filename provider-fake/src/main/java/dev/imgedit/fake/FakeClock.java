package dev.imgedit.fake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Time that passes only when someone waits on it: {@link #sleep} moves the clock forward and returns at once. A
 * {@link FakeService} keeps its latency, queues, rate limits and await timeouts on one, so a test of retry and
 * timeout logic runs in milliseconds; give the application the same clock (as a {@link Clock}, and
 * {@code clock::sleep} wherever it waits) and its waits cost nothing either. Thread-safe.
 *
 * <p>Sleepers that start together and wait the same time end at the same moment, as on a real clock: a sleep moves
 * the clock to at least its start plus the wait, not by the wait on top of every other sleeper's.
 */
public final class FakeClock extends Clock {
    private final AtomicLong epochNanos;
    private final ZoneId zone;

    private FakeClock(AtomicLong epochNanos, ZoneId zone) {
        this.epochNanos = epochNanos;
        this.zone = zone;
    }

    /** A clock reading now, to the second, in UTC. */
    public static FakeClock create() {
        return startingAt(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    /** A clock reading {@code start}, in UTC, for tests that assert exact times. */
    public static FakeClock startingAt(Instant start) {
        Objects.requireNonNull(start, "start is null");
        return new FakeClock(new AtomicLong(Math.addExact(Math.multiplyExact(start.getEpochSecond(), 1_000_000_000L),
                start.getNano())), ZoneOffset.UTC);
    }

    @Override
    public Instant instant() {
        long nanos = epochNanos.get();
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same clock, moving with this one, read in {@code zone}. */
    @Override
    public FakeClock withZone(ZoneId zone) {
        return new FakeClock(epochNanos, Objects.requireNonNull(zone, "zone is null"));
    }

    /** Moves the clock forward by {@code duration}. */
    public void advance(Duration duration) {
        epochNanos.addAndGet(nonNegative(duration).toNanos());
    }

    /**
     * Waits {@code duration} on this clock: moves it to at least now plus {@code duration}, and returns at once.
     *
     * @throws InterruptedException when the thread was interrupted, as {@link Thread#sleep} would
     */
    public void sleep(Duration duration) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("interrupted before sleeping on the fake clock");
        }
        long wait = nonNegative(duration).toNanos();
        long target = epochNanos.get() + wait;
        epochNanos.accumulateAndGet(target, Math::max);
    }

    /** Nanoseconds since the epoch: a monotonic reading, as {@link System#nanoTime()} is for the real clock. */
    long nanoTime() {
        return epochNanos.get();
    }

    private static Duration nonNegative(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("time does not go back: " + duration);
        }
        return duration;
    }

    @Override
    public String toString() {
        return "FakeClock[" + instant() + "]";
    }
}
