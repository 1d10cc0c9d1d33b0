package dev.imgedit.fake.internal;

import dev.imgedit.EditJob;
import dev.imgedit.EditListener;
import dev.imgedit.EditResult;
import dev.imgedit.EditedImage;
import dev.imgedit.JobProgress;
import dev.imgedit.JobStatus;
import dev.imgedit.exception.EditTimeoutException;
import dev.imgedit.exception.ErrorKind;
import dev.imgedit.exception.ProviderUnavailableException;
import dev.imgedit.fake.internal.job.FakeJob;
import dev.imgedit.fake.internal.job.JobState;
import dev.imgedit.util.Durations;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * An await as the imitated service answers it: status checks, each after the latency, paced by the job's estimate,
 * until the job ends or the timeout runs out, all on the service's time.
 */
final class Awaiter {
    /** Between status checks when the job gives no estimate. */
    private static final Duration DEFAULT_CHECK_INTERVAL = Duration.ofMillis(50);
    /** The longest pause between status checks: the fake has nothing worth waiting longer for. */
    private static final Duration MAX_CHECK_INTERVAL = Duration.ofMillis(100);

    private final ServiceSetup service;
    private final Function<String, FakeJob> finder;
    private final BooleanSupplier closed;

    /**
     * @param finder the job of an id, refusing ids that are not fake job ids
     * @param closed whether the provider was closed, which stops an await at its next status check
     */
    Awaiter(ServiceSetup service, Function<String, FakeJob> finder, BooleanSupplier closed) {
        this.service = service;
        this.finder = finder;
        this.closed = closed;
    }

    EditResult await(EditJob handle, Duration timeout, EditListener listener) {
        ServiceTime time = service.time();
        long started = time.nanoTime();
        long deadline = started + Durations.saturatedNanos(timeout);
        FakeJob job = whileWaiting(handle.id(), started, () -> finder.apply(handle.id()));
        int checks = 0;
        while (true) {
            if (!pauseUntil(service.latency(), deadline)) {
                throw timedOut(job.id(), started);
            }
            if (closed.getAsBoolean()) {
                throw closedWhileAwaiting(job.id());
            }
            JobState state = whileWaiting(job.id(), started, () -> service.jobs().check(job, time.now()));
            checks++;
            if (state.unreachable()) {
                throw ImitatedFailures.whileAwaiting(ErrorKind.PROVIDER_UNAVAILABLE, job.id(), job.imitated());
            }
            listener.onProgress(new JobProgress(job.id(), state.status(), checks, since(started),
                    state.estimatedWait(), state.message()));
            if (state.status() == JobStatus.SUCCEEDED) {
                return result(handle, job, listener, started);
            }
            if (state.status() == JobStatus.FAILED) {
                throw ImitatedFailures.whileAwaiting(Objects.requireNonNull(job.failure(), "failure"), job.id(),
                        job.imitated());
            }
            long remaining = deadline - time.nanoTime();
            if (remaining <= 0 || !time.pause(shorterOf(checkInterval(state), Duration.ofNanos(remaining)))) {
                throw closed.getAsBoolean() ? closedWhileAwaiting(job.id()) : timedOut(job.id(), started);
            }
        }
    }

    private EditResult result(EditJob handle, FakeJob job, EditListener listener, long started) {
        listener.onDownloading(handle, job.outputs().size());
        List<EditedImage> images = whileWaiting(job.id(), started, () -> service.jobs().images(job));
        Duration sinceSubmit = Duration.between(handle.submittedAt(), service.time().now());
        // A handle made on another clock (EditJob.ofId reads the wall clock) cannot say when the job was submitted.
        Duration elapsed = sinceSubmit.isNegative() ? since(started) : sinceSubmit;
        EditResult.Builder result = EditResult.builder(handle).elapsed(elapsed).metadata(job.metadata());
        images.forEach(result::image);
        job.notices().forEach(result::notice);
        return result.build();
    }

    /**
     * Runs a step of the wait; when the store fails because the waiting thread was interrupted, the wait ends as an
     * interrupted wait does, with the job going on.
     */
    private <T> T whileWaiting(String jobId, long started, Supplier<T> step) {
        try {
            return step.get();
        } catch (ProviderUnavailableException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw timedOut(jobId, started);
            }
            throw e;
        }
    }

    private static Duration checkInterval(JobState state) {
        Duration estimate = state.estimatedWait();
        if (estimate == null) {
            return DEFAULT_CHECK_INTERVAL;
        }
        Duration atLeastOneMillisecond = estimate.compareTo(Duration.ofMillis(1)) < 0 ? Duration.ofMillis(1) : estimate;
        return shorterOf(atLeastOneMillisecond, MAX_CHECK_INTERVAL);
    }

    private static Duration shorterOf(Duration first, Duration second) {
        return first.compareTo(second) <= 0 ? first : second;
    }

    /** As ModelsLab's provider says it. */
    private static IllegalStateException closedWhileAwaiting(String jobId) {
        return new IllegalStateException("the fake provider was closed while awaiting job " + jobId + "; it goes on "
                + "at the provider: resume it by its id with a provider that is open");
    }

    /** One sentence; the CLI appends the command that resumes the job, so the id is not repeated. */
    private EditTimeoutException timedOut(String jobId, long started) {
        Duration waited = since(started);
        boolean interrupted = Thread.currentThread().isInterrupted();
        String why = interrupted
                ? "the wait for fake job " + jobId + " was interrupted after " + Durations.describe(waited)
                : "fake job " + jobId + " is still processing after " + Durations.describe(waited);
        return new EditTimeoutException(why + "; it goes on at the provider: resume it by its id rather than "
                + "submitting it again", jobId, waited, interrupted);
    }

    private Duration since(long startedNanos) {
        return Duration.ofNanos(service.time().nanoTime() - startedNanos);
    }

    /** Waits {@code duration} or until {@code deadline}; false when the deadline came first or on interrupt. */
    private boolean pauseUntil(Duration duration, long deadline) {
        if (duration.isZero()) {
            return true;
        }
        long left = deadline - service.time().nanoTime();
        if (left < duration.toNanos()) {
            service.time().pause(Duration.ofNanos(Math.max(0, left)));
            return false;
        }
        return service.time().pause(duration);
    }
}
