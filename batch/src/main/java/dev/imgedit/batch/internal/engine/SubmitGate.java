package dev.imgedit.batch.internal.engine;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Holds every submit back while the provider has asked the batch to wait (a rate limit, an outage), and lets the
 * wait end early when the run is stopped.
 */
final class SubmitGate {
    private long openAtNanos = System.nanoTime();
    private boolean stopped;

    /** No submit before {@code wait} from now (a later deadline already set stays). */
    synchronized void closeFor(Duration wait) {
        long until = System.nanoTime() + wait.toNanos();
        if (until - openAtNanos > 0) {
            openAtNanos = until;
        }
        notifyAll();
    }

    /** Waits until submits may go; false when the run stopped first. */
    synchronized boolean awaitOpen() throws InterruptedException {
        while (!stopped) {
            long left = openAtNanos - System.nanoTime();
            if (left <= 0) {
                return true;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return false;
    }

    synchronized void stop() {
        stopped = true;
        notifyAll();
    }
}
