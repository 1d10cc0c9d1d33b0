package dev.imgedit.cli.internal.edit;

import com.google.inject.Inject;
import dev.imgedit.EditJob;
import dev.imgedit.EditResult;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.cli.internal.CommandContext;
import dev.imgedit.cli.internal.output.OutputPlan;
import dev.imgedit.cli.internal.output.OutputWriter;
import dev.imgedit.cli.internal.output.WrittenImage;
import java.time.Duration;
import java.util.List;
import java.util.Map;

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

    /**
     * The images written and what the provider said about the edit.
     *
     * @param metadata the result's metadata (the seed used, timings), for the journal
     */
    public record Written(List<WrittenImage> images, Map<String, String> metadata) {}

    /** The caller holds an {@link InterruptGuard} over {@code tracker}, so that Ctrl-C leaves nothing behind. */
    public Written awaitAndWrite(EditJob job, Duration timeout, OutputPlan plan, JobTracker tracker) {
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
        return new Written(written, result.metadata());
    }
}
