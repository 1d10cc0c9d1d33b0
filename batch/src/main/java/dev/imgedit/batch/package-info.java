/**
 * Batch editing over any provider: {@link dev.imgedit.batch.Batch} edits many {@link dev.imgedit.batch.BatchItem}s
 * with at most a few jobs in flight, records every job in a durable {@link dev.imgedit.batch.JobJournal} before and
 * after it is submitted, resumes after a crash without submitting a paid job twice, and writes a before/after
 * gallery beside the outputs.
 *
 * <p>Every type here is API, in two groups. Running a batch: {@link dev.imgedit.batch.Batch},
 * {@link dev.imgedit.batch.BatchOptions}, the items ({@link dev.imgedit.batch.BatchItems},
 * {@link dev.imgedit.batch.BatchItem}, {@link dev.imgedit.batch.BatchInput}), what a run tells
 * ({@link dev.imgedit.batch.BatchListener}, {@link dev.imgedit.batch.BatchProgress}) and how it ended
 * ({@link dev.imgedit.batch.BatchSummary}, {@link dev.imgedit.batch.ItemReport},
 * {@link dev.imgedit.batch.ItemFailure}). The journal, which front ends read and single edits are recorded in:
 * {@link dev.imgedit.batch.JobHistory}, {@link dev.imgedit.batch.JournaledEdit}, {@link dev.imgedit.batch.JobJournal},
 * {@link dev.imgedit.batch.JobQuery} and the records it answers ({@link dev.imgedit.batch.JobRecord},
 * {@link dev.imgedit.batch.JobRequest}, {@link dev.imgedit.batch.JobEvent}, {@link dev.imgedit.batch.OutputFile},
 * {@link dev.imgedit.batch.BatchRecord}, {@link dev.imgedit.batch.ItemState}). Both fail with
 * {@link dev.imgedit.batch.BatchStorageException} when local storage does. The implementation is in
 * {@code dev.imgedit.batch.internal} and its sub-packages.
 */
@NullMarked
package dev.imgedit.batch;

import org.jspecify.annotations.NullMarked;
