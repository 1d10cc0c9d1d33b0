package dev.imgedit;

import dev.imgedit.exception.EditTimeoutException;
import dev.imgedit.exception.ImageEditException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * An open connection to one image-editing service. Thread-safe: one instance serves many concurrent edits. Close
 * it to release its connections and threads.
 *
 * <p>An edit is two steps, {@link #submit} (which may cost money) and {@link #await} (which only asks), so that a
 * caller who times out or restarts can {@link #resume} the job by its id instead of paying for it twice. Every
 * failure is an {@link ImageEditException}.
 *
 * <p>An interrupt of the calling thread stops a submit or an await at its next wait (a request already in flight
 * runs to its end): nothing more is sent, the thread's interrupt flag stays set, and the call ends in an
 * {@link EditTimeoutException} whose {@link EditTimeoutException#interrupted()} is true, so that it is not
 * {@linkplain ImageEditException#isRetriable() retriable}: the caller asked to stop. It carries the job's id when a
 * job was submitted, to resume later.
 */
public interface ImageEditProvider extends AutoCloseable {

    /** The default for {@link #edit(EditRequest)}: Flux Kontext usually answers within a minute. */
    Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

    /** What the provider and its models can do, and which settings it takes. */
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

    /**
     * {@link #submit(EditRequest)} within a time allowed: waits the provider would make before sending (a rate limit
     * to wait out, a connection to try again) count against {@code patience}, and one that would overrun it fails at
     * once, with a {@link dev.imgedit.exception.RateLimitedException} naming the wait for a rate limit. The listener
     * hears each wait ({@link EditListener#onWaiting}) and each moment a paid request goes out
     * ({@link EditListener#onSubmitting}). Providers that do not wait before sending keep this default, which tells
     * the listener the submit goes out and submits.
     */
    default EditJob submit(EditRequest request, Duration patience, EditListener listener) {
        listener.onSubmitting();
        return submit(request);
    }

    /**
     * What the account has left to spend, asked of the service now (one request), where the provider can tell; empty
     * where it cannot (the default).
     *
     * @throws dev.imgedit.exception.AuthenticationException when the key is refused
     * @throws dev.imgedit.exception.ProviderUnavailableException when the service cannot be reached
     */
    default Optional<AccountBalance> balance() {
        return Optional.empty();
    }

    /** A handle on a job submitted earlier, possibly by another process, from its id alone. */
    EditJob resume(String jobId);

    /** {@link #await(EditJob, Duration, EditListener)} with nobody listening. */
    default EditResult await(EditJob job, Duration timeout) {
        return await(job, timeout, EditListener.NONE);
    }

    /**
     * Submits and awaits within {@code timeout} in all, waits before the submit included, telling {@code listener}
     * of each step. When the submit leaves no time, the await times out at once with the job's id, to resume.
     */
    default EditResult edit(EditRequest request, Duration timeout, EditListener listener) {
        long started = System.nanoTime();
        EditJob job = submit(request, timeout, listener);
        listener.onSubmitted(job);
        Duration left = timeout.minusNanos(System.nanoTime() - started);
        return await(job, left.isNegative() || left.isZero() ? Duration.ofMillis(1) : left, listener);
    }

    /** {@link #edit(EditRequest, Duration, EditListener)} within {@link #DEFAULT_TIMEOUT}, with nobody listening. */
    default EditResult edit(EditRequest request) {
        return edit(request, DEFAULT_TIMEOUT, EditListener.NONE);
    }

    /**
     * Runs {@link #edit(EditRequest)} (with {@link #DEFAULT_TIMEOUT}) on {@code executor}. When the edit fails, the
     * future's cause is the {@link ImageEditException}. {@code cancel(true)} interrupts the edit, with the outcome an
     * interrupt has (see the class comment); {@code cancel(false)} only stops an edit that has not started.
     */
    default CompletableFuture<EditResult> editAsync(EditRequest request, Executor executor) {
        InterruptibleEdit future = new InterruptibleEdit(() -> edit(request));
        executor.execute(future);
        return future;
    }

    /** Releases connections and threads. Jobs already submitted go on at the provider. */
    @Override
    void close();
}
