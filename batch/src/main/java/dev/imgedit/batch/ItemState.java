package dev.imgedit.batch;

/** Where a journaled job stands. Stable names: they are stored in the journal and printed as they are. */
public enum ItemState {
    /** Planned, never sent. */
    PENDING,
    /** About to be sent, or sent with no answer recorded: if a run stops here, the outcome is unknown. */
    SUBMITTING,
    /** Accepted by the provider, with its job id recorded: a rerun goes on polling it, never sends it again. */
    SUBMITTED,
    /** The output is written and its hash recorded. */
    DONE,
    /** Finished without an output; {@link JobRecord#failure()} says why. */
    FAILED,
    /**
     * The submit's answer was lost: the edit may have been accepted (and charged) under its track id. Not sent again
     * unless asked explicitly.
     */
    OUTCOME_UNKNOWN;

    /** Whether a job in this state may be running at the provider. */
    public boolean mayBeRunning() {
        return this == SUBMITTING || this == SUBMITTED || this == OUTCOME_UNKNOWN;
    }
}
