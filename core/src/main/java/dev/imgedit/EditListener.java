package dev.imgedit;

import java.time.Duration;

/**
 * Told what happens while an edit is awaited, on the awaiting thread. Every method has an empty default, so a
 * listener overrides only what it shows. A listener must not throw.
 */
public interface EditListener {

    /** Listens to nothing. */
    EditListener NONE = new EditListener() {};

    /**
     * A submit, which may cost money, is about to be sent. From now until {@link #onSubmitted} (or a failure) the
     * provider may accept a job whose id the caller does not know yet.
     */
    default void onSubmitting() {}

    /**
     * The provider waits before sending again, as the service asked (a rate limit) or after a connection that was
     * never made. Nothing is submitted during the wait.
     *
     * @param wait how long it waits
     * @param reason why, in the provider's words
     */
    default void onWaiting(Duration wait, String reason) {}

    /** The provider accepted the job (or it was resumed). */
    default void onSubmitted(EditJob job) {}

    /** The provider was asked about the job and answered. */
    default void onProgress(JobProgress progress) {}

    /** Outputs are being downloaded. */
    default void onDownloading(EditJob job, int outputs) {}
}
