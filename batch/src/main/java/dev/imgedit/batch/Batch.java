package dev.imgedit.batch;

import dev.imgedit.ImageEditProvider;
import dev.imgedit.batch.internal.engine.BatchEngine;
import dev.imgedit.batch.internal.output.BatchLock;
import dev.imgedit.batch.internal.output.OutputFolder;
import java.util.List;
import java.util.Objects;

/**
 * One batch: a provider, an output folder and its journal. Opening it takes the batch's lock, so a second process
 * on the same output folder stops at once; {@link #run} edits the items, resuming whatever an earlier run of the
 * same folder left: done items are skipped, submitted ones awaited by their job id, never submitted again.
 *
 * <pre>{@code
 * List<BatchItem> items = BatchItems.fromDirectory(Path.of("photos"), null, "make it snow");
 * try (ImageEditProvider provider = factory.create(config);
 *         Batch batch = Batch.open(provider, BatchOptions.builder(Path.of("snowy")).build())) {
 *     BatchSummary summary = batch.run(items, BatchListener.NONE);
 * }
 * }</pre>
 *
 * <p>{@link #cancel()} (from another thread, such as a shutdown hook) stops it: nothing more is submitted, jobs in
 * flight stay in the journal for the next run, outputs already downloaded are written.
 */
public final class Batch implements AutoCloseable {
    private final BatchLock lock;
    private final JobJournal journal;
    private final BatchEngine engine;

    private Batch(BatchLock lock, JobJournal journal, BatchEngine engine) {
        this.lock = lock;
        this.journal = journal;
        this.engine = engine;
    }

    /**
     * Creates the output folder and the journal when missing and takes the lock. Nothing is submitted yet.
     *
     * @throws BatchStorageException {@link BatchStorageException.Problem#LOCKED} when another process runs this
     *     batch, or this process has it open already; other problems when the folder or the journal cannot be written
     * @throws dev.imgedit.exception.UnsupportedFeatureException naming the provider's models when it serves none of
     *     the id {@link BatchOptions#model()} names
     */
    public static Batch open(ImageEditProvider provider, BatchOptions options) {
        Objects.requireNonNull(provider, "provider is null");
        Objects.requireNonNull(options, "options is null");
        provider.info().model(options.model()); // an unknown model is refused before anything is created on disk
        OutputFolder folder = new OutputFolder(options.outputDirectory());
        BatchLock lock = BatchLock.acquire(folder.stateFolder().resolve("lock"),
                "the batch writing to '" + folder.root() + "'");
        try {
            JobJournal journal = JobJournal.open(options.journalFile());
            try {
                BatchRecord record = batchOf(journal, folder, options);
                folder.removeStrayTemporaryFiles();
                return new Batch(lock, journal, new BatchEngine(provider, options, journal, record, folder));
            } catch (RuntimeException e) {
                journal.close();
                throw e;
            }
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * The batch writing to the folder. A folder's own journal holds one batch, which moves with the folder: a folder
     * moved or renamed is the same batch, never edited (and paid for) again.
     */
    private static BatchRecord batchOf(JobJournal journal, OutputFolder folder, BatchOptions options) {
        if (options.journal() == null) {
            List<BatchRecord> batches = journal.batches();
            if (batches.size() == 1 && !batches.get(0).outputDirectory().equals(folder.root())) {
                return journal.relocate(batches.get(0).id(), folder.root());
            }
        }
        return journal.batch(folder.root());
    }

    /** The batch as its journal knows it. */
    public BatchRecord record() {
        return engine.record();
    }

    /** The journal, for reading jobs while or after the batch runs. */
    public JobJournal journal() {
        return journal;
    }

    /**
     * Edits every item not done yet and writes the gallery. One item's failure never stops the others; a refused
     * key, an exhausted account, a full disk or a failing journal stop submitting (what is in flight is still
     * awaited) and say so in {@link BatchSummary#stoppedBecause()}.
     *
     * @throws IllegalStateException when called twice
     */
    public BatchSummary run(List<BatchItem> items, BatchListener listener) {
        return engine.run(items, listener);
    }

    /** Stops the run soon; safe from any thread, and idempotent. */
    public void cancel() {
        engine.cancel();
    }

    /** Closes the journal and releases the lock; the provider stays open (it is the caller's). */
    @Override
    public void close() {
        try {
            engine.cancel();
            engine.awaitStopped();
            journal.close();
        } finally {
            lock.close();
        }
    }
}
