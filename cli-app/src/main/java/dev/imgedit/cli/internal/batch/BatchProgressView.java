package dev.imgedit.cli.internal.batch;

import static dev.imgedit.cli.internal.text.TerminalText.safe;

import dev.imgedit.batch.BatchListener;
import dev.imgedit.batch.BatchProgress;
import dev.imgedit.batch.ItemReport;
import dev.imgedit.batch.ItemState;
import dev.imgedit.cli.internal.CommandContext;
import dev.imgedit.cli.internal.text.StatusLine;
import dev.imgedit.util.Durations;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * How a running batch looks on standard error. On a terminal: one progress bar, redrawn in place with {@code \r}
 * (at most ten times a second), with a line above it for each item that did not end done. Elsewhere (a log, a
 * pipe): one plain line per finished item, so nothing is drawn over. The batch calls it one call at a time.
 */
final class BatchProgressView implements BatchListener {
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int BAR_WIDTH = 24;

    private final CommandContext context;
    private final StatusLine line;
    private long lastDrawNanos;
    private volatile @Nullable BatchProgress last;

    BatchProgressView(CommandContext context) {
        this.context = context;
        this.line = new StatusLine(context.err(), StatusLine.columns(context.environment().get("COLUMNS")));
    }

    /** The progress last heard of, or null before the first. */
    @Nullable BatchProgress last() {
        return last;
    }

    @Override
    public void onProgress(BatchProgress progress) {
        last = progress;
        long now = System.nanoTime();
        if (context.interactive() && (now - lastDrawNanos >= REDRAW_NANOS || progress.queued() + progress.inFlight() == 0)) {
            lastDrawNanos = now;
            line.draw(bar(progress));
        }
    }

    @Override
    public void onItemFinished(ItemReport item, BatchProgress progress) {
        last = progress;
        boolean wellEnded = item.state() == ItemState.DONE;
        if (context.interactive() && wellEnded) {
            onProgress(progress);
            return;
        }
        say("[" + progress.finished() + "/" + progress.total() + "] " + describe(item));
        if (context.interactive()) {
            line.draw(bar(progress));
        }
    }

    @Override
    public void onRateLimited(Duration wait) {
        say("rate limited by the provider: no submit for " + Durations.describe(wait) + "; no item is dropped");
    }

    /** Removes the bar, so what follows starts on a clean line. */
    void clear() {
        line.clear();
    }

    /** {@code [=========>          ] 23/50  done 20, failed 2, in flight 5, queued 22  1 min 2 s, about 45 s left} */
    String bar(BatchProgress progress) {
        int filled = progress.total() == 0 ? BAR_WIDTH : BAR_WIDTH * progress.finished() / progress.total();
        String bar = "=".repeat(filled) + (filled < BAR_WIDTH ? ">" + " ".repeat(BAR_WIDTH - filled - 1) : "");
        List<String> counts = new ArrayList<>();
        counts.add("done " + progress.done());
        addUnlessZero(counts, "skipped", progress.skipped());
        addUnlessZero(counts, "failed", progress.failed());
        addUnlessZero(counts, "unknown", progress.outcomeUnknown());
        counts.add("in flight " + progress.inFlight());
        counts.add("queued " + progress.queued());
        String time = Durations.describe(progress.elapsed())
                + (progress.eta() == null ? "" : ", about " + Durations.describe(progress.eta()) + " left");
        return "imgedit: [" + bar + "] " + progress.finished() + "/" + progress.total() + "  "
                + String.join(", ", counts) + "  " + time;
    }

    private String describe(ItemReport item) {
        String input = safe(item.input());
        return switch (item.state()) {
            case DONE -> item.earlierRun() ? "skipped " + input + ": done in an earlier run"
                    : "done " + input + " -> " + item.outputs().stream().map(this::shown)
                            .collect(Collectors.joining(", "));
            case OUTCOME_UNKNOWN -> "outcome unknown " + input + ": sent with track id " + item.trackId()
                    + ", no answer recorded";
            case FAILED -> "failed " + input + (item.earlierRun() ? " in an earlier run" : "") + ": " + failure(item);
            default -> "not finished " + input + (item.failure() == null ? "" : ": " + failure(item));
        };
    }

    private static String failure(ItemReport item) {
        return item.failure() == null ? "" : item.failure().kind() + ": " + safe(item.failure().message());
    }

    private String shown(Path output) {
        return safe(context.display(output));
    }

    private void say(String text) {
        clear();
        context.err().println("imgedit: " + text);
        context.err().flush();
    }

    private static void addUnlessZero(List<String> counts, String name, int count) {
        if (count > 0) {
            counts.add(name + " " + count);
        }
    }
}
