package dev.imgedit.cli.internal.edit;

import dev.imgedit.EditJob;
import dev.imgedit.batch.JobRecord;
import dev.imgedit.cli.internal.CliException;
import dev.imgedit.cli.internal.CommandContext;
import dev.imgedit.cli.internal.RootCommand;
import dev.imgedit.cli.internal.jobs.UserJournal;
import dev.imgedit.cli.internal.output.OutputPlan;
import dev.imgedit.cli.internal.session.ProviderSession;
import java.nio.file.Path;
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
            "Wait for a job submitted earlier and write its result.",
            "The job was submitted by 'edit --no-wait', or by an edit that timed out or was interrupted. Nothing is "
                    + "submitted again, so nothing is paid twice. A job 'imgedit jobs' lists is found by either id, "
                    + "on its own provider."
        })
public final class FetchCommand implements Callable<Integer> {
    private static final Pattern UNSAFE_NAME_CHARACTERS = Pattern.compile("[^A-Za-z0-9._-]+");

    private final CommandContext context;

    @ParentCommand
    private RootCommand root;

    @Parameters(index = "0", paramLabel = "JOB_ID",
            description = "The job id that 'edit' printed, or the journal's id that 'imgedit jobs' lists.")
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
        // The journal knows the jobs imgedit submitted: their provider exactly, and where the edit meant to write.
        JobRecord known = run.journal().lookUp(id, jobOptions.provider());
        String providerJobId = known == null ? id : UserJournal.providerJobId(known);
        Path planned = known == null || known.batchId() != null || known.outputStem() == null ? null
                : Path.of(known.outputStem());
        OutputPlan plan = jobOptions.outputPlan(context, context.workingDirectory(), defaultBaseName(providerJobId),
                null, planned);

        run.checkOutput(plan);
        try (ProviderSession session = known == null ? run.openProvider()
                : run.openProvider(known.request().provider(), "the journal's job " + known.id() + " ran on it")) {
            if (known == null) {
                session.requireOwnJob(id);
            } else {
                run.journal().takeUp(known);
            }
            EditJob resumed = session.provider().resume(providerJobId);
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
