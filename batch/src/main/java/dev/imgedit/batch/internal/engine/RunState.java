package dev.imgedit.batch.internal.engine;

import dev.imgedit.EditResult;
import dev.imgedit.batch.BatchOptions;
import dev.imgedit.batch.JobRecord;
import dev.imgedit.batch.internal.output.OutputClaims;
import dev.imgedit.batch.internal.output.OutputFolder;
import java.time.Duration;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the threads of one run share: the queue, the journal, the progress, the gate, the writers, and whether (and
 * why) the run is stopping. Only threads waiting on a provider are ever interrupted, so a cancel never breaks a
 * submit in mid-air (its answer would be lost) nor a file in mid-write.
 */
final class RunState {
    private static final Logger LOGGER = LoggerFactory.getLogger(RunState.class);
    /** Writing is local and quick; two writers keep up with any provider while the workers go on. */
    private static final int WRITERS = 2;

    private final BatchOptions options;
    private final Ledger ledger;
    private final ProgressTracker tracker;
    private final OutputFolder folder;
    private final ResultWriter writer;
    private final SubmitGate gate = new SubmitGate();
    private final Deque<PlannedItem> queue = new LinkedBlockingDeque<>();
    private final Set<Thread> waiting = new HashSet<>();
    private final ThreadPoolExecutor writers;
    private volatile @Nullable String stopReason;
    private volatile boolean cancelled;

    RunState(BatchOptions options, Ledger ledger, ProgressTracker tracker, OutputFolder folder, OutputClaims claims,
            int concurrency) {
        this.options = options;
        this.ledger = ledger;
        this.tracker = tracker;
        this.folder = folder;
        this.writer = new ResultWriter(folder, ledger, claims, this::stop);
        AtomicInteger count = new AtomicInteger();
        // A full queue makes the worker write the result itself: it waits instead of piling images up in memory.
        this.writers = new ThreadPoolExecutor(WRITERS, WRITERS, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(Math.max(1, concurrency)),
                task -> new Thread(task, "imgedit-batch-writer-" + count.incrementAndGet()),
                new ThreadPoolExecutor.CallerRunsPolicy());
    }

    BatchOptions options() {
        return options;
    }

    Ledger ledger() {
        return ledger;
    }

    ProgressTracker tracker() {
        return tracker;
    }

    SubmitGate gate() {
        return gate;
    }

    Deque<PlannedItem> queue() {
        return queue;
    }

    void requeue(PlannedItem planned) {
        queue.addFirst(planned);
    }

    /** Reports an item that ended in this run. */
    void report(PlannedItem planned, JobRecord job) {
        tracker.ended(Reports.of(job, planned.position(), folder, false));
    }

    /** Writes a landed job's outputs on a writer thread (or this one, when the writers are busy), then reports it. */
    void write(PlannedItem planned, EditResult result) {
        JobRecord job = ledger.latest(planned.id());
        writers.execute(() -> {
            try {
                report(planned, writer.write(job, result));
            } catch (RuntimeException e) {
                LOGGER.warn("Writing the output of job {} failed: {}", job.id(), e.getMessage());
                stop(String.valueOf(e.getMessage()));
            }
        });
    }

    /** Waits until every output handed to the writers is written. */
    void finishWriting() {
        writers.shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                if (writers.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Stops submitting: jobs in flight are still awaited and written. The first reason given is kept; the summary
     * tells it ({@code stoppedBecause}), so the log only traces when it happened.
     */
    void stop(String reason) {
        if (stopFirst(reason)) {
            LOGGER.debug("The batch stops submitting: {}", reason);
        }
    }

    /** Stops submitting and stops waiting for jobs in flight: they stay in the journal for the next run. */
    void cancel() {
        if (stopFirst("the batch was cancelled")) {
            LOGGER.info("The batch was cancelled: jobs in flight stay in the journal for the next run");
        }
        synchronized (waiting) {
            cancelled = true;
            waiting.forEach(Thread::interrupt);
        }
    }

    private synchronized boolean stopFirst(String reason) {
        boolean first = stopReason == null;
        if (first) {
            stopReason = reason;
        }
        gate.stop();
        return first;
    }

    boolean stopping() {
        return stopReason != null;
    }

    boolean cancelled() {
        return cancelled;
    }

    @Nullable String stopReason() {
        return stopReason;
    }

    /** Runs a wait on the provider that {@link #cancel()} may interrupt. */
    <T> T whileAwaiting(Supplier<T> await) {
        enterWait();
        try {
            return await.get();
        } finally {
            leaveWait();
        }
    }

    /** Sleeps; false when the run was cancelled first. */
    boolean sleep(Duration duration) {
        enterWait();
        try {
            TimeUnit.NANOSECONDS.sleep(duration.toNanos());
            return !cancelled;
        } catch (InterruptedException e) {
            return false;
        } finally {
            leaveWait();
        }
    }

    private void enterWait() {
        synchronized (waiting) {
            waiting.add(Thread.currentThread());
            if (cancelled) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void leaveWait() {
        synchronized (waiting) {
            waiting.remove(Thread.currentThread());
            // An interrupt meant for the wait must not reach the file writes that may follow on this thread.
            Thread.interrupted();
        }
    }
}
