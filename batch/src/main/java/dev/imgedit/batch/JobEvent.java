package dev.imgedit.batch;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One state change of a journaled job, written in the same transaction as the change itself.
 *
 * @param jobId the journal's id of the job
 * @param at when, to the millisecond
 * @param state the state it went to
 * @param detail what happened, in a few words (the provider's job id, a failure, a rate limit's wait)
 */
public record JobEvent(String jobId, Instant at, ItemState state, String detail) {
    public JobEvent {
        Objects.requireNonNull(jobId, "jobId is null");
        Objects.requireNonNull(at, "at is null");
        at = at.truncatedTo(ChronoUnit.MILLIS);
        Objects.requireNonNull(state, "state is null");
        Objects.requireNonNull(detail, "detail is null");
    }
}
