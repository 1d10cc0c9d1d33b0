package dev.imgedit.mcp.internal.batch;

import dev.imgedit.batch.BatchListener;
import dev.imgedit.batch.BatchProgress;
import dev.imgedit.mcp.internal.ProgressNotifier;
import dev.imgedit.util.Durations;

/**
 * Tells the client how a batch is getting on: a progress notification whose value is the items finished (done,
 * failed, or outcome unknown) out of the batch's total, each time that number grows, with what is done, failed and in
 * flight in words. MCP wants the value to grow from one notification to the next, so changes in between (a job
 * submitted) are told with the next item to finish.
 */
final class BatchProgressNotifier implements BatchListener {
    private final ProgressNotifier notifier;
    private int reported = -1;

    BatchProgressNotifier(ProgressNotifier notifier) {
        this.notifier = notifier;
    }

    @Override
    public void onProgress(BatchProgress progress) {
        if (progress.finished() <= reported) {
            return;
        }
        reported = progress.finished();
        notifier.report(progress.finished(), (double) progress.total(), describe(progress));
    }

    /** {@code 12 of 40 finished: 10 done (3 in an earlier run), 2 failed; 5 in flight, 23 queued; about 1 min left} */
    static String describe(BatchProgress progress) {
        StringBuilder text = new StringBuilder().append(progress.finished()).append(" of ").append(progress.total())
                .append(" finished: ").append(progress.done() + progress.skipped()).append(" done");
        if (progress.skipped() > 0) {
            text.append(" (").append(progress.skipped()).append(" in an earlier run)");
        }
        text.append(", ").append(progress.failed()).append(" failed");
        if (progress.outcomeUnknown() > 0) {
            text.append(", ").append(progress.outcomeUnknown()).append(" outcome unknown");
        }
        text.append("; ").append(progress.inFlight()).append(" in flight, ").append(progress.queued())
                .append(" queued");
        if (progress.eta() != null) {
            text.append("; about ").append(Durations.describe(progress.eta())).append(" left");
        }
        return text.toString();
    }

    /** Sends nothing more: the call's result is about to go out. */
    void stop() {
        notifier.stop();
    }
}
