package dev.imgedit.batch.internal.engine;

import dev.imgedit.batch.BatchItem;
import dev.imgedit.batch.JobRecord;
import java.util.Objects;

/**
 * An item with its journal record as the run found (or created) it, and what the run does with it.
 *
 * @param position its place in this run's list of items (the journal keeps the place it had when first planned)
 * @param earlier whether the record's end state comes from an earlier run
 */
record PlannedItem(int position, BatchItem item, JobRecord planned, Action action, boolean earlier) {
    PlannedItem {
        Objects.requireNonNull(item, "item is null");
        Objects.requireNonNull(planned, "planned is null");
        Objects.requireNonNull(action, "action is null");
    }

    String id() {
        return planned.id();
    }
}
