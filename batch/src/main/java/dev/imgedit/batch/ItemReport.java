package dev.imgedit.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How one item ended.
 *
 * @param journalId the journal's id of its job
 * @param position its place in the list of items, from 0
 * @param input its input's name
 * @param state where its job stands: {@link ItemState#DONE}, {@link ItemState#FAILED},
 *     {@link ItemState#OUTCOME_UNKNOWN}, or {@link ItemState#SUBMITTED} (still running at the provider) or
 *     {@link ItemState#PENDING} when the run stopped before it finished
 * @param outputs the files written, absolute
 * @param failure why it did not finish, or null
 * @param jobId the provider's job id, when known
 * @param trackId the track id sent with its last submit, when it was sent
 * @param earlierRun whether it ended in an earlier run (a skipped item, or a failure not retried)
 */
public record ItemReport(
        String journalId,
        int position,
        String input,
        ItemState state,
        List<Path> outputs,
        @Nullable ItemFailure failure,
        @Nullable String jobId,
        @Nullable String trackId,
        boolean earlierRun) {

    public ItemReport {
        Objects.requireNonNull(journalId, "journalId is null");
        Objects.requireNonNull(input, "input is null");
        Objects.requireNonNull(state, "state is null");
        outputs = List.copyOf(outputs);
    }
}
