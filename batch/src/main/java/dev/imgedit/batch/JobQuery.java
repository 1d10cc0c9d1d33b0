package dev.imgedit.batch;

import org.jspecify.annotations.Nullable;

/**
 * Which journaled jobs to list, most recently changed first. Every filter left null matches every job.
 *
 * @param state only jobs in this state
 * @param batchId only the jobs of this batch
 * @param jobId only the jobs the provider knows by this id (of whichever provider: two providers' ids may look alike)
 * @param key only the jobs asking for this {@link JobRequest#key()}: the same batch item, or the same single edit
 * @param limit at most this many, 1 or more
 */
public record JobQuery(
        @Nullable ItemState state,
        @Nullable String batchId,
        @Nullable String jobId,
        @Nullable String key,
        int limit) {

    public JobQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be 1 or more, got " + limit);
        }
    }

    /** The {@code limit} jobs changed last. */
    public static JobQuery recent(int limit) {
        return new JobQuery(null, null, null, null, limit);
    }

    /** Every job of {@code batchId}. */
    public static JobQuery batch(String batchId) {
        return recent(Integer.MAX_VALUE).withBatch(batchId);
    }

    public JobQuery withState(@Nullable ItemState wanted) {
        return new JobQuery(wanted, batchId, jobId, key, limit);
    }

    public JobQuery withBatch(@Nullable String wanted) {
        return new JobQuery(state, wanted, jobId, key, limit);
    }

    public JobQuery withJobId(@Nullable String wanted) {
        return new JobQuery(state, batchId, wanted, key, limit);
    }

    public JobQuery withKey(@Nullable String wanted) {
        return new JobQuery(state, batchId, jobId, wanted, limit);
    }
}
