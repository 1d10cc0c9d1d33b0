package dev.imgedit;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One step of waiting for a job, reported to an {@link EditListener}.
 *
 * @param jobId the provider's job id
 * @param status the status just reported by the provider
 * @param checks how many times the provider has been asked so far while awaiting
 * @param elapsed since the await began
 * @param estimatedWait the provider's estimate of the time left, or null when it gave none
 * @param message the provider's own words about the step, or null when it said none
 */
public record JobProgress(
        String jobId,
        JobStatus status,
        int checks,
        Duration elapsed,
        @Nullable Duration estimatedWait,
        @Nullable String message) {

    public JobProgress {
        Objects.requireNonNull(jobId, "jobId is null");
        Objects.requireNonNull(status, "status is null");
        Objects.requireNonNull(elapsed, "elapsed is null");
        if (checks < 0) {
            throw new IllegalArgumentException("checks cannot be negative, got " + checks);
        }
    }

    /** A step without an estimate or a message: the provider was asked {@code checks} times and said {@code status}. */
    public static JobProgress of(String jobId, JobStatus status, int checks, Duration elapsed) {
        return new JobProgress(jobId, status, checks, elapsed, null, null);
    }

    /** The same step with the provider's estimate of the time left. */
    public JobProgress withEstimatedWait(@Nullable Duration estimate) {
        return new JobProgress(jobId, status, checks, elapsed, estimate, message);
    }

    /** The same step with the provider's own words. */
    public JobProgress withMessage(@Nullable String words) {
        return new JobProgress(jobId, status, checks, elapsed, estimatedWait, words);
    }
}
