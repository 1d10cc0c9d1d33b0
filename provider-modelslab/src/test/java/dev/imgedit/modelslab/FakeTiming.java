package dev.imgedit.modelslab;

import dev.imgedit.modelslab.internal.retry.Timing;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that moves only when slept on: waits are recorded, not waited. */
final class FakeTiming implements Timing {
    private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

    private final AtomicLong nanos = new AtomicLong();
    private final List<Duration> sleeps = new ArrayList<>();

    @Override
    public Instant now() {
        return EPOCH.plusNanos(nanos.get());
    }

    @Override
    public long nanoTime() {
        return nanos.get();
    }

    @Override
    public void sleep(Duration duration) {
        synchronized (sleeps) {
            sleeps.add(duration);
        }
        nanos.addAndGet(duration.toNanos());
    }

    /** Moves the clock as if {@code duration} had passed in work, not in a sleep. */
    void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    List<Duration> sleeps() {
        synchronized (sleeps) {
            return List.copyOf(sleeps);
        }
    }

    Duration slept() {
        return sleeps().stream().reduce(Duration.ZERO, Duration::plus);
    }
}
