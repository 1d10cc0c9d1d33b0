package dev.imgedit.cli.internal.jobs;

import dev.imgedit.batch.BatchRecord;
import dev.imgedit.batch.ItemState;
import dev.imgedit.batch.JobHistory;
import dev.imgedit.batch.JobQuery;
import dev.imgedit.batch.JobRecord;
import dev.imgedit.cli.internal.CliException;
import dev.imgedit.cli.internal.CommandContext;
import dev.imgedit.cli.internal.CommandValues;
import dev.imgedit.cli.internal.ExitCode;
import dev.imgedit.cli.internal.FailureReport;
import dev.imgedit.cli.internal.JsonPrinter;
import dev.imgedit.cli.internal.RootCommand;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code imgedit jobs}: the journaled jobs, most recently changed first; {@code jobs show ID} shows one. */
@Command(
        name = "jobs",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        subcommands = JobsShowCommand.class,
        description = {
            "List the jobs imgedit journaled, most recently changed first.",
            "Those are single edits (in $XDG_STATE_HOME/imgedit/journal.db, else ~/.local/state/imgedit/) and every "
                    + "batch's items. A SUBMITTED job was paid for and goes on at the provider: 'imgedit fetch ID' "
                    + "collects it. 'imgedit jobs show ID' shows one."
        })
public final class JobsCommand implements Callable<Integer> {
    static final int DEFAULT_LIMIT = 20;

    private final CommandContext context;

    @ParentCommand
    private RootCommand root;

    @Option(names = "--state", paramLabel = "STATE",
            description = "Only jobs in this state: PENDING, SUBMITTING, SUBMITTED, DONE, FAILED or OUTCOME_UNKNOWN.")
    private @Nullable String state;

    @Option(names = "--batch", paramLabel = "ID|DIR",
            description = "Only the jobs of this batch: its id, or its output folder.")
    private @Nullable String batch;

    @Option(names = "--limit", paramLabel = "N", description = "At most N jobs (default: " + DEFAULT_LIMIT + ").")
    private @Nullable String limit;

    @Option(names = "--json", description = "Print one JSON object on standard output.")
    private boolean json;

    public JobsCommand(CommandContext context) {
        this.context = context;
    }

    RootCommand root() {
        return root;
    }

    @Override
    public Integer call() {
        root.applyLogging();
        try {
            JobQuery query = JobQuery.recent(limit()).withState(state());
            try (JobHistory history = UserJournal.openForReading(context)) {
                List<JobRecord> jobs = history == null ? List.of() : history.jobs(query.withBatch(batchId(history)));
                List<String> problems = history == null ? List.of() : history.problems();
                print(jobs, problems, history == null);
            }
            return ExitCode.SUCCESS.code();
        } catch (RuntimeException e) {
            return FailureReport.failedCommand(context, e, json, root.debug());
        }
    }

    private void print(List<JobRecord> jobs, List<String> problems, boolean noJournal) {
        if (json) {
            JsonPrinter.print(context.out(), new JobDocuments.JobList(
                    jobs.stream().map(job -> JobDocuments.Job.of(job, null)).toList(), problems));
        } else if (!jobs.isEmpty()) {
            new JobText(context).table(jobs).forEach(context.out()::println);
            context.out().flush();
        }
        problems.forEach(problem -> context.notice("note: " + problem));
        if (jobs.isEmpty()) {
            context.notice(noJournal ? "no job journaled yet (the journal will be " + UserJournal.location(context)
                    + ")" : "no job matches");
        }
    }

    private int limit() {
        return limit == null ? DEFAULT_LIMIT : CommandValues.atLeastOne("--limit", limit, "--limit 50");
    }

    private @Nullable ItemState state() {
        if (state == null) {
            return null;
        }
        try {
            return ItemState.valueOf(state.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw CliException.invalid("--state '" + state + "' is no job state: give one of "
                    + Arrays.stream(ItemState.values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    /** The batch {@code --batch} names, by id or by output folder. */
    private @Nullable String batchId(JobHistory history) {
        if (batch == null) {
            return null;
        }
        BatchRecord byId = history.findBatch(batch.strip());
        BatchRecord found = byId != null ? byId : history.findBatch(context.resolve(batch).toString());
        if (found == null) {
            throw CliException.invalid("--batch '" + batch + "' is no batch imgedit ran: give a batch id or output "
                    + "folder that 'imgedit jobs' lists");
        }
        return found.id();
    }
}
