package dev.imgedit;

/**
 * Told what happens while an edit is awaited, on the awaiting thread. Every method has an empty default, so a
 * listener overrides only what it shows. A listener must not throw.
 */
public interface EditListener {

    /** Listens to nothing. */
    EditListener NONE = new EditListener() {};

    /** The provider accepted the job (or it was resumed). */
    default void onSubmitted(EditJob job) {}

    /** The provider was asked about the job and answered. */
    default void onProgress(JobProgress progress) {}

    /** Outputs are being downloaded. */
    default void onDownloading(EditJob job, int outputs) {}
}
