package dev.imgedit.cli.internal.batch;

import dev.imgedit.batch.Batch;
import dev.imgedit.batch.BatchItem;
import dev.imgedit.batch.BatchProgress;
import dev.imgedit.batch.BatchSummary;
import dev.imgedit.cli.internal.CommandContext;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * Runs a batch under a shutdown hook: on Ctrl-C or SIGTERM it cancels the batch (nothing more is submitted, waits
 * are cut short, outputs already downloaded are written), waits a little for that to be recorded, and says how to
 * go on. Whatever it cannot wait for is safe anyway: every step is in the journal before it is taken.
 */
final class BatchInterruption {
    /** How long the hook lets the batch record what is in flight before the JVM ends. */
    private static final long GRACE_SECONDS = 20;

    private final CommandContext context;
    private final Batch batch;
    private final BatchProgressView view;
    private final AtomicBoolean interrupted = new AtomicBoolean();
    private final CountDownLatch ended = new CountDownLatch(1);

    private BatchInterruption(CommandContext context, Batch batch, BatchProgressView view) {
        this.context = context;
        this.batch = batch;
        this.view = view;
    }

    /** The summary, or null when a signal ended the run (the hook has said what to do; the JVM ends with it). */
    static @Nullable BatchSummary runGuarded(CommandContext context, Batch batch, List<BatchItem> items,
            BatchProgressView view) {
        BatchInterruption guard = new BatchInterruption(context, batch, view);
        Thread hook = new Thread(guard::onShutdown, "imgedit-batch-interrupted");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            BatchSummary summary = batch.run(items, view);
            view.clear();
            return guard.interrupted.get() ? null : summary;
        } finally {
            guard.ended.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // The JVM is shutting down: the hook is running or has run.
            }
        }
    }

    private void onShutdown() {
        interrupted.set(true);
        batch.cancel();
        try {
            ended.await(GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        BatchProgress progress = view.last();
        context.err().println();
        context.err().println("imgedit: interrupted" + (progress == null ? "" : " after " + progress.finished()
                + " of " + progress.total() + " items") + "; jobs already submitted go on at the provider and stay "
                + "in the journal: run the same command again to collect them and go on, without paying twice");
        context.err().flush();
    }
}
