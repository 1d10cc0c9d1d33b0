package dev.imgedit.cli.internal;

import com.google.inject.Inject;
import dev.imgedit.EditJob;
import dev.imgedit.EditResult;
import dev.imgedit.ImageEditProvider;
import java.time.Duration;
import java.util.List;

/** Awaits a submitted (or resumed) job and writes its outputs: the part {@code edit} and {@code fetch} share. */
public final class JobRunner {
    private final CommandContext context;
    private final ImageEditProvider provider;
    private final OutputWriter writer;

    @Inject
    public JobRunner(CommandContext context, ImageEditProvider provider, OutputWriter writer) {
        this.context = context;
        this.provider = provider;
        this.writer = writer;
    }

    /** The caller holds an {@link InterruptGuard} over {@code tracker}, so that Ctrl-C leaves nothing behind. */
    public List<WrittenImage> awaitAndWrite(EditJob job, Duration timeout, OutputPlan plan, JobTracker tracker) {
        ProgressPrinter progress = new ProgressPrinter(context);
        EditResult result;
        try {
            result = provider.await(job, timeout, progress);
        } finally {
            progress.clear();
        }
        result.notices().forEach(context::notice);
        List<WrittenImage> written = writer.writeAll(plan, result.images());
        tracker.finished();
        return written;
    }
}
