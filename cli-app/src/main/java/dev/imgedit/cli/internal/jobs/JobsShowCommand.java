package dev.imgedit.cli.internal.jobs;

import dev.imgedit.batch.JobHistory;
import dev.imgedit.batch.JobRecord;
import dev.imgedit.batch.ItemState;
import dev.imgedit.cli.internal.CliException;
import dev.imgedit.cli.internal.CommandContext;
import dev.imgedit.cli.internal.ExitCode;
import dev.imgedit.cli.internal.FailureReport;
import dev.imgedit.cli.internal.JsonPrinter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code imgedit jobs show ID}: one journaled job in full, with its history. */
@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description = "Show one journaled job: what was asked, its ids, where it stands, its outputs and its history.")
public final class JobsShowCommand implements Callable<Integer> {
    private final CommandContext context;

    @ParentCommand
    private JobsCommand jobs;

    @Parameters(index = "0", paramLabel = "ID", description = "The journal's id ('imgedit jobs' lists it) or the "
            + "provider's job id.")
    private String id;

    @Option(names = "--json", description = "Print one JSON object on standard output.")
    private boolean json;

    public JobsShowCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        jobs.root().applyLogging();
        try (JobHistory history = UserJournal.openForReading(context)) {
            JobRecord job = history == null || id.isBlank() ? null : UserJournal.lookUp(history, id.strip(), null);
            if (job == null) {
                throw CliException.invalid("no job '" + id + "' in the journal: give an id that 'imgedit jobs' "
                        + "lists");
            }
            if (json) {
                JsonPrinter.print(context.out(), JobDocuments.Job.of(job, history.events(job)));
            } else {
                new JobText(context).details(job, job.batchId() == null ? null : history.findBatch(job.batchId()),
                        history.events(job)).forEach(context.out()::println);
                context.out().flush();
                if (job.state() == ItemState.SUBMITTED && job.batchId() == null) {
                    context.notice("it goes on at the provider; collect it with: imgedit fetch " + job.id());
                }
            }
            return ExitCode.SUCCESS.code();
        } catch (RuntimeException e) {
            return FailureReport.failedCommand(context, e, json, jobs.root().debug());
        }
    }
}
