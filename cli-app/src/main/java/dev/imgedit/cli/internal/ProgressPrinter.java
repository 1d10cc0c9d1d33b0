package dev.imgedit.cli.internal;

import dev.imgedit.EditJob;
import dev.imgedit.EditListener;
import dev.imgedit.JobProgress;
import dev.imgedit.util.Durations;
import java.util.Locale;

/**
 * One status line on standard error, redrawn in place with {@code \r} while a job is awaited. Drawn only when a
 * person is watching (a terminal), so logs and pipes never fill with half-lines.
 */
public final class ProgressPrinter implements EditListener {
    private final CommandContext context;
    private int drawnWidth;

    public ProgressPrinter(CommandContext context) {
        this.context = context;
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
        if (drawnWidth > 0) {
            context.err().print("\r" + " ".repeat(drawnWidth) + "\r");
            context.err().flush();
            drawnWidth = 0;
        }
    }

    private void draw(String line) {
        if (!context.interactive()) {
            return;
        }
        String padded = line.length() < drawnWidth ? line + " ".repeat(drawnWidth - line.length()) : line;
        context.err().print("\r" + padded);
        context.err().flush();
        drawnWidth = Math.max(drawnWidth, line.length());
    }
}
