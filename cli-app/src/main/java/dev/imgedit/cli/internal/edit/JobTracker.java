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
    private volatile boolean planned;
    private volatile @Nullable String journalId;
    private volatile @Nullable String trackId;
    /** Set by the shutdown hook; read with {@link #submitting} under this object's lock. */
    private boolean stopped;

    public void provider(String providerId) {
        this.providerId = providerId;
    }

    /**
     * The edit is ready to be sent (its inputs may still have to be uploaded): from now on a stop says what became of
     * it.
     *
     * @param journalId its id in the user's journal, or null when it is not journaled
     * @param trackId the track id its submit carries, or null when the provider chooses one
     */
    public void planned(@Nullable String journalId, @Nullable String trackId) {
        this.journalId = journalId;
        this.trackId = trackId;
        planned = true;
    }

    /**
     * A submit is about to go out: if the run ends now, the provider may have accepted a job nobody knows the id of.
     *
     * @return false when the run is being stopped and was told nothing was sent: the submit must not go out
     */
    public synchronized boolean submitting() {
        if (stopped) {
            return false;
        }
        waitingToSubmit = null;
        submitting = true;
        return true;
    }

    /**
     * The run is being stopped: from now on no submit goes out ({@link #submitting()} says so).
     *
     * @return whether a planned edit was never sent, or waits to be sent again with nothing in flight
     */
    public synchronized boolean stopBeforeSubmit() {
        stopped = true;
        return jobId == null && !submitting && (planned || waitingToSubmit != null);
    }

    /** The edit's id in the user's journal, once planned there. */
    public Optional<String> journalId() {
        return Optional.ofNullable(journalId);
    }

    /** The track id the submit carries, where imgedit chose it. */
    public Optional<String> trackId() {
        return Optional.ofNullable(trackId);
    }

    /** The provider waits before sending the submit (again): nothing is in flight meanwhile. */
    public synchronized void waitingToSubmit(Duration wait) {
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
