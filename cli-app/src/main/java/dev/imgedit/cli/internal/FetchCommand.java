package dev.imgedit.cli.internal;

import dev.imgedit.EditJob;
import java.time.Duration;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code imgedit fetch JOB_ID}: pick up a job submitted earlier and write its result, without paying again. */
@Command(
        name = "fetch",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Wait for a job submitted earlier (by 'edit --no-wait', or an edit that timed out or was interrupted)",
            "and write its result. Nothing is submitted again, so nothing is paid twice."
        })
public final class FetchCommand implements Callable<Integer> {
    private static final Pattern UNSAFE_NAME_CHARACTERS = Pattern.compile("[^A-Za-z0-9._-]+");

    private final CommandContext context;

    @ParentCommand
    private RootCommand root;

    @Parameters(index = "0", paramLabel = "JOB_ID", description = "The job id that 'edit' printed.")
    private String jobId;

    @Mixin
    private JobOptions job;

    public FetchCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        root.applyLogging();
        JobTracker tracker = new JobTracker();
        JobReporter reporter = new JobReporter(context, job.json(), root.debug());
        TemporaryFiles temporaryFiles = new TemporaryFiles();
        InterruptGuard guard = InterruptGuard.install(context, tracker, temporaryFiles);
        try {
            String id = jobId.strip();
            if (id.isEmpty()) {
                throw CliException.invalid("JOB_ID is empty: give the id that 'imgedit edit' printed");
            }
            Duration timeout = job.timeout();
            OutputPlan plan = job.outputPlan(context, context.workingDirectory(), defaultBaseName(id), null);
            plan.checkBeforeSubmit(context, temporaryFiles);
            String apiKey = job.apiKey(context);

            try (ProviderSession session = ProviderSession.open(context, job.provider(), apiKey, temporaryFiles)) {
                tracker.provider(session.providerId());
                EditJob resumed = session.provider().resume(id);
                tracker.submitted(resumed.id(), job.resumeCommand(resumed.id(), session.providerId(), job.output()));
                List<WrittenImage> written =
                        session.service(JobRunner.class).awaitAndWrite(resumed, timeout, plan, tracker);
                return reporter.succeeded(tracker, written);
            }
        } catch (RuntimeException | LinkageError | ServiceConfigurationError e) {
            // The errors are what a broken jar in lib/ causes: still worth one line rather than a crash.
            return reporter.failed(tracker, e);
        } finally {
            guard.close();
            temporaryFiles.deleteAll();
        }
    }

    /** Without -o, a fetched job is written as JOB_ID.edited.png in the working directory. */
    private static String defaultBaseName(String id) {
        String safe = UNSAFE_NAME_CHARACTERS.matcher(id).replaceAll("_");
        return safe.startsWith(".") ? "job" + safe : safe;
    }
}
