package dev.imgedit.cli.internal.edit;

import dev.imgedit.EditedImage;
import dev.imgedit.cli.internal.CliException;
import dev.imgedit.cli.internal.CommandContext;
import dev.imgedit.cli.internal.ExitCode;
import dev.imgedit.cli.internal.ExitCodeMapper;
import dev.imgedit.cli.internal.FailureReport;
import dev.imgedit.cli.internal.JsonDocuments;
import dev.imgedit.cli.internal.JsonPrinter;
import dev.imgedit.cli.internal.output.WrittenImage;
import dev.imgedit.exception.ErrorKind;
import dev.imgedit.exception.ImageEditException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Tells the user how an {@code edit} or {@code fetch} ended. Standard output gets the result only (the written paths
 * one per line, or one JSON object), so scripts can use it; everything meant for a person goes to standard error.
 */
public final class JobReporter {
    /** Failures after which the job may still deliver, so the fetch command is worth printing. */
    private static final Set<ErrorKind> RESUMABLE = Set.of(
            ErrorKind.TIMED_OUT, ErrorKind.PROVIDER_UNAVAILABLE, ErrorKind.RATE_LIMITED);

    private final CommandContext context;
    private final boolean json;
    private final boolean debug;
    private final @Nullable String apiKeyFile;

    /**
     * @param apiKeyFile the {@code --api-key-file} path as given, or null when the environment supplies the key: a
     *     refused key is then said to come from that file, where the provider can only name the setting it was
     *     handed over as
     */
    public JobReporter(CommandContext context, boolean json, boolean debug, @Nullable String apiKeyFile) {
        this.context = context;
        this.json = json;
        this.debug = debug;
        this.apiKeyFile = apiKeyFile;
    }

    /** @param journalId the journal's id of the job, or null when it is not journaled */
    public int succeeded(JobTracker tracker, List<WrittenImage> written, @Nullable String journalId,
            Map<String, String> metadata) {
        if (json) {
            List<JsonDocuments.Output> outputs = written.stream().map(this::output).toList();
            JsonPrinter.print(context.out(), new JsonDocuments.JobReport(tracker.providerId().orElse(null),
                    tracker.jobId().orElse(null), journalId, JsonDocuments.JobReport.SUCCEEDED, outputs,
                    tracker.elapsed().toMillis(), null, null, metadata));
        } else {
            // An image on standard output (-o -) is all it gets: a path after it would corrupt the image.
            written.stream().filter(image -> !image.standardOutput())
                    .forEach(image -> context.out().println(context.display(image.path())));
            context.out().flush();
        }
        return ExitCode.SUCCESS.code();
    }

    /** {@code --no-wait}: the job id on standard output, the command that finishes it on standard error. */
    public int submitted(JobTracker tracker, @Nullable String journalId) {
        String jobId = tracker.jobId().orElseThrow();
        String resume = tracker.resumeCommand().map(ResumeCommand::toString).orElseThrow();
        if (json) {
            JsonPrinter.print(context.out(), new JsonDocuments.JobReport(tracker.providerId().orElse(null), jobId,
                    journalId, JsonDocuments.JobReport.PROCESSING, List.of(), tracker.elapsed().toMillis(), resume, null));
        } else {
            context.out().println(jobId);
            context.out().flush();
        }
        context.notice("job " + jobId + " submitted; get the result with: " + resume);
        return ExitCode.SUCCESS.code();
    }

    /** One line on standard error (and the stack trace with --debug); the JSON object too with --json. */
    public int failed(JobTracker tracker, Throwable failure, @Nullable String journalId) {
        ExitCode exitCode = ExitCodeMapper.exitCode(failure);
        String message = messageOf(failure);
        Optional<ResumeCommand> resume = isResumable(failure) ? tracker.pendingResumeCommand() : Optional.empty();
        String line = resume.map(command -> message + "; finish it with: "
                + command).orElse(message);
        FailureReport.printError(context, line, failure, debug);
        if (json) {
            String jobId = jobIdOf(tracker, failure);
            JsonPrinter.print(context.out(), new JsonDocuments.JobReport(tracker.providerId().orElse(null), jobId,
                    journalId, JsonDocuments.JobReport.FAILED, List.of(), tracker.elapsed().toMillis(),
                    resume.map(ResumeCommand::toString).orElse(null),
                    new JsonDocuments.Failure(ExitCodeMapper.kind(failure), message, exitCode.code(), jobId)));
        }
        return exitCode.code();
    }

    private String messageOf(Throwable failure) {
        String message = ExitCodeMapper.message(failure);
        if (apiKeyFile != null && failure instanceof ImageEditException refused
                && refused.kind() == ErrorKind.AUTHENTICATION) {
            return message + "; the key was read from --api-key-file '" + apiKeyFile + "': check the key in that file";
        }
        return message;
    }

    private static boolean isResumable(Throwable failure) {
        if (failure instanceof ImageEditException imageEditException) {
            return RESUMABLE.contains(imageEditException.kind());
        }
        // The job succeeded or is still running but writing its output failed, e.g. the output file exists.
        return failure instanceof CliException;
    }

    private static @Nullable String jobIdOf(JobTracker tracker, Throwable failure) {
        if (failure instanceof ImageEditException imageEditException && imageEditException.jobId() != null) {
            return imageEditException.jobId();
        }
        return tracker.jobId().orElse(null);
    }

    private JsonDocuments.Output output(WrittenImage written) {
        EditedImage image = written.image();
        return new JsonDocuments.Output(written.path().toString(), image.source() == null ? null
                : image.source().toString(), image.width(), image.height(), image.type().mimeType(), image.bytes().size());
    }
}
