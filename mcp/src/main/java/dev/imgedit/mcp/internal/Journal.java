package dev.imgedit.mcp.internal;

import dev.imgedit.EditRequest;
import dev.imgedit.batch.BatchRecord;
import dev.imgedit.batch.BatchStorageException;
import dev.imgedit.batch.ItemFailure;
import dev.imgedit.batch.ItemState;
import dev.imgedit.batch.JobHistory;
import dev.imgedit.batch.JobRecord;
import dev.imgedit.batch.JournaledEdit;
import dev.imgedit.batch.OutputFile;
import dev.imgedit.exception.ImageEditException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The job journal the tools record every submit in and read jobs from: the user's, where the application names it (as
 * {@code imgedit edit} records there), so that a job whose call timed out or whose server stopped is listed and
 * collected later and an idempotency key outlives the server; else one of the server's own in a temporary folder, for
 * the server's life. Opened on first use. A journal that cannot be written never stops an edit: the edit goes on,
 * and its result says so.
 */
public final class Journal implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Journal.class);

    private final @Nullable Path configured;
    private @Nullable JobHistory history;
    private @Nullable Path temporaryFolder;
    /** Why jobs are not kept where the application asked, or at all; null while they are. */
    private volatile @Nullable String problem;
    private boolean opened;
    private boolean closed;

    /** @param configured the journal file, or null for a temporary one of the server's own */
    public Journal(@Nullable Path configured) {
        this.configured = configured;
    }

    /**
     * The journal, to read.
     *
     * @throws ToolFailure when no journal can be opened
     */
    public JobHistory require() {
        JobHistory opened = history();
        if (opened == null) {
            throw new ToolFailure("no job journal can be opened here (" + problem + ")");
        }
        return opened;
    }

    /** The latest job asking for the request {@code requestKey} names, or null (also when there is no journal). */
    public @Nullable JobRecord latestWithKey(String requestKey) {
        JobHistory opened = history();
        return opened == null ? null : opened.latestWithKey(requestKey);
    }

    /**
     * Records an edit as about to be submitted (see {@link JournaledEdit#begin}); submit
     * {@link JournaledEdit#withTrackId} of the request. Null when it cannot be recorded: then {@code notices} says
     * so, and the edit goes on.
     */
    public @Nullable JournaledEdit begin(String providerId, String modelId, EditRequest request, String input,
            Path plannedOutput, @Nullable String callerKey, List<String> notices) {
        JobHistory opened = history();
        if (opened == null) {
            notices.add("this job is not journaled (" + problem + "): keep its job id to fetch it later");
            return null;
        }
        if (problem != null) {
            notices.add("the job journal cannot be used (" + problem + "): this job is journaled for this server's "
                    + "life only");
        }
        try {
            return JournaledEdit.begin(opened.journal(), providerId, modelId, request, input,
                    plannedOutput.toString(), callerKey);
        } catch (BatchStorageException e) {
            LOG.warn("Cannot journal an edit: {}", e.getMessage());
            notices.add("this job is not journaled (" + e.getMessage() + "): keep its job id to fetch it later");
            return null;
        }
    }

    /**
     * A journaled job taken up again to collect it, or null for a batch's job (its batch collects it into its own
     * folder: {@code notices} says so) or when there is no journal.
     */
    public @Nullable JournaledEdit resume(JobRecord job, List<String> notices) {
        JobHistory opened = history();
        if (opened == null) {
            return null;
        }
        if (job.batchId() != null) {
            notices.add("job " + job.id() + " belongs to batch " + job.batchId() + ": what is fetched here is not "
                    + "recorded in it; batch_edit on the same folder collects it into the batch's own folder");
            return null;
        }
        return JournaledEdit.resume(opened.journalOf(job), job);
    }

    public void accepted(@Nullable JournaledEdit edit, String jobId) {
        record(edit, journaled -> {
            if (!jobId.equals(journaled.record().jobId())) {
                journaled.accepted(jobId);
            }
        });
    }

    /** Every image is written: their paths and SHA-256 go in the journal, with what the provider said. */
    public void done(@Nullable JournaledEdit edit, ToolResults.Finished finished) {
        record(edit, journaled -> journaled.done(finished.written().stream()
                .map(written -> OutputFile.written(written.path(), written.image().type(), written.image().width(),
                        written.image().height()))
                .toList(), finished.result().metadata()));
    }

    /** The call ended with {@code failure}: the record says whether the job may still be collected. */
    public void failed(@Nullable JournaledEdit edit, Throwable failure, Failures failures) {
        record(edit, journaled -> {
            if (failure instanceof ImageEditException imageEdit) {
                journaled.failed(imageEdit);
            } else if (journaled.record().state() != ItemState.DONE) {
                journaled.failedHere(ItemFailure.LOCAL_IO, failures.message(failure));
            }
        });
    }

    /** Remembers a batch kept in its own folder, so list_jobs and get_job find its jobs. */
    public void remember(BatchRecord batch) {
        JobHistory opened = history();
        if (opened == null) {
            return;
        }
        try {
            opened.remember(batch);
        } catch (BatchStorageException e) {
            LOG.warn("Cannot remember batch {} in the job journal: {}", batch.id(), e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (history != null) {
            history.close();
            history = null;
        }
        if (temporaryFolder != null) {
            deleteTree(temporaryFolder);
        }
    }

    private void record(@Nullable JournaledEdit edit, Consumer<JournaledEdit> step) {
        if (edit == null) {
            return;
        }
        try {
            step.accept(edit);
        } catch (UncheckedIOException e) {
            // A BatchStorageException (the journal), or an output that cannot be read back for its hash.
            LOG.warn("Recording job {} in the job journal failed: {}", edit.id(), e.getMessage());
        }
    }

    /** The journal, opened on the first call; null when none can be opened. */
    public synchronized @Nullable JobHistory history() {
        if (closed) {
            throw new ToolFailure("the server is shutting down");
        }
        if (!opened) {
            opened = true;
            history = open();
        }
        return history;
    }

    private @Nullable JobHistory open() {
        if (configured != null) {
            try {
                return JobHistory.open(configured);
            } catch (BatchStorageException e) {
                problem = e.getMessage();
                LOG.warn("Cannot open the job journal, so jobs are kept for this server's life only: {}", problem);
            }
        }
        try {
            temporaryFolder = Files.createTempDirectory("imgedit-mcp-journal-");
            return JobHistory.open(temporaryFolder.resolve("journal.db"));
        } catch (IOException | BatchStorageException e) {
            problem = (problem == null ? "" : problem + "; ") + "nor can a temporary one be created: " + e.getMessage();
            LOG.warn("No job journal: {}", problem);
            return null;
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.debug("Cannot delete the temporary job journal in {}: {}", folder, e.toString());
        }
    }
}
