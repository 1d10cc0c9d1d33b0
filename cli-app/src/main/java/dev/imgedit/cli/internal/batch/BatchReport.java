package dev.imgedit.cli.internal.batch;

import static dev.imgedit.cli.internal.text.TerminalText.safe;

import dev.imgedit.batch.BatchSummary;
import dev.imgedit.batch.ItemReport;
import dev.imgedit.batch.ItemState;
import dev.imgedit.cli.internal.ExitCode;
import dev.imgedit.cli.internal.CommandContext;
import dev.imgedit.cli.internal.JsonPrinter;
import dev.imgedit.exception.ErrorKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How a batch ended. Standard output gets the result (every output file of the batch, one per line; or one JSON
 * object); standard error the summary for a person: the counts, the failures by kind, each item whose outcome is
 * unknown with its track id, why the run stopped early, and the gallery.
 */
final class BatchReport {
    private final CommandContext context;
    private final String providerId;
    private final String modelId;
    private final List<String> commandWarnings;

    /** @param commandWarnings what the command itself warned of before the run, repeated with the summary */
    BatchReport(CommandContext context, String providerId, String modelId, List<String> commandWarnings) {
        this.context = context;
        this.providerId = providerId;
        this.modelId = modelId;
        this.commandWarnings = List.copyOf(commandWarnings);
    }

    /** Prints the summary and returns the exit code: 0 when every item is done. */
    int print(BatchSummary summary, boolean json) {
        List<String> warnings = Stream.concat(commandWarnings.stream(), summary.warnings().stream()).toList();
        if (json) {
            JsonPrinter.print(context.out(), document(summary, warnings));
        } else {
            summary.items().stream().filter(item -> item.state() == ItemState.DONE)
                    .flatMap(item -> item.outputs().stream())
                    .forEach(output -> context.out().println(context.display(output)));
            context.out().flush();
        }
        context.notice(summary.counts());
        for (ItemReport lost : summary.outcomeUnknown()) {
            context.notice("outcome unknown: " + safe(lost.input()) + " was sent with track id " + lost.trackId()
                    + " and may have been accepted (and charged): look for it with provider " + providerId
                    + ", or run again with --resubmit-unknown to send it anew");
        }
        long notRetried = summary.items().stream()
                .filter(item -> item.state() == ItemState.FAILED && item.earlierRun()).count();
        if (notRetried > 0) {
            context.notice(notRetried + (notRetried == 1 ? " item" : " items") + " failed in an earlier run and "
                    + (notRetried == 1 ? "was" : "were") + " not sent again, as it would likely fail (and be charged) "
                    + "again: change the prompt or the image, or run again with --retry-failed to send "
                    + (notRetried == 1 ? "it" : "them") + " anyway");
        }
        if (summary.stoppedBecause() != null) {
            context.notice("stopped early: " + safe(summary.stoppedBecause()) + "; run the same command again to go "
                    + "on (nothing done is paid again)");
        }
        warnings.forEach(warning -> context.warning(safe(warning)));
        if (summary.gallery() != null) {
            context.notice("gallery: " + context.display(summary.gallery()));
        }
        return exitCode(summary).code();
    }

    /**
     * 0 when every item is done; when a refused key or exhausted credits stopped the run, that failure's own code
     * (3, 5), as for a single edit; otherwise {@link ExitCode#PARTIAL_FAILURE}.
     */
    static ExitCode exitCode(BatchSummary summary) {
        if (summary.allDone()) {
            return ExitCode.SUCCESS;
        }
        if (summary.stoppedBecause() != null) {
            for (ItemReport item : summary.items()) {
                if (item.failure() != null && !item.earlierRun()) {
                    String kind = item.failure().kind();
                    if (kind.equals(ErrorKind.AUTHENTICATION.name())) {
                        return ExitCode.AUTHENTICATION;
                    }
                    if (kind.equals(ErrorKind.INSUFFICIENT_CREDITS.name())) {
                        return ExitCode.INSUFFICIENT_CREDITS;
                    }
                }
            }
        }
        return ExitCode.PARTIAL_FAILURE;
    }

    private BatchDocuments.Summary document(BatchSummary summary, List<String> warnings) {
        List<BatchDocuments.Item> items = summary.items().stream().map(item -> new BatchDocuments.Item(
                item.journalId(), item.input(), item.state().name(), item.earlierRun(),
                item.outputs().stream().map(Path::toString).toList(), item.jobId(), item.trackId(),
                item.failure() == null ? null
                        : new BatchDocuments.Error(item.failure().kind(), item.failure().message()))).toList();
        Map<String, Integer> failedByKind = summary.failedByKind();
        return new BatchDocuments.Summary(summary.allDone() ? BatchDocuments.SUCCEEDED : BatchDocuments.INCOMPLETE,
                summary.batchId(), summary.outputDirectory().toString(), providerId, modelId, summary.items().size(),
                summary.done(), summary.skipped(), summary.failed(), failedByKind, summary.outcomeUnknown().size(),
                summary.unfinished(), summary.wallTime().toMillis(),
                summary.gallery() == null ? null : summary.gallery().toString(), summary.stoppedBecause(),
                warnings, items);
    }
}
