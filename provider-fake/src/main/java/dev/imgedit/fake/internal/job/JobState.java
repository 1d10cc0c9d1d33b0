package dev.imgedit.fake.internal.job;

import dev.imgedit.JobStatus;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * What a status check of a fake job answers.
 *
 * @param unreachable whether the check found the service unreachable (the job goes on, reported as processing)
 */
public record JobState(JobStatus status, @Nullable Duration estimatedWait, String message, boolean unreachable) {
    JobState(JobStatus status, @Nullable Duration estimatedWait, String message) {
        this(status, estimatedWait, message, false);
    }
}
