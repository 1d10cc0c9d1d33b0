package dev.imgedit.batch;

import dev.imgedit.util.Durations;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * How a run of a batch ended.
 *
 * @param batchId the journal's id of the batch
 * @param outputDirectory where its outputs are
 * @param items every item, in the order given
 * @param wallTime how long the run took
 * @param gallery the gallery written, or null when none was asked for or it could not be written
 * @param stoppedBecause why the run stopped before every item was tried (a refused key, a full disk, a cancel), or
 *     null when it did not stop early
 * @param warnings things that went wrong without failing an item, one line each
 */
public record BatchSummary(
        String batchId,
        Path outputDirectory,
        List<ItemReport> items,
        Duration wallTime,
        @Nullable Path gallery,
        @Nullable String stoppedBecause,
        List<String> warnings) {

    public BatchSummary {
        Objects.requireNonNull(batchId, "batchId is null");
        Objects.requireNonNull(outputDirectory, "outputDirectory is null");
        Objects.requireNonNull(wallTime, "wallTime is null");
        items = List.copyOf(items);
        warnings = List.copyOf(warnings);
    }

    /** Items done in this run. */
    public int done() {
        return (int) items.stream().filter(item -> item.state() == ItemState.DONE && !item.earlierRun()).count();
    }

    /** Items done in an earlier run, skipped now. */
    public int skipped() {
        return (int) items.stream().filter(item -> item.state() == ItemState.DONE && item.earlierRun()).count();
    }

    /** Items that did not finish with an output, by {@link ItemFailure#kind()}; outcome unknown ones excluded. */
    public Map<String, Integer> failedByKind() {
        Map<String, Integer> kinds = new TreeMap<>();
        items.stream()
                .filter(item -> item.state() != ItemState.DONE && item.state() != ItemState.OUTCOME_UNKNOWN)
                .filter(item -> item.failure() != null)
                .forEach(item -> kinds.merge(Objects.requireNonNull(item.failure()).kind(), 1, Integer::sum));
        return kinds;
    }

    public int failed() {
        return failedByKind().values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Items whose submit's answer was lost: each may have been accepted, under its track id. */
    public List<ItemReport> outcomeUnknown() {
        return items.stream().filter(item -> item.state() == ItemState.OUTCOME_UNKNOWN).toList();
    }

    /** Items the run did not get to the end of, with no failure: it stopped first. */
    public int unfinished() {
        return (int) items.stream().filter(item -> item.state() != ItemState.DONE
                && item.state() != ItemState.OUTCOME_UNKNOWN && item.failure() == null).count();
    }

    /** Whether every item has its output. */
    public boolean allDone() {
        return items.stream().allMatch(item -> item.state() == ItemState.DONE);
    }

    /**
     * The counts in words, for front ends to show as they are:
     * {@code 50 items in 1 min 12 s: 45 done (5 in an earlier run), 3 failed (CONTENT_REJECTED 2, JOB_FAILED 1),
     * 1 outcome unknown, 1 left for the next run}.
     */
    public String counts() {
        List<String> parts = new ArrayList<>();
        parts.add((done() + skipped()) + " done" + (skipped() == 0 ? "" : " (" + skipped() + " in an earlier run)"));
        if (failed() > 0) {
            parts.add(failed() + " failed (" + failedByKind().entrySet().stream()
                    .map(kind -> kind.getKey() + " " + kind.getValue()).collect(Collectors.joining(", ")) + ")");
        }
        if (!outcomeUnknown().isEmpty()) {
            parts.add(outcomeUnknown().size() + " outcome unknown");
        }
        if (unfinished() > 0) {
            parts.add(unfinished() + " left for the next run");
        }
        return items.size() + (items.size() == 1 ? " item" : " items") + " in " + Durations.describe(wallTime)
                + ": " + String.join(", ", parts);
    }
}
