package dev.imgedit.cli.internal;

import dev.imgedit.EditJob;
import dev.imgedit.EditListener;
import dev.imgedit.util.Durations;
import java.time.Duration;
import java.util.List;
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

    private JobCommandRun(CommandContext context, JobOptions options, JobReporter reporter) {
        this.context = context;
        this.options = options;
        this.reporter = reporter;
    }

    static int execute(CommandContext context, RootCommand root, JobOptions options, Steps steps) {
        root.applyLogging();
        JobCommandRun run = new JobCommandRun(context, options, new JobReporter(context, options.json(), root.debug()));
        // Installed before the submit, so that no moment after it leaves a Ctrl-C without the fetch command.
        InterruptGuard guard = InterruptGuard.install(context, run.tracker, run.temporaryFiles);
        try {
            return steps.run(run);
        } catch (RuntimeException | LinkageError | ServiceConfigurationError e) {
            // The errors are what a broken jar in lib/ causes: still worth one line rather than a crash.
            return run.reporter.failed(run.tracker, e);
        } finally {
            guard.close();
            run.temporaryFiles.deleteAll();
        }
    }

    /**
     * The last local checks (the first output can be created, the key file can be read), then the provider, chosen
     * and announced but not opened until it is used.
     */
    ProviderSession openProvider(OutputPlan plan) {
        plan.checkBeforeSubmit(context, temporaryFiles);
        String apiKey = options.apiKey(context);
        ProviderSession session = ProviderSession.open(context, options.provider(), apiKey, temporaryFiles);
        tracker.provider(session.providerId());
        return session;
    }

    /**
     * Hears the submit go out (a Ctrl-C then warns that the provider may have accepted, and charged, it) and the
     * waits before it (a Ctrl-C then says nothing was submitted).
     */
    EditListener submitListener() {
        return new EditListener() {
            @Override
            public void onSubmitting() {
                tracker.submitting();
            }

            @Override
            public void onWaiting(Duration wait, String reason) {
                tracker.waitingToSubmit(wait);
                context.notice("waiting " + Durations.describe(wait) + " before trying again (" + reason + ")");
            }
        };
    }

    /**
     * The provider has the job: from now on Ctrl-C, or a failure the job may survive, prints the fetch command, where
     * the provider can resume it in a new process.
     */
    void accepted(EditJob job, ProviderSession session, @Nullable String outputShown, boolean resumable) {
        tracker.submitted(job.id(), resumable ? options.resumeCommand(job.id(), session.providerId(), outputShown)
                .withProfile(context.configuration().profile()) : null);
    }

    /** {@code --no-wait}: reports the accepted job. */
    int reportSubmitted() {
        return reporter.submitted(tracker);
    }

    /** Waits for the job, writes its outputs and reports the written paths. */
    int awaitAndReport(ProviderSession session, EditJob job, Duration timeout, OutputPlan plan) {
        List<WrittenImage> written = session.service(JobRunner.class).awaitAndWrite(job, timeout, plan, tracker);
        return reporter.succeeded(tracker, written);
    }
}
