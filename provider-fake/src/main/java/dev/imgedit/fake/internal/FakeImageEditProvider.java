package dev.imgedit.fake.internal;

import dev.imgedit.AspectRatio;
import dev.imgedit.CheckedRequest;
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
import dev.imgedit.util.Durations;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fake provider: the image is edited on the calling thread at submit and kept in a {@link JobStore}, and the
 * service's queue, latency and failures are only pretended, as {@link FakeSettings} says. No threads of its own, so
 * close has nothing to stop.
 */
public final class FakeImageEditProvider implements ImageEditProvider {
    private static final Logger LOGGER = LoggerFactory.getLogger(FakeImageEditProvider.class);

    /** Between status checks when the job gives no estimate. */
    private static final Duration DEFAULT_CHECK_INTERVAL = Duration.ofMillis(50);
    /** The longest pause between status checks: the fake has nothing worth waiting longer for. */
    private static final Duration MAX_CHECK_INTERVAL = Duration.ofMillis(100);

    private final ProviderInfo info;
    private final FakeSettings settings;
    private final JobStore jobs;
    private final Clock clock;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicLong submitsReceived = new AtomicLong();

    /**
     * @param jobs where jobs are kept; its own settings are not read from {@code settings}
     * @param clock when jobs are accepted, and how long they have queued
     */
    public FakeImageEditProvider(ProviderInfo info, FakeSettings settings, JobStore jobs, Clock clock) {
        this.info = Objects.requireNonNull(info, "info is null");
        this.settings = Objects.requireNonNull(settings, "settings is null");
        this.jobs = Objects.requireNonNull(jobs, "jobs is null");
        this.clock = Objects.requireNonNull(clock, "clock is null");
    }

    /** A provider keeping its jobs where {@code settings} says, forgetting them as a service would. */
    public static FakeImageEditProvider open(ProviderInfo info, FakeSettings settings) {
        JobStore jobs = settings.jobDirectoryOption()
                .<JobStore>map(directory -> new DirectoryJobStore(directory, DirectoryJobStore.Limits.DEFAULT,
                        Clock.systemUTC()))
                .orElseGet(MemoryJobStore::shared);
        return new FakeImageEditProvider(info, settings, jobs, Clock.systemUTC());
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
        CheckedRequest checked = info.check(request);
        ImageInput.Bytes input = RequestChecks.inputBytes(checked);
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
        byte[] png = edit.png();
        FakeJob job = FakeJob.accepted(JobIds.newId(png), clock.instant(), settings,
                List.of(new FakeJob.Output(ImageType.PNG, edit.width(), edit.height(), png.length,
                        JobIds.sha256(png))),
                metadata(checked, edit));
        jobs.add(job, List.of(new EditedImage(null, ImageType.PNG, ImageBytes.adopt(png), edit.width(),
                edit.height())));
        LOGGER.debug("Fake job {} accepted {}: effects {}, {}x{}, seed {}", job.id(), jobs.where(), edit.effects(),
                edit.width(), edit.height(), edit.seed());
        if (failure == ErrorKind.OUTCOME_UNKNOWN) {
            throw SimulatedFailures.of(failure, job.id(), JobIds.newTrackId());
        }
        JobState state = job.stateAfter(0, clock.instant());
        return new EditJob(info.id(), job.id(), job.createdAt(), state.status(), state.estimatedWait(), List.of(),
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
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        FakeJob job = whileWaiting(handle.id(), started, () -> find(handle.id()));
        int checks = 0;
        while (true) {
            if (!pauseUntil(settings.latency(), deadline)) {
                throw timedOut(job.id(), started);
            }
            JobState state = whileWaiting(job.id(), started, () -> jobs.check(job, clock.instant()));
            checks++;
            listener.onProgress(new JobProgress(job.id(), state.status(), checks, since(started),
                    state.estimatedWait(), state.message()));
            if (state.status() == JobStatus.SUCCEEDED) {
                listener.onDownloading(handle, job.outputs().size());
                List<EditedImage> images = whileWaiting(job.id(), started, () -> jobs.images(job));
                return new EditResult(info.id(), job.id(), images,
                        Duration.between(handle.submittedAt(), clock.instant()), job.metadata(), List.of());
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

    /**
     * @throws JobNotFoundException when the id is not a fake job id, or no job has it where this provider keeps its
     *     jobs (or it has expired)
     */
    @Override
    public EditJob resume(String jobId) {
        Objects.requireNonNull(jobId, "jobId is null");
        ensureOpen();
        FakeJob job = find(jobId);
        JobState state = jobs.peek(job, clock.instant());
        LOGGER.debug("Fake job {} resumed {}: {}", job.id(), jobs.where(), state.status());
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

    /** The job; an id that is not a fake job id is refused before it reaches the store, let alone a file name. */
    private FakeJob find(String jobId) {
        if (!JobIds.isJobId(jobId)) {
            throw new JobNotFoundException("'" + JobIds.shown(jobId) + "' is not a fake job id: they look like "
                    + JobIds.EXAMPLE, jobId, null);
        }
        return jobs.find(jobId);
    }

    /**
     * Runs a step of the wait; when the store fails because the waiting thread was interrupted, the wait ends as an
     * interrupted wait does, with the job going on.
     */
    private static <T> T whileWaiting(String jobId, long started, Supplier<T> step) {
        try {
            return step.get();
        } catch (ProviderUnavailableException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw timedOut(jobId, started);
            }
            throw e;
        }
    }

    private static Map<String, String> metadata(CheckedRequest checked, FakeEditor.Edit edit) {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("model", checked.model().id());
        metadata.put("effects", String.join(", ", edit.effects()));
        metadata.put("seed", Long.toString(edit.seed()));
        AspectRatio ratio = checked.request().aspectRatio();
        if (ratio != null) {
            metadata.put("aspectRatio", ratio.label());
        }
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

    /** One sentence; the CLI appends the command that resumes the job, so the id is not repeated. */
    private static EditTimeoutException timedOut(String jobId, long started) {
        Duration waited = since(started);
        String why = Thread.currentThread().isInterrupted()
                ? "the wait for fake job " + jobId + " was interrupted after " + Durations.describe(waited)
                : "fake job " + jobId + " is still processing after " + Durations.describe(waited);
        return new EditTimeoutException(why + "; it goes on at the provider: resume it by its id rather than "
                + "submitting it again", jobId, waited);
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
