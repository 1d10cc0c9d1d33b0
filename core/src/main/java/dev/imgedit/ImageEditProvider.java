package dev.imgedit;

import dev.imgedit.exception.EditTimeoutException;
import dev.imgedit.exception.ImageEditException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * An open connection to one image-editing service. Thread-safe: one instance serves many concurrent edits. Close
 * it to release its connections and threads.
 *
 * <p>An edit is two steps, {@link #submit} (which may cost money) and {@link #await} (which only asks), so that a
 * caller who times out or restarts can {@link #resume} the job by its id instead of paying for it twice. Every
 * failure is an {@link ImageEditException}.
 */
public interface ImageEditProvider extends AutoCloseable {

    /** The default for {@link #edit(EditRequest)}: Flux Kontext usually answers within a minute. */
    Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

    ProviderInfo info();

    /**
     * Sends the request and returns as soon as the provider has accepted it. The request is checked with
     * {@code info().check(request)} first, so an unsupported one fails before any I/O.
     *
     * @throws dev.imgedit.exception.UnsupportedFeatureException when the model cannot do what the request asks
     * @throws dev.imgedit.exception.OutcomeUnknownException when the answer was lost: the job may exist (and cost
     *     money), so the request is not sent again
     */
    EditJob submit(EditRequest request);

    /**
     * Waits until the job finishes, asking the provider as its estimates suggest, and downloads the outputs.
     *
     * @throws EditTimeoutException carrying the job id when {@code timeout} runs out first; the job goes on
     */
    EditResult await(EditJob job, Duration timeout, EditListener listener);

    /** A handle on a job submitted earlier, possibly by another process, from its id alone. */
    EditJob resume(String jobId);

    default EditResult await(EditJob job, Duration timeout) {
        return await(job, timeout, EditListener.NONE);
    }

    /** Submits and awaits, telling {@code listener} of each step. */
    default EditResult edit(EditRequest request, Duration timeout, EditListener listener) {
        EditJob job = submit(request);
        listener.onSubmitted(job);
        return await(job, timeout, listener);
    }

    default EditResult edit(EditRequest request) {
        return edit(request, DEFAULT_TIMEOUT, EditListener.NONE);
    }

    /**
     * Runs {@link #edit(EditRequest)} on {@code executor}. When the edit fails, the future's cause is the
     * {@link ImageEditException}.
     */
    default CompletableFuture<EditResult> editAsync(EditRequest request, Executor executor) {
        return CompletableFuture.supplyAsync(() -> edit(request), executor);
    }

    /** Releases connections and threads. Jobs already submitted go on at the provider. */
    @Override
    void close();
}
