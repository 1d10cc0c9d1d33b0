package dev.imgedit.cli.internal;

import dev.imgedit.EditJob;
import java.time.Duration;
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
    private JobOptions jobOptions;

    public FetchCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        return JobCommandRun.execute(context, root, jobOptions, this::fetch);
    }

    private int fetch(JobCommandRun run) {
        String id = jobId.strip();
        if (id.isEmpty()) {
            throw CliException.invalid("JOB_ID is empty: give the id that 'imgedit edit' printed");
        }
        Duration timeout = jobOptions.timeout();
        OutputPlan plan = jobOptions.outputPlan(context, context.workingDirectory(), defaultBaseName(id), null);

        try (ProviderSession session = run.openProvider(plan)) {
            session.requireOwnJob(id);
            EditJob resumed = session.provider().resume(id);
            run.accepted(resumed, session, jobOptions.output(), true);
            return run.awaitAndReport(session, resumed, timeout, plan);
        }
    }

    /** Without -o, a fetched job is written as JOB_ID.edited.png in the working directory. */
    private static String defaultBaseName(String id) {
        String safe = UNSAFE_NAME_CHARACTERS.matcher(id).replaceAll("_");
        return safe.startsWith(".") ? "job" + safe : safe;
    }
}
