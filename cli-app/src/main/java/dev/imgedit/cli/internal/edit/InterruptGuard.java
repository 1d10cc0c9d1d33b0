package dev.imgedit.cli.internal.edit;

import dev.imgedit.cli.internal.CommandContext;
import dev.imgedit.cli.internal.jobs.EditJournal;
import dev.imgedit.cli.internal.output.TemporaryFiles;
import dev.imgedit.util.Durations;
import java.time.Duration;

/**
 * While an edit or fetch runs, a shutdown hook that, on Ctrl-C or SIGTERM, tells the user how to pick the job up
 * again, that a submit was on its way, or that nothing was submitted (and then closes the journal's record as not
 * sent), and deletes temporary files. The JVM runs shutdown hooks concurrently with each other and with the
 * still-running main thread, so it takes no locks but those of {@link TemporaryFiles}, the {@link JobTracker} and the
 * journal's record, and logs nothing.
 */
public final class InterruptGuard implements AutoCloseable {
    private final CommandContext context;
    private final JobTracker tracker;
    private final TemporaryFiles temporaryFiles;
    private final EditJournal journal;
    private final Thread hook;

    private InterruptGuard(CommandContext context, JobTracker tracker, TemporaryFiles temporaryFiles,
            EditJournal journal) {
        this.context = context;
        this.tracker = tracker;
        this.temporaryFiles = temporaryFiles;
        this.journal = journal;
        this.hook = new Thread(this::onShutdown, "imgedit-interrupted");
    }

    /** @param journal where an edit stopped before its submit went out is closed as not sent */
    public static InterruptGuard install(CommandContext context, JobTracker tracker, TemporaryFiles temporaryFiles,
            EditJournal journal) {
        InterruptGuard guard = new InterruptGuard(context, tracker, temporaryFiles, journal);
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
            if (tracker.stopBeforeSubmit()) {
                journal.interruptedBeforeSubmit();
                say(wait != null ? "interrupted while waiting " + Durations.describe(wait) + " to try again: nothing "
                        + "was submitted" : "interrupted: nothing was submitted");
            } else if (tracker.isSubmitting()) {
                say("interrupted while submitting: the provider may have accepted (and charged) the edit"
                        + tracker.trackId().map(id -> " under track id " + id).orElse("")
                        + tracker.journalId().map(id -> ", journaled as job " + id + " (see 'imgedit jobs show " + id
                                + "')").orElse("")
                        + "; look for it in the provider's dashboard before editing again");
            }
        });
    }

    private void say(String line) {
        context.err().println();
        context.err().println("imgedit: " + line);
        context.err().flush();
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
