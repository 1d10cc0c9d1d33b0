package dev.imgedit.batch.internal.engine;

import dev.imgedit.batch.BatchListener;
import dev.imgedit.batch.BatchProgress;
import dev.imgedit.batch.ItemReport;
import dev.imgedit.batch.ItemState;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts where the run's items stand and tells the listener, one call at a time. The estimate of the time left is
 * the pace of this run so far (items finished per second) applied to what is left.
 */
final class ProgressTracker {
    private static final Logger LOGGER = LoggerFactory.getLogger(ProgressTracker.class);

    private final int total;
    private final BatchListener listener;
    private final long startedNanos = System.nanoTime();
    private final Map<Integer, ItemReport> ended = new TreeMap<>();
    private int done;
    private int skipped;
    private int failed;
    private int unknown;
    private int inFlight;
    private int queued;
    private int finishedThisRun;

    ProgressTracker(int total, BatchListener listener) {
        this.total = total;
        this.listener = listener;
    }

    synchronized void queued(int count) {
        queued += count;
        notifyProgress();
    }

    /** An item left the queue for the provider. */
    synchronized void started() {
        queued--;
        inFlight++;
        notifyProgress();
    }

    /** An item went back to the queue (a rate limit) without having started a job. */
    synchronized void requeued() {
        inFlight--;
        queued++;
        notifyProgress();
    }

    /** The item's job finished at the provider (its output may still be being written). */
    synchronized void landed() {
        inFlight--;
        notifyProgress();
    }

    /** An item that was waiting in the queue ended without starting (the run stopped). */
    synchronized void dequeued() {
        queued--;
    }

    /** An item reached its end: in this run, or (earlier) as found in the journal. */
    synchronized void ended(ItemReport report) {
        ended.put(report.position(), report);
        if (!report.earlierRun()) {
            finishedThisRun++;
        }
        if (report.state() == ItemState.DONE) {
            if (report.earlierRun()) {
                skipped++;
            } else {
                done++;
            }
        } else if (report.state() == ItemState.OUTCOME_UNKNOWN) {
            unknown++;
        } else if (report.failure() != null) {
            failed++;
        }
        BatchProgress progress = progress();
        try {
            listener.onItemFinished(report, progress);
            listener.onProgress(progress);
        } catch (RuntimeException e) {
            LOGGER.warn("A batch listener failed: {}", e.toString());
        }
    }

    synchronized void rateLimited(Duration wait) {
        try {
            listener.onRateLimited(wait);
        } catch (RuntimeException e) {
            LOGGER.warn("A batch listener failed: {}", e.toString());
        }
    }

    synchronized @Nullable ItemReport report(int position) {
        return ended.get(position);
    }

    synchronized BatchProgress progress() {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - startedNanos);
        return new BatchProgress(total, done, skipped, failed, unknown, inFlight, queued, elapsed, eta(elapsed));
    }

    private @Nullable Duration eta(Duration elapsed) {
        if (finishedThisRun == 0) {
            return null;
        }
        int left = queued + inFlight;
        return Duration.ofNanos(elapsed.toNanos() / finishedThisRun * left);
    }

    private void notifyProgress() {
        try {
            listener.onProgress(progress());
        } catch (RuntimeException e) {
            LOGGER.warn("A batch listener failed: {}", e.toString());
        }
    }
}
