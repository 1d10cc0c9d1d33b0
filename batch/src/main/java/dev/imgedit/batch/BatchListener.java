package dev.imgedit.batch;

import java.time.Duration;

/**
 * Told how a batch goes. Calls come from the batch's threads, one at a time, so a listener needs no locking of its
 * own; it must return quickly and must not throw. Every method has an empty default.
 */
public interface BatchListener {

    /** Listens to nothing. */
    BatchListener NONE = new BatchListener() {};

    /** Something changed: an item was submitted, finished or requeued. */
    default void onProgress(BatchProgress progress) {}

    /** An item reached its end in this run, or was found finished by an earlier one. */
    default void onItemFinished(ItemReport item, BatchProgress progress) {}

    /** The provider asked to slow down: no item is submitted for {@code wait}; none is dropped. */
    default void onRateLimited(Duration wait) {}
}
