package dev.imgedit.fake.internal;

import dev.imgedit.EditedImage;
import java.time.Instant;
import java.util.List;

/**
 * Where the imitated service keeps its jobs: in this JVM's memory ({@link MemoryJobStore}) or in a directory that
 * every process of the user shares ({@link DirectoryJobStore}). Thread-safe. Stores throw core's exceptions:
 * {@link dev.imgedit.exception.JobNotFoundException} for a job they do not have (or no longer have),
 * {@link dev.imgedit.exception.JobFailedException} for one whose stored result is damaged, and
 * {@link dev.imgedit.exception.ProviderUnavailableException} when the storage itself fails.
 *
 * <p>An abstract class rather than an interface so that its methods, and the job types they use, stay inside this
 * package.
 */
public abstract class JobStore {
    JobStore() {}

    /** Keeps a new job with its images, in {@link FakeJob#outputs()} order, then forgets the oldest if need be. */
    abstract void add(FakeJob job, List<EditedImage> images);

    /** The job with this id, which the caller has checked with {@link JobIds#isJobId}. */
    abstract FakeJob find(String id);

    /** Answers a status check, and counts it while it still counts towards the job's queue. */
    abstract JobState check(FakeJob job, Instant now);

    /** The status as it stands, without counting a check. */
    abstract JobState peek(FakeJob job, Instant now);

    /** The job's images. */
    abstract List<EditedImage> images(FakeJob job);

    /** Where the jobs are, for messages: "in /tmp/imgedit-fake-jobs-me", "in this JVM's memory". */
    public abstract String where();
}
