package dev.imgedit.batch;

import org.jspecify.annotations.Nullable;

/**
 * Which journaled jobs to list, most recently changed first.
 *
 * @param state only jobs in this state, or null for all
 * @param batchId only the jobs of this batch, or null for all
 * @param limit at most this many, 1 or more
 */
public record JobQuery(@Nullable ItemState state, @Nullable String batchId, int limit) {
    public JobQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be 1 or more, got " + limit);
        }
    }

    /** Every job of {@code batchId}. */
    public static JobQuery batch(String batchId) {
        return new JobQuery(null, batchId, Integer.MAX_VALUE);
    }

    public static JobQuery recent(int limit) {
        return new JobQuery(null, null, limit);
    }
}
