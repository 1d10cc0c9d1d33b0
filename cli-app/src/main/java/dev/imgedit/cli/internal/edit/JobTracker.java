package dev.imgedit.cli.internal.edit;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What one edit or fetch has got to: which provider, which job, whether its result is safely on disk. Read by the
 * reporter and, on Ctrl-C, by the shutdown hook on another thread, hence the volatile fields.
 */
public final class JobTracker {
    private final long startNanos = System.nanoTime();
    private volatile @Nullable String providerId;
    private volatile @Nullable String jobId;
    private volatile @Nullable ResumeCommand resumeCommand;
    private volatile boolean submitting;
    private volatile @Nullable Duration waitingToSubmit;
    private volatile boolean finished;

    public void provider(String providerId) {
        this.providerId = providerId;
    }

    /** A submit is on its way: if the run ends now, the provider may have accepted a job nobody knows the id of. */
    public void submitting() {
        waitingToSubmit = null;
        submitting = true;
    }

    /** The provider waits before sending the submit (again): nothing is in flight meanwhile. */
    public void waitingToSubmit(Duration wait) {
        submitting = false;
        waitingToSubmit = wait;
    }

    /** How long the provider said it waits before sending the submit, while it waits; else null. */
    public @Nullable Duration waitToSubmit() {
        return jobId == null ? waitingToSubmit : null;
    }

    /** Whether a submit was sent and its answer, with the job id, has not arrived. */
    public boolean isSubmitting() {
        return submitting && jobId == null;
    }

    /**
     * The provider accepted the job: from now on, losing it would mean paying twice.
     *
     * @param resumeCommand the command that finishes it, or null when the provider cannot resume it in a new process
     */
    public void submitted(String jobId, @Nullable ResumeCommand resumeCommand) {
        this.jobId = jobId;
        this.resumeCommand = resumeCommand;
    }

    /** Every output is written: nothing is left to resume. */
    public void finished() {
        finished = true;
    }

    public Optional<String> providerId() {
        return Optional.ofNullable(providerId);
    }

    public Optional<String> jobId() {
        return Optional.ofNullable(jobId);
    }

    /** The command that finishes the job, while there is a job that is not finished. */
    public Optional<ResumeCommand> pendingResumeCommand() {
        return finished ? Optional.empty() : Optional.ofNullable(resumeCommand);
    }

    public Optional<ResumeCommand> resumeCommand() {
        return Optional.ofNullable(resumeCommand);
    }

    public Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
