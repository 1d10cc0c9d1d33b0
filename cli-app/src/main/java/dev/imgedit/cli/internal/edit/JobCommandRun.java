package dev.imgedit.cli.internal.edit;

import dev.imgedit.EditJob;
import dev.imgedit.EditListener;
import dev.imgedit.EditRequest;
import dev.imgedit.cli.internal.CommandContext;
import dev.imgedit.cli.internal.RootCommand;
import dev.imgedit.cli.internal.jobs.EditJournal;
import dev.imgedit.cli.internal.output.OutputPlan;
import dev.imgedit.cli.internal.output.TemporaryFiles;
import dev.imgedit.cli.internal.session.ProviderSession;
import dev.imgedit.util.Durations;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ServiceConfigurationError;
import org.jspecify.annotations.Nullable;

/**
 * One run of {@code edit} or {@code fetch}: the frame each runs its own steps in (whatever happens, Ctrl-C prints the
 * fetch command, temporary files are deleted, and a failure ends in one reported line and its exit code), and the
 * steps the two share.
 */
final class JobCommandRun {
    /** A command's own steps, run in the frame; returns the exit code. */
    @FunctionalInterface
    interface Steps {
        int run(JobCommandRun run);
    }

    private final CommandContext context;
    private final JobOptions options;
    private final JobReporter reporter;
    private final JobTracker tracker = new JobTracker();
    private final TemporaryFiles temporaryFiles = new TemporaryFiles();
    private final EditJournal journal;

    private JobCommandRun(CommandContext context, JobOptions options, JobReporter reporter) {
        this.context = context;
        this.options = options;
        this.reporter = reporter;
        this.journal = EditJournal.start(context);
    }

    static int execute(CommandContext context, RootCommand root, JobOptions options, Steps steps) {
        root.applyLogging();
        JobCommandRun run = new JobCommandRun(context, options, new JobReporter(context, options.json(), root.debug(),
                options.apiKeyFile()));
        // Installed before the submit, so that no moment after it leaves a Ctrl-C without the fetch command.
        InterruptGuard guard = InterruptGuard.install(context, run.tracker, run.temporaryFiles, run.journal);
        try {
            return steps.run(run);
        } catch (RuntimeException | LinkageError | ServiceConfigurationError e) {
            run.journal.failed(e);
            // The errors are what a broken jar in lib/ causes: still worth one line rather than a crash.
            return run.reporter.failed(run.tracker, e, run.journal.id());
        } finally {
            guard.close();
            run.temporaryFiles.deleteAll();
            run.journal.close();
        }
    }

    /**
     * The first output can be created: the last local check, made after the arguments' own (a blank prompt is
     * reported before an output that exists), and before anything is submitted.
     */
    void checkOutput(OutputPlan plan) {
        plan.checkBeforeSubmit(context, temporaryFiles);
    }

    /** The key file can be read; then the provider, chosen and announced but not opened until it is used. */
    ProviderSession openProvider() {
        return openProvider(options.provider(), null);
    }

    /**
     * {@link #openProvider()} with the provider {@code providerId} names, such as the journal's, and why when it is
     * not {@code --provider}.
     */
    ProviderSession openProvider(@Nullable String providerId, @Nullable String because) {
        String apiKey = options.apiKey(context);
        ProviderSession session = ProviderSession.open(context, providerId, because, apiKey, temporaryFiles);
        tracker.provider(session.providerId());
        return session;
    }

    /** The user's journal, which records this run's job. */
    EditJournal journal() {
        return journal;
    }

    /**
     * A submit is about to go out: the journal records it first, and the request gets the track id it sent.
     *
     * @param input the input's absolute path, its URL, or {@code -}
     */
    EditRequest journaled(String providerId, String modelId, EditRequest request, String input, OutputPlan plan) {
        Path plannedOutput = plan.standardOutput() ? null : plan.pathFor(0, plan.expectedType()).toAbsolutePath();
        EditRequest journaled = journal.begin(providerId, modelId, request, input, plannedOutput);
        tracker.planned(journal.id(), journal.trackId());
        return journaled;
    }

    /**
     * Hears the submit go out (the journal records it first; a Ctrl-C then warns that the provider may have accepted,
     * and charged, it) and the waits before it (a Ctrl-C then says nothing was submitted, and nothing is).
     */
    EditListener submitListener() {
        return new EditListener() {
            @Override
            public void onSubmitting() {
                if (!tracker.submitting()) {
                    awaitTheExit();
                }
                journal.submitting();
            }

            @Override
            public void onWaiting(Duration wait, String reason) {
                tracker.waitingToSubmit(wait);
                context.notice("waiting " + Durations.describe(wait) + " before trying again (" + reason + ")");
            }
        };
    }

    /**
     * The JVM is exiting on a signal, and its shutdown hook has said that nothing was submitted: the submit about to go
     * out must not, so this thread waits for the exit, which ends it.
     */
    private static void awaitTheExit() {
        while (true) {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                // Still exiting: keep waiting rather than send what the user was told was never sent.
            }
        }
    }

    /**
     * The provider has the job: from now on Ctrl-C, or a failure the job may survive, prints the fetch command, where
     * the provider can resume it in a new process.
     */
    void accepted(EditJob job, ProviderSession session, @Nullable String outputShown, boolean resumable) {
        journal.accepted(job.id());
        tracker.submitted(job.id(), resumable ? options.resumeCommand(job.id(), session.providerId(), outputShown)
                .withProfile(context.configuration().profile()) : null);
    }

    /** {@code --no-wait}: reports the accepted job. */
    int reportSubmitted() {
        return reporter.submitted(tracker, journal.id());
    }

    /** Waits for the job, writes its outputs and reports the written paths. */
    int awaitAndReport(ProviderSession session, EditJob job, Duration timeout, OutputPlan plan) {
        JobRunner.Written written = session.service(JobRunner.class).awaitAndWrite(job, timeout, plan, tracker);
        journal.done(written.images(), written.metadata());
        return reporter.succeeded(tracker, written.images(), journal.id(), written.metadata());
    }
}
