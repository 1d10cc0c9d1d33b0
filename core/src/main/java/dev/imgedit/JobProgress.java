package dev.imgedit;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One step of waiting for a job, reported to an {@link EditListener}.
 *
 * @param jobId the provider's job id
 * @param status the status just reported by the provider
 * @param checks how many times the provider has been asked so far while awaiting
 * @param elapsed since the await began
 * @param estimatedWait the provider's estimate of the time left, when it gave one
 * @param message the provider's own words about the step, when it said any
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
    }

    public Optional<Duration> estimatedWaitOption() {
        return Optional.ofNullable(estimatedWait);
    }
}
