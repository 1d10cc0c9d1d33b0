package dev.imgedit.fake.internal.store;

import dev.imgedit.EditedImage;
import dev.imgedit.fake.internal.job.FakeJob;
import dev.imgedit.fake.internal.job.JobIds;
import dev.imgedit.fake.internal.job.JobState;
import dev.imgedit.fake.internal.script.OutcomeSource;
import dev.imgedit.fake.internal.script.ScriptFile;
import dev.imgedit.fake.internal.script.ScriptProgress;
import dev.imgedit.fake.internal.script.Scripted;
import java.time.Instant;
import java.util.List;

/**
 * Where the imitated service keeps its jobs: in this JVM's memory ({@link MemoryJobStore}) or in a directory that
 * every process of the user shares ({@link DirectoryJobStore}). Thread-safe. Stores throw core's exceptions:
 * {@link dev.imgedit.exception.JobNotFoundException} for a job they do not have (or no longer have),
 * {@link dev.imgedit.exception.JobFailedException} for one whose stored result is damaged, and
 * {@link dev.imgedit.exception.ProviderUnavailableException} when the storage itself fails.
 *
 * <p>An abstract class whose constructor only this package can call, so that the two stores here are the only ones.
 */
public abstract class JobStore {
    JobStore() {}

    /** Keeps a new job with its images, in {@link FakeJob#outputs()} order, then forgets the oldest if need be. */
    public abstract void add(FakeJob job, List<EditedImage> images);

    /** The job with this id, which the caller has checked with {@link JobIds#isJobId}. */
    public abstract FakeJob find(String id);

    /** Answers a status check, and counts it while it still counts towards the job's queue. */
    public abstract JobState check(FakeJob job, Instant now);

    /** The status as it stands, without counting a check. */
    public abstract JobState peek(FakeJob job, Instant now);

    /** The job's images. */
    public abstract List<EditedImage> images(FakeJob job);

    /** Where the jobs are, for messages: "in /tmp/imgedit-fake-jobs-me", "in this JVM's memory". */
    public abstract String where();

    /**
     * Takes the outcome of the script file {@code script} for a submit of {@code prompt}, keeping its progress
     * beside the jobs, so that whoever shares the jobs shares the script.
     *
     * @throws dev.imgedit.exception.InvalidRequestException when the script has no outcome left for it
     */
    public abstract Scripted claim(ScriptFile script, String prompt);

    /** A copy of how far {@code script} has been followed here; a fresh progress when not at all. */
    public abstract ScriptProgress progress(ScriptFile script);

    /** The outcomes of submits, taken from {@code script} with its progress kept here. */
    public OutcomeSource outcomesOf(ScriptFile script) {
        return request -> claim(script, request.prompt());
    }
}
