package dev.imgedit.cli.internal.edit;

import dev.imgedit.EditJob;
import dev.imgedit.EditListener;
import dev.imgedit.JobProgress;
import dev.imgedit.cli.internal.CommandContext;
import dev.imgedit.util.Durations;
import dev.imgedit.cli.internal.text.StatusLine;
import java.util.Locale;

/**
 * One status line on standard error, redrawn in place with {@code \r} while a job is awaited. Drawn only when a
 * person is watching (a terminal), so logs and pipes never fill with half-lines.
 */
public final class ProgressPrinter implements EditListener {
    private final CommandContext context;
    private final StatusLine line;

    public ProgressPrinter(CommandContext context) {
        this.context = context;
        this.line = new StatusLine(context.err(), StatusLine.columns(context.environment().get("COLUMNS")));
    }

    @Override
    public void onProgress(JobProgress progress) {
        StringBuilder line = new StringBuilder("imgedit: job ").append(progress.jobId()).append(' ')
                .append(progress.status().name().toLowerCase(Locale.ROOT)).append(", ")
                .append(Durations.describe(progress.elapsed())).append(" elapsed");
        if (progress.estimatedWait() != null) {
            line.append(", about ").append(Durations.describe(progress.estimatedWait())).append(" left");
        }
        draw(line.toString());
    }

    @Override
    public void onDownloading(EditJob job, int outputs) {
        draw("imgedit: job " + job.id() + " done, downloading " + outputs + (outputs == 1 ? " image" : " images"));
    }

    /** Removes the status line, so what follows starts on a clean line. */
    public void clear() {
        line.clear();
    }

    private void draw(String text) {
        if (context.interactive()) {
            line.draw(text);
        }
    }
}
