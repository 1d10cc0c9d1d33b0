package dev.imgedit;

/** Where a job stands at the provider. */
public enum JobStatus {
    /** Accepted, waiting in the provider's queue or running. */
    PROCESSING,
    /** Finished: the outputs can be fetched. */
    SUCCEEDED,
    /** Finished without outputs. */
    FAILED;

    /** Whether the job has finished, with or without outputs. */
    public boolean isTerminal() {
        return this != PROCESSING;
    }
}
