package dev.imgedit.fake;

import dev.imgedit.EditRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Every call an application made to a {@link FakeService}'s providers, in the order the service received them, so
 * a test can assert what was sent. {@link #takeRequest} and {@link #takeCall} hand the calls out one by one, in
 * order, each with its own place (taking a submit does not take the calls around it from {@link #takeCall}); their
 * timeouts are real time, for calls made on other threads. Thread-safe.
 */
public final class Recording {
    private final Clock clock;
    private final List<RecordedCall> calls = new ArrayList<>();
    private int callsTaken;
    private int submitsTaken;

    Recording(Clock clock) {
        this.clock = clock;
    }

    /** Every call so far, in order. */
    public synchronized List<RecordedCall> calls() {
        return List.copyOf(calls);
    }

    /** Every submit so far, in order. */
    public synchronized List<RecordedCall.Submit> submits() {
        return calls.stream().filter(RecordedCall.Submit.class::isInstance).map(RecordedCall.Submit.class::cast)
                .toList();
    }

    /**
     * The next submit not yet taken, which must have been made already.
     *
     * @throws AssertionError when there is none, listing the calls made
     */
    public RecordedCall.Submit takeRequest() {
        return takeRequest(Duration.ZERO);
    }

    /**
     * The next submit not yet taken, waiting up to {@code timeout} (real time) for it.
     *
     * @throws AssertionError when none comes in time, listing the calls made
     */
    public synchronized RecordedCall.Submit takeRequest(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<RecordedCall.Submit> submits = submits();
            if (submitsTaken < submits.size()) {
                return submits.get(submitsTaken++);
            }
            waitUntil(deadline, "submit", submits.size());
        }
    }

    /**
     * The next call (of any kind) not yet taken, which must have been made already.
     *
     * @throws AssertionError when there is none, listing the calls made
     */
    public RecordedCall takeCall() {
        return takeCall(Duration.ZERO);
    }

    /**
     * The next call (of any kind) not yet taken, waiting up to {@code timeout} (real time) for it.
     *
     * @throws AssertionError when none comes in time, listing the calls made
     */
    public synchronized RecordedCall takeCall(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (callsTaken >= calls.size()) {
            waitUntil(deadline, "call", calls.size());
        }
        return calls.get(callsTaken++);
    }

    synchronized RecordedCall.Submit submitted(EditRequest request) {
        return add(RecordedCall.Submit.of(calls.size() + 1, clock.instant(), request));
    }

    synchronized void awaited(String jobId, Duration timeout) {
        add(new RecordedCall.Await(calls.size() + 1, clock.instant(), jobId, timeout));
    }

    synchronized void resumed(String jobId) {
        add(new RecordedCall.Resume(calls.size() + 1, clock.instant(), jobId));
    }

    private <T extends RecordedCall> T add(T call) {
        calls.add(call);
        notifyAll();
        return call;
    }

    /** Waits for another call until {@code deadline}, else fails saying what was there. Holds the lock. */
    private void waitUntil(long deadline, String wanted, int taken) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new AssertionError("no further " + wanted + " was made (" + taken + " taken so far); the calls: "
                    + (calls.isEmpty() ? "none" : calls.stream().map(RecordedCall::toString)
                            .collect(Collectors.joining("; "))));
        }
        try {
            TimeUnit.NANOSECONDS.timedWait(this, left);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for a " + wanted, e);
        }
    }

    @Override
    public synchronized String toString() {
        return "Recording" + calls;
    }
}
