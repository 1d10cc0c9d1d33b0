package dev.imgedit.fake.internal;

import dev.imgedit.EditJob;
import dev.imgedit.EditListener;
import dev.imgedit.EditRequest;
import dev.imgedit.EditResult;
import dev.imgedit.EditedImage;
import dev.imgedit.ImageBytes;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.ImageInput;
import dev.imgedit.ImageType;
import dev.imgedit.JobProgress;
import dev.imgedit.JobStatus;
import dev.imgedit.ProviderInfo;
import dev.imgedit.exception.EditTimeoutException;
import dev.imgedit.exception.ErrorKind;
import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.exception.JobNotFoundException;
import dev.imgedit.exception.ProviderUnavailableException;
import dev.imgedit.fake.FakeSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fake provider: the image is edited on the calling thread at submit, and the service's queue, latency and
 * failures are only pretended, as {@link FakeSettings} says. No threads of its own, so close has nothing to stop.
 */
public final class FakeImageEditProvider implements ImageEditProvider {
    private static final Logger LOGGER = LoggerFactory.getLogger(FakeImageEditProvider.class);

    /** Between status checks when the job gives no estimate. */
    private static final Duration DEFAULT_CHECK_INTERVAL = Duration.ofMillis(50);
    /** The longest pause between status checks: the fake has nothing worth waiting longer for. */
    private static final Duration MAX_CHECK_INTERVAL = Duration.ofMillis(100);

    private final ProviderInfo info;
    private final FakeSettings settings;
    private final FakeJobs jobs;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicLong submitsReceived = new AtomicLong();

    public FakeImageEditProvider(ProviderInfo info, FakeSettings settings, FakeJobs jobs) {
        this.info = Objects.requireNonNull(info, "info is null");
        this.settings = Objects.requireNonNull(settings, "settings is null");
        this.jobs = Objects.requireNonNull(jobs, "jobs is null");
    }

    @Override
    public ProviderInfo info() {
        return info;
    }

    /** How many submits passed the local checks and reached the imitated service: for tests. */
    public long submitsReceived() {
        return submitsReceived.get();
    }

    @Override
    public EditJob submit(EditRequest request) {
        Objects.requireNonNull(request, "request is null");
        ensureOpen();
        ImageInput.Bytes input = RequestChecks.check(info, request);
        submitsReceived.incrementAndGet();
        if (!pause(settings.latency())) {
            throw new ProviderUnavailableException("interrupted before the fake service accepted the job; "
                    + "nothing was submitted", null, null);
        }
        ErrorKind failure = settings.failure();
        if (failure != null && !FakeJob.failsWhileAwaited(failure) && failure != ErrorKind.OUTCOME_UNKNOWN) {
            throw SimulatedFailures.of(failure, null, null);
        }
        FakeEditor.Edit edit = FakeEditor.edit(input, request.prompt(), request.aspectRatio(), request.seed());
        FakeJob job = new FakeJob(FakeJobs.newId(edit.png()), System.nanoTime(), settings,
                new EditedImage(null, ImageType.PNG, ImageBytes.adopt(edit.png()), edit.width(), edit.height()),
                metadata(request, edit));
        jobs.add(job);
        LOGGER.debug("Fake job {} accepted: effects {}, {}x{}, seed {}", job.id(), edit.effects(), edit.width(),
                edit.height(), edit.seed());
        if (failure == ErrorKind.OUTCOME_UNKNOWN) {
            throw SimulatedFailures.of(failure, job.id(), FakeJobs.newTrackId());
        }
        JobState state = job.peek(System.nanoTime());
        return new EditJob(info.id(), job.id(), Instant.now(), state.status(), state.estimatedWait(), List.of(),
                Map.of());
    }

