package dev.imgedit.fake.internal;

import dev.imgedit.CheckedRequest;
import dev.imgedit.EditJob;
import dev.imgedit.EditListener;
import dev.imgedit.EditRequest;
import dev.imgedit.EditResult;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.ProviderInfo;
import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.exception.JobNotFoundException;
import dev.imgedit.fake.FakeSettings;
import dev.imgedit.fake.internal.job.FakeJob;
import dev.imgedit.fake.internal.job.JobIds;
import dev.imgedit.fake.internal.job.JobState;
import dev.imgedit.fake.internal.script.ScriptFile;
import dev.imgedit.fake.internal.store.JobStores;
import dev.imgedit.util.Durations;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fake provider: a client of the imitated service its {@link ServiceSetup} describes. The image is edited on the
 * calling thread at submit and kept in the service's job store; the queue, latency and failures are only pretended.
 * No threads of its own, so close has nothing to stop.
 */
public final class FakeImageEditProvider implements ImageEditProvider {
    private static final Logger LOGGER = LoggerFactory.getLogger(FakeImageEditProvider.class);

    private final ProviderInfo info;
    private final ServiceSetup service;
    private final Submitter submitter;
    private final Awaiter awaiter;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicLong submitsReceived = new AtomicLong();

    public FakeImageEditProvider(ProviderInfo info, ServiceSetup service) {
        this.info = Objects.requireNonNull(info, "info is null");
        this.service = Objects.requireNonNull(service, "service is null");
        this.submitter = new Submitter(info.id(), service);
        this.awaiter = new Awaiter(service, this::find, closed::get);
    }

    /**
     * A provider keeping its jobs where {@code settings} say, forgetting them as a service would.
     *
     * @param script the script file the settings name, read; null when they name none
     */
    public static FakeImageEditProvider open(ProviderInfo info, FakeSettings settings, @Nullable ScriptFile script) {
        return new FakeImageEditProvider(info, ServiceSetup.of(settings, JobStores.open(settings), script));
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
        submitsReceived.incrementAndGet();
        return submitter.submit(checked, Long.MAX_VALUE, EditListener.NONE);
    }

    /** As ModelsLab's provider: a rate limit is waited out within {@code patience}, telling the listener. */
    @Override
    public EditJob submit(EditRequest request, Duration patience, EditListener listener) {
        Objects.requireNonNull(request, "request is null");
        Objects.requireNonNull(patience, "patience is null");
        Objects.requireNonNull(listener, "listener is null");
        ensureOpen();
        CheckedRequest checked = info.check(request);
        submitsReceived.incrementAndGet();
        long now = service.time().nanoTime();
        long allowed = Durations.saturatedNanos(patience);
        return submitter.submit(checked, allowed >= Long.MAX_VALUE - now ? Long.MAX_VALUE : now + allowed, listener);
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
        service.calls().awaited(handle.id(), timeout);
        return awaiter.await(handle, timeout, listener);
    }

    /**
     * @throws JobNotFoundException when the id is not a fake job id, or no job has it where this provider keeps its
     *     jobs (or it has expired)
     */
    @Override
    public EditJob resume(String jobId) {
        Objects.requireNonNull(jobId, "jobId is null");
        ensureOpen();
        service.calls().resumed(jobId);
        FakeJob job = find(jobId);
        JobState state = service.jobs().peek(job, service.time().now());
        LOGGER.debug("Fake job {} resumed {}: {}", job.id(), service.jobs().where(), state.status());
        EditJob.Builder resumed = EditJob.builder(info.id(), job.id()).submittedAt(service.time().now())
                .status(state.status()).estimatedWait(state.estimatedWait());
        String trackId = job.metadata().get(Submitter.TRACK_ID);
        return (trackId == null ? resumed : resumed.detail(Submitter.TRACK_ID, trackId)).build();
    }

    /**
     * Idempotent; jobs already submitted stay resumable by other instances. An await in progress stops at its next
     * status check, as ModelsLab's does.
     */
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
        return service.jobs().find(jobId);
    }
}
