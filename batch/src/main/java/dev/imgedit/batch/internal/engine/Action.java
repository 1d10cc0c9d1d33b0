package dev.imgedit.batch.internal.engine;

/** What a run does with an item, decided from its journal record when the run begins. */
enum Action {
    /** Submit it: it was never sent (or the caller asked to send it again). */
    SUBMIT,
    /** Resume its job by id and await it: it was sent and accepted, so it is never sent again. */
    RESUME,
    /** Nothing: it was done in an earlier run and its outputs are intact. */
    SKIP,
    /** Nothing but report it: it ended earlier (failed, or its outcome is unknown) and is not retried. */
    REPORT
}
