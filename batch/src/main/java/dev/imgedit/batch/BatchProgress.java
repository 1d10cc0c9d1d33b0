package dev.imgedit.batch;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a running batch stands.
 *
 * @param total the items of the batch
 * @param done the items done in this run
 * @param skipped the items done in an earlier run, their outputs intact
 * @param failed the items that failed (in this run, or in an earlier one and not retried)
 * @param outcomeUnknown the items whose submit's answer was lost, not submitted again
 * @param inFlight the jobs submitted (or resumed) and not yet finished
 * @param queued the items waiting to be submitted
 * @param elapsed since the run began
 * @param eta the time left at the pace so far, once an item has finished in this run
 */
public record BatchProgress(
        int total,
        int done,
        int skipped,
        int failed,
        int outcomeUnknown,
        int inFlight,
        int queued,
        Duration elapsed,
        @Nullable Duration eta) {

    public BatchProgress {
        Objects.requireNonNull(elapsed, "elapsed is null");
    }

    /** Items that have reached their end in this run or before: done, skipped, failed or unknown. */
    public int finished() {
        return done + skipped + failed + outcomeUnknown;
    }
}
