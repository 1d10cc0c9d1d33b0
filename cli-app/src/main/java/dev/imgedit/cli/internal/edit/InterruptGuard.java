package dev.imgedit.cli.internal.edit;

import dev.imgedit.cli.internal.CommandContext;
import dev.imgedit.cli.internal.output.TemporaryFiles;
import dev.imgedit.util.Durations;
import java.time.Duration;

/**
 * While an edit or fetch runs, a shutdown hook that, on Ctrl-C or SIGTERM, tells the user how to pick the job up
 * again (or that a submit was on its way) and deletes temporary files. It only prints and deletes: the JVM runs
 * shutdown hooks concurrently with each other and with the still-running main thread, so it takes no locks but those
 * of {@link TemporaryFiles} and touches no logging.
 */
public final class InterruptGuard implements AutoCloseable {
    private final CommandContext context;
    private final JobTracker tracker;
    private final TemporaryFiles temporaryFiles;
    private final Thread hook;

    private InterruptGuard(CommandContext context, JobTracker tracker, TemporaryFiles temporaryFiles) {
        this.context = context;
        this.tracker = tracker;
        this.temporaryFiles = temporaryFiles;
        this.hook = new Thread(this::onShutdown, "imgedit-interrupted");
    }

    public static InterruptGuard install(CommandContext context, JobTracker tracker, TemporaryFiles temporaryFiles) {
        InterruptGuard guard = new InterruptGuard(context, tracker, temporaryFiles);
        Runtime.getRuntime().addShutdownHook(guard.hook);
        return guard;
    }

    /** What the hook does; public for tests, which cannot press Ctrl-C. */
    public void onShutdown() {
        temporaryFiles.deleteAll();
        tracker.pendingResumeCommand().ifPresentOrElse(command -> {
            context.err().println();
            context.err().println("imgedit: interrupted; job " + command.jobId()
                    + " goes on at the provider, get its result with: " + command);
            context.err().flush();
        }, () -> {
            Duration wait = tracker.waitToSubmit();
            if (wait != null) {
                context.err().println();
                context.err().println("imgedit: interrupted while waiting " + Durations.describe(wait)
                        + " to try again: nothing was submitted");
                context.err().flush();
            } else if (tracker.isSubmitting()) {
                context.err().println();
                context.err().println("imgedit: interrupted while submitting: the provider may have accepted (and "
                        + "charged) the edit; look for it in the provider's dashboard before editing again");
                context.err().flush();
            }
        });
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down and the hook is running or has run: nothing to remove.
        }
    }
}
