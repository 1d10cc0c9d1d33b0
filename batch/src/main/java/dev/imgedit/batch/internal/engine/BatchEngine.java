package dev.imgedit.batch.internal.engine;

import dev.imgedit.ImageEditProvider;
import dev.imgedit.batch.BatchItem;
import dev.imgedit.batch.BatchListener;
import dev.imgedit.batch.BatchOptions;
import dev.imgedit.batch.BatchRecord;
import dev.imgedit.batch.BatchStorageException;
import dev.imgedit.batch.BatchSummary;
import dev.imgedit.batch.ItemReport;
import dev.imgedit.batch.JobJournal;
import dev.imgedit.batch.JobRecord;
import dev.imgedit.batch.internal.gallery.Gallery;
import dev.imgedit.batch.internal.output.OutputFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a batch: plans it against the journal, then lets {@code k} worker threads take items from one queue, each
 * holding at most one job between its submit and its end at the provider, so the provider never sees more than
 * {@code k} of the batch's jobs unfinished. Workers never sleep on a schedule of their own: they wait in the
 * provider's own {@code await}, which follows the provider's estimates, and hand results to writer threads so the
 * next submit is not held up by disk writes.
 */
public final class BatchEngine {
    private static final Logger LOGGER = LoggerFactory.getLogger(BatchEngine.class);

    private final ImageEditProvider provider;
    private final Requests requests;
    private final BatchOptions options;
    private final JobJournal journal;
    private final BatchRecord record;
    private final OutputFolder folder;
    private final AtomicBoolean started = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile @Nullable RunState current;
    private volatile boolean cancelRequested;

    /**
     * @throws dev.imgedit.exception.UnsupportedFeatureException when the provider has no model of the id the options
     *     name
     */
    public BatchEngine(ImageEditProvider provider, BatchOptions options, JobJournal journal, BatchRecord record,
            OutputFolder folder) {
        this.provider = provider;
        this.requests = Requests.of(provider, options);
        this.options = options;
        this.journal = journal;
        this.record = record;
        this.folder = folder;
    }

    public BatchRecord record() {
        return record;
    }

    public BatchSummary run(List<BatchItem> items, BatchListener listener) {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("a batch runs once: open it again to run it again");
        }
        long began = System.nanoTime();
        try {
            Ledger ledger = new Ledger(journal);
            Planner.Plan plan = new Planner(journal, ledger, record, options, folder, requests).plan(items);
            int concurrency = options.concurrency() > 0 ? options.concurrency() : requests.declaredConcurrency();
            ProgressTracker tracker = new ProgressTracker(plan.items().size(), listener);
            RunState run = new RunState(options, ledger, tracker, folder, plan.claims(), concurrency);
            current = run;
            if (cancelRequested) {
                run.cancel();
            }
            List<PlannedItem> work = new ArrayList<>();
            for (PlannedItem planned : plan.items()) {
                switch (planned.action()) {
                    case SKIP, REPORT -> tracker.ended(Reports.of(planned.planned(), planned.position(), folder,
                            planned.earlier()));
                    case RESUME, SUBMIT -> work.add(planned);
                }
            }
            // Resumed jobs first: they are unfinished at the provider already and count against its limit.
            work.sort(Comparator.comparing((PlannedItem planned) -> planned.action() != Action.RESUME)
                    .thenComparingInt(PlannedItem::position));
            run.queue().addAll(work);
            tracker.queued(work.size());
            LOGGER.info("Batch {}: {} items, {} to do, {} jobs at most in flight", record.id(), plan.items().size(),
                    work.size(), concurrency);
            runWorkers(run, Math.min(concurrency, work.size()));
            run.finishWriting();
            return summary(plan, run, ledger, tracker, Duration.ofNanos(System.nanoTime() - began));
        } finally {
            current = null;
            finished.countDown();
        }
    }

    private void runWorkers(RunState run, int count) {
        ItemRunner runner = new ItemRunner(provider, requests, run);
        List<Thread> workers = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Thread worker = new Thread(() -> work(run, runner), "imgedit-batch-" + i);
            worker.start();
            workers.add(worker);
        }
        boolean interrupted = false;
        for (Thread worker : workers) {
            while (worker.isAlive()) {
                try {
                    worker.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                    run.cancel();
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void work(RunState run, ItemRunner runner) {
        while (!run.cancelled()) {
            PlannedItem next = run.queue().pollFirst();
            if (next == null) {
                return;
            }
            if (next.action() == Action.SUBMIT && run.stopping()) {
                run.tracker().dequeued();
                continue;
            }
            try {
                runner.run(next);
            } catch (BatchStorageException e) {
                run.tracker().landed();
                run.stop(String.valueOf(e.getMessage()));
            } catch (InterruptedException e) {
                run.tracker().landed();
                run.cancel();
            } catch (RuntimeException e) {
                LOGGER.error("Item {} failed unexpectedly; it stays in the journal as it was", next.id(), e);
                run.tracker().landed();
            }
        }
    }

    private BatchSummary summary(Planner.Plan plan, RunState run, Ledger ledger, ProgressTracker tracker,
            Duration wallTime) {
        List<ItemReport> reports = new ArrayList<>();
        List<JobRecord> jobs = new ArrayList<>();
        for (PlannedItem planned : plan.items()) {
            JobRecord job = ledger.latest(planned.id());
            jobs.add(job);
            ItemReport report = tracker.report(planned.position());
            reports.add(report != null ? report : Reports.of(job, planned.position(), folder, false));
        }
        List<String> warnings = new ArrayList<>(plan.warnings());
        Path gallery = null;
        if (options.gallery()) {
            try {
                gallery = Gallery.write(folder, record, jobs, requests.providerDescription());
                if (!gallery.getFileName().toString().equals(Gallery.FILE_NAME)) {
                    warnings.add(Gallery.FILE_NAME + " in the output folder is not a page this batch wrote, so it is "
                            + "left as it was: the gallery is " + gallery.getFileName());
                }
            } catch (IOException | BatchStorageException e) {
                warnings.add("the gallery could not be written: " + e.getMessage());
            }
        }
        return new BatchSummary(record.id(), folder.root(), reports, wallTime, gallery, run.stopReason(), warnings);
    }

    /** Stops the run soon (or the run about to start); idempotent. */
    public void cancel() {
        cancelRequested = true;
        RunState run = current;
        if (run != null) {
            run.cancel();
        }
    }

    /** Waits until a run that began has ended. */
    public void awaitStopped() {
        if (!started.get()) {
            return;
        }
        try {
            finished.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
