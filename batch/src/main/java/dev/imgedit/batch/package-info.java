/**
 * Batch editing over any provider: {@link dev.imgedit.batch.Batch} edits many {@link dev.imgedit.batch.BatchItem}s
 * with at most a few jobs in flight, records every job in a durable {@link dev.imgedit.batch.JobJournal} before and
 * after it is submitted, resumes after a crash without submitting a paid job twice, and writes a before/after
 * gallery beside the outputs.
 */
@NullMarked
package dev.imgedit.batch;

import org.jspecify.annotations.NullMarked;
