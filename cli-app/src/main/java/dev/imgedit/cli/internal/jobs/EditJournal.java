package dev.imgedit.cli.internal.jobs;

import dev.imgedit.EditRequest;
import dev.imgedit.EditedImage;
import dev.imgedit.batch.BatchStorageException;
import dev.imgedit.batch.ItemState;
import dev.imgedit.batch.JobHistory;
import dev.imgedit.batch.JobRecord;
import dev.imgedit.batch.JournaledEdit;
import dev.imgedit.batch.OutputFile;
import dev.imgedit.cli.internal.CliException;
import dev.imgedit.cli.internal.CommandContext;
import dev.imgedit.cli.internal.ExitCodeMapper;
import dev.imgedit.cli.internal.output.WrittenImage;
import dev.imgedit.exception.ImageEditException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user's journal as one {@code edit} or {@code fetch} writes it: the job is recorded before its submit, on
 * acceptance and when it ends, so a paid job whose wait timed out or whose process was killed is listed by
 * {@code imgedit jobs} and collected by {@code imgedit fetch}. It is opened on a thread of its own as the command
 * starts (SQLite's first open costs start-up time), and joined at the submit. A journal that cannot be written never
 * stops an edit: it says so once, and the edit goes on unjournaled.
 */
public final class EditJournal implements AutoCloseable {
    private static final Logger LOGGER = LoggerFactory.getLogger(EditJournal.class);
    /** The failure kind of an edit stopped by the user before it was sent. */
    private static final String INTERRUPTED = "INTERRUPTED";

    private final CommandContext context;
    private final @Nullable CompletableFuture<JobHistory> opening;
    private @Nullable JobHistory history;
    private @Nullable JournaledEdit edit;
    private boolean broken;

    private EditJournal(CommandContext context, @Nullable CompletableFuture<JobHistory> opening) {
        this.context = context;
        this.opening = opening;
    }

    /** Starts opening the user's journal, where the environment names one ({@link UserJournal#location}). */
    public static EditJournal start(CommandContext context) {
        Path file = UserJournal.location(context);
        if (file == null) {
            LOGGER.debug("Neither {} nor HOME is set: edits are not journaled", JobHistory.STATE_HOME);
            return new EditJournal(context, null);
        }
        CompletableFuture<JobHistory> opening = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            try {
                opening.complete(JobHistory.open(file));
            } catch (RuntimeException e) {
                opening.completeExceptionally(e);
            }
        }, "imgedit-journal-opener");
        opener.setDaemon(true);
        opener.start();
        return new EditJournal(context, opening);
    }

    /**
     * The journaled job {@code id} names, by the journal's id or the provider's ({@code providerId}, when given,
     * choosing among providers whose ids coincide), or null when the journal knows none.
     *
     * @throws CliException when the id belongs to another provider than {@code --provider} names
     */
    public @Nullable JobRecord lookUp(String id, @Nullable String providerId) {
        JobHistory opened = history();
        if (opened == null) {
            return null;
        }
        try {
            return UserJournal.lookUp(opened, id, providerId);
        } catch (BatchStorageException e) {
            disable(e);
            return null;
        }
    }

    /**
     * Records the edit as planned, not sent yet, and returns the request carrying its track id; without a journal,
     * the request as it is. {@link #submitting()} records the moment its submit goes out.
     *
     * @param input the input's absolute path, its URL, or {@code -}
     * @param plannedOutput the absolute path of the first output, or null for standard output
     */
    public EditRequest begin(String providerId, String modelId, EditRequest request, String input,
            @Nullable Path plannedOutput) {
        JobHistory opened = history();
        if (opened == null) {
            return request;
        }
        try {
            edit = JournaledEdit.plan(opened.journal(), providerId, modelId, request, input,
                    plannedOutput == null ? null : plannedOutput.toString(), null);
            return edit.withTrackId(request);
        } catch (BatchStorageException e) {
            disable(e);
            return request;
        }
    }

    /** The submit goes out now: recorded first, so that a run stopped from here on says it may have been sent. */
    public void submitting() {
        record(JournaledEdit::submitting);
    }

    /**
     * The run was stopped (Ctrl-C, SIGTERM) while nothing was in flight: a job never sent is closed as not sent, so
     * {@code jobs}, {@code fetch} and {@code doctor} never take it for one that may have been charged. Called from a
     * shutdown hook.
     */
    public void interruptedBeforeSubmit() {
        record(journaled -> {
            if (journaled.record().jobId() == null && journaled.record().state() != ItemState.FAILED) {
                journaled.failedHere(INTERRUPTED, "interrupted before its submit went out: nothing was sent");
            }
        });
    }

    /** The track id the journaled edit's submit carries, once recorded. */
    public @Nullable String trackId() {
        return edit == null ? null : edit.trackId();
    }

    /** {@code fetch} takes up a journaled job: what happens next is recorded on its record. */
    public void takeUp(JobRecord job) {
        JobHistory opened = history();
        if (opened == null) {
            return;
        }
        if (job.batchId() != null) {
            context.notice("job " + job.id() + " belongs to batch " + job.batchId() + ": what is fetched here is not "
                    + "recorded in it; running that batch again collects the job into its own folder");
            return;
        }
        edit = JournaledEdit.resume(opened.journalOf(job), job);
    }

    /** The journal's id of the job, once recorded. */
    public @Nullable String id() {
        return edit == null ? null : edit.id();
    }

    public void accepted(String jobId) {
        record(journaled -> {
            if (!jobId.equals(journaled.record().jobId())) {
                journaled.accepted(jobId);
            }
        });
    }

    /**
     * Every output is written: their paths and SHA-256 go in the journal with what the provider said. An image
     * written to standard output is recorded as {@code -}, with the SHA-256 of the bytes written there.
     */
    public void done(List<WrittenImage> written, Map<String, String> metadata) {
        record(journaled -> journaled.done(written.stream().map(EditJournal::outputFile).toList(), metadata));
    }

    /** The run ended with {@code failure}: the record says whether the job may still be collected. */
    public void failed(Throwable failure) {
        record(journaled -> {
            if (failure instanceof ImageEditException imageEditException) {
                journaled.failed(imageEditException);
            } else if (journaled.record().state() != ItemState.DONE) {
                journaled.failedHere(ExitCodeMapper.kind(failure), ExitCodeMapper.message(failure));
            }
        });
    }

    /** Closes the journal, now or, while it is still being opened, as soon as it is. */
    @Override
    public void close() {
        if (opening != null) {
            opening.whenComplete((opened, failure) -> {
                if (opened != null) {
                    opened.close();
                }
            });
        }
    }

    private static OutputFile outputFile(WrittenImage written) {
        EditedImage image = written.image();
        if (written.standardOutput()) {
            return OutputFile.standardOutput(image.bytes(), image.type(), image.width(), image.height());
        }
        return OutputFile.written(written.path(), image.type(), image.width(), image.height());
    }


    private void record(JournalStep step) {
        JournaledEdit journaled = edit;
        if (journaled == null || broken) {
            return;
        }
        try {
            step.run(journaled);
        } catch (BatchStorageException e) {
            disable(e);
        } catch (RuntimeException e) {
            // One line for the user; the stack trace only with --debug.
            LOGGER.debug("Recording job {} in the journal failed", journaled.id(), e);
            context.warning("cannot record job " + journaled.id() + " in the journal: " + ExitCodeMapper.message(e));
        }
    }

    private @Nullable JobHistory history() {
        if (history == null && opening != null && !broken) {
            history = join();
        }
        return broken ? null : history;
    }

    private @Nullable JobHistory join() {
        try {
            return opening == null ? null : opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof BatchStorageException storage) {
                disable(storage);
                return null;
            }
            throw e;
        }
    }

    private void disable(BatchStorageException e) {
        if (!broken) {
            broken = true;
            context.warning(e.getMessage() + "; this job is not journaled, so keep the fetch command imgedit prints");
        }
    }

    @FunctionalInterface
    private interface JournalStep {
        void run(JournaledEdit journaled);
    }
}