    @Override
    public EditResult await(EditJob handle, Duration timeout, EditListener listener) {
        Objects.requireNonNull(handle, "job is null");
        Objects.requireNonNull(timeout, "timeout is null");
        Objects.requireNonNull(listener, "listener is null");
        ensureOpen();
        if (!handle.providerId().equals(info.id())) {
            throw new InvalidRequestException("job " + handle.id() + " belongs to provider '" + handle.providerId()
                    + "', not '" + info.id() + "': await it with that provider", handle.id(), null);
        }
        FakeJob job = find(handle.id());
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        int checks = 0;
        while (true) {
            if (!pauseUntil(settings.latency(), deadline)) {
                throw timedOut(job.id(), started);
            }
            JobState state = job.check(System.nanoTime());
            checks++;
            listener.onProgress(new JobProgress(job.id(), state.status(), checks, since(started),
                    state.estimatedWait(), state.message()));
            if (state.status() == JobStatus.SUCCEEDED) {
                listener.onDownloading(handle, 1);
                return new EditResult(info.id(), job.id(), List.of(job.image()),
                        Duration.between(handle.submittedAt(), Instant.now()), job.metadata());
            }
            if (state.status() == JobStatus.FAILED) {
                throw SimulatedFailures.of(Objects.requireNonNull(job.failure(), "failure"), job.id(), null);
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0 || !pause(shorterOf(checkInterval(state), Duration.ofNanos(remaining)))) {
                throw timedOut(job.id(), started);
            }
        }
    }

    /** @throws JobNotFoundException when no fake job of this JVM has the id (or it has expired) */
    @Override
    public EditJob resume(String jobId) {
        Objects.requireNonNull(jobId, "jobId is null");
        ensureOpen();
        FakeJob job = find(jobId);
        JobState state = job.peek(System.nanoTime());
        LOGGER.debug("Fake job {} resumed: {}", job.id(), state.status());
        return new EditJob(info.id(), job.id(), Instant.now(), state.status(), state.estimatedWait(), List.of(),
                Map.of());
    }

    /** Idempotent; jobs already submitted stay resumable by other instances. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            LOGGER.debug("Fake provider closed after {} submits", submitsReceived.get());
        }
    }

    private void ensureOpen() {
        if (closed.get()) {
            throw new IllegalStateException("this fake provider is closed: open a new one");
        }
    }

    private FakeJob find(String jobId) {
        return jobs.find(jobId).orElseThrow(() -> new JobNotFoundException("no fake job '" + jobId + "' is known: "
                + "fake jobs live only in the JVM that submitted them, and only the most recent are kept", jobId,
                null));
    }

    private Map<String, String> metadata(EditRequest request, FakeEditor.Edit edit) {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("model", info.model());
        metadata.put("effects", String.join(", ", edit.effects()));
        metadata.put("seed", Long.toString(edit.seed()));
        request.aspectRatioOption().ifPresent(ratio -> metadata.put("aspectRatio", ratio.label()));
        return metadata;
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

    private static EditTimeoutException timedOut(String jobId, long started) {
        Duration waited = since(started);
        String why = Thread.currentThread().isInterrupted()
                ? "the wait for fake job " + jobId + " was interrupted after " + waited.toMillis() + " ms"
                : "fake job " + jobId + " is still processing after " + waited.toMillis() + " ms";
        return new EditTimeoutException(why + "; it goes on: resume job " + jobId
                + " and await it again rather than submitting it twice", jobId, waited);
    }

    private static Duration since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    /** Sleeps {@code duration} or until {@code deadline}; false when the deadline came first or on interrupt. */
    private static boolean pauseUntil(Duration duration, long deadline) {
        if (duration.isZero()) {
            return true;
        }
        long left = deadline - System.nanoTime();
        if (left < duration.toNanos()) {
            pause(Duration.ofNanos(Math.max(0, left)));
            return false;
        }
        return pause(duration);
    }

    /** Sleeps; false when interrupted, with the interrupt flag set again for the caller's caller. */
    private static boolean pause(Duration duration) {
        if (duration.isZero()) {
            return true;
        }
        try {
            TimeUnit.NANOSECONDS.sleep(duration.toNanos());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
