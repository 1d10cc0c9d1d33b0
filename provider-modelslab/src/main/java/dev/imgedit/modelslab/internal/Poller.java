package dev.imgedit.modelslab.internal;

import dev.imgedit.EditJob;
import dev.imgedit.EditListener;
import dev.imgedit.EditResult;
import dev.imgedit.EditedImage;
import dev.imgedit.JobProgress;
import dev.imgedit.JobStatus;
import dev.imgedit.exception.ContentRejectedException;
import dev.imgedit.modelslab.ModelsLabSettings;
import dev.imgedit.modelslab.internal.http.ApiTransport;
import dev.imgedit.modelslab.internal.reply.ApiReply;
import dev.imgedit.modelslab.internal.reply.ApiReply.Status;
import dev.imgedit.modelslab.internal.reply.Failures;
import dev.imgedit.modelslab.internal.reply.OutputLinks;
import dev.imgedit.modelslab.internal.reply.Phase;
import dev.imgedit.modelslab.internal.request.FetchBody;
import dev.imgedit.modelslab.internal.retry.Retrier;
import dev.imgedit.modelslab.internal.retry.Retrier.Round;
import dev.imgedit.modelslab.internal.retry.Timing;
import dev.imgedit.modelslab.internal.transfer.Downloader;
import dev.imgedit.util.Durations;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits for a job: polls on the {@link PollSchedule} ModelsLab's {@code eta} suggests, tells the listener after
 * every poll, rides out transient failures (a fetch changes nothing, so it is safe to repeat), and stops at the
 * caller's deadline with the job id so the job can be resumed.
 */
final class Poller {
    private static final Logger LOGGER = LoggerFactory.getLogger(Poller.class);

    /** Transient poll failures in a row after which ModelsLab is taken to be down. */
    static final int MAX_FAILURES_IN_A_ROW = 5;

    private final ApiTransport transport;
    private final Downloader downloader;
    private final OutputLinks links;
    private final ModelsLabSettings settings;
    private final PollSchedule schedule;
    private final Retrier retrier;
    private final Timing timing;

    Poller(ApiTransport transport, Downloader downloader, OutputLinks links, ModelsLabSettings settings,
            Retrier retrier, Timing timing) {
        this.transport = transport;
        this.downloader = downloader;
        this.links = links;
        this.settings = settings;
        this.schedule = new PollSchedule(settings.pollMinInterval(), settings.pollMaxInterval());
        this.retrier = retrier;
        this.timing = timing;
    }

    EditResult await(EditJob job, Duration timeout, EditListener listener, BooleanSupplier closed) {
        JobState state = JobState.from(job.details());
        Map<String, String> metadata = new LinkedHashMap<>(state.result());
        if (state.trackId() != null) {
            metadata.put("track_id", state.trackId());
        }
        if (job.status() == JobStatus.SUCCEEDED && !job.outputs().isEmpty()) {
            return finish(job, state, job.outputs(), metadata, listener);
        }
        if (job.status() == JobStatus.FAILED) {
            throw Failures.jobFailed(job.id(), "it was reported failed");
        }
        return new Await(job, state, timeout, listener, closed, metadata).run();
    }

    private EditResult finish(EditJob job, JobState state, List<URI> outputs, Map<String, String> metadata,
            EditListener listener) {
        listener.onDownloading(job, outputs.size());
        return result(job, state, downloader.downloadAll(outputs, job.id()), metadata);
    }

    private EditResult result(EditJob job, JobState state, List<EditedImage> images, Map<String, String> metadata) {
        Duration elapsed = Duration.between(job.submittedAt(), timing.now());
        LOGGER.debug("ModelsLab job {} done: {} image(s)", job.id(), images.size());
        EditResult.Builder result = EditResult.builder(job).elapsed(elapsed.isNegative() ? Duration.ZERO : elapsed)
                .metadata(metadata);
        images.forEach(result::image);
        state.notices().forEach(result::notice);
        return result.build();
    }

    /** One await of one job: the state of its polling loop. */
    private final class Await {
        private final EditJob job;
        private final JobState state;
        private final EditListener listener;
        private final BooleanSupplier closed;
        private final Map<String, String> metadata;
        private final FetchBody body = new FetchBody(settings.apiKey().reveal());
        private final long start = timing.nanoTime();
        private final long deadline;
        private PollTarget target;
        private List<URI> knownLinks;
        private Duration wait;
        private int checks;
        private int failuresInARow;
        private @Nullable Long lastAnswered;
        private @Nullable String lastFailure;

        Await(EditJob job, JobState state, Duration timeout, EditListener listener, BooleanSupplier closed,
                Map<String, String> metadata) {
            this.job = job;
            this.state = state;
            this.listener = listener;
            this.closed = closed;
            this.metadata = metadata;
            this.deadline = start + Durations.saturatedNanos(timeout);
            this.target = PollTarget.of(job, state, settings.baseUrl());
            this.knownLinks = job.outputs();
            this.wait = schedule.first(job.estimatedWait(), state.trackId() != null,
                    Duration.between(job.submittedAt(), timing.now()));
        }

        EditResult run() {
            return retrier.loop(untilDeadline(wait), this::poll, () -> Failures.interruptedAwait(job.id(), elapsed()));
        }

        /** One poll; the wait before the next is cut at the deadline, so the last poll is made as time runs out. */
        private Round<EditResult> poll() {
            if (closed.getAsBoolean()) {
                throw closedWhileAwaiting();
            }
            checks++;
            Optional<EditResult> done;
            try {
                done = target.route() == PollTarget.Route.FUTURE_LINKS ? downloadFutureLinks() : fetch();
            } catch (IllegalStateException e) {
                throw closed.getAsBoolean() ? closedWhileAwaiting() : e;
            }
            if (done.isPresent()) {
                return new Round.Done<>(done.get());
            }
            if (timing.nanoTime() - deadline >= 0) {
                throw Failures.timeout(job.id(), elapsed(), lastKnown());
            }
            return new Round.Again<>(untilDeadline(wait));
        }

        /** What the timeout can say of the job: processing, unless the last polls got no answer. */
        private String lastKnown() {
            if (lastFailure == null) {
                return "is still processing";
            }
            String since = lastAnswered == null ? "no poll was answered"
                    : "no poll was answered for the last " + Durations.describe(
                            Duration.ofNanos(timing.nanoTime() - lastAnswered));
            return "could not be asked about (" + since + "; last: " + lastFailure + ")";
        }

        private Duration untilDeadline(Duration wanted) {
            return Duration.ofNanos(Math.min(Durations.saturatedNanos(wanted), deadline - timing.nanoTime()));
        }

        private IllegalStateException closedWhileAwaiting() {
            return new IllegalStateException("the ModelsLab provider was closed while awaiting job " + job.id()
                    + "; " + Failures.resumeHint(job.id()) + " with a provider that is open");
        }

        private Optional<EditResult> downloadFutureLinks() {
            Optional<List<EditedImage>> images = downloader.downloadIfReady(knownLinks, job.id());
            if (images.isPresent()) {
                progress(JobStatus.SUCCEEDED, null, null);
                return Optional.of(result(job, state, images.get(), metadata));
            }
            lastFailure = null;
            progress(JobStatus.PROCESSING, null, "the output is not there yet");
            wait = schedule.next(wait, null);
            return Optional.empty();
        }

        private Optional<EditResult> fetch() {
            PollTarget asked = target;
            ApiReply reply = transport.call(Phase.FETCH, api -> asked.call(api, body));
            boolean answered = reply.status() != Status.NO_ANSWER && reply.status() != Status.NOT_SENT;
            if (answered) {
                lastAnswered = timing.nanoTime();
            }
            lastFailure = reply.status().isFailure() ? reply.detail() : null;
            switch (reply.status()) {
                case SUCCEEDED -> {
                    progress(JobStatus.SUCCEEDED, null, reply.message());
                    metadata.putAll(reply.metadata());
                    return Optional.of(finish(job, state, outputs(reply), metadata, listener));
                }
                case PROCESSING -> stillProcessing(reply);
                default -> failed(reply);
            }
            return Optional.empty();
        }

        private void stillProcessing(ApiReply reply) {
            failuresInARow = 0;
            knownLinks = links.future(reply, knownLinks, job.id());
            progress(JobStatus.PROCESSING, reply.eta(), reply.message());
            wait = schedule.next(wait, reply.eta());
        }

        private void failed(ApiReply reply) {
            Optional<PollTarget> fallback = target.fallback();
            if (reply.status() == Status.JOB_NOT_FOUND && fallback.isPresent()) {
                LOGGER.debug("ModelsLab's v7 fetch does not know job {}; asking the v6 one", job.id());
                target = fallback.get();
                wait = Duration.ZERO;
                return;
            }
            if (!reply.status().mayAskAgain()) {
                throw Failures.of(reply, Phase.FETCH, job.id(), null);
            }
            if (++failuresInARow >= MAX_FAILURES_IN_A_ROW) {
                throw Failures.unavailable(Phase.FETCH, reply.detail() + ", " + failuresInARow + " times in a row",
                        job.id());
            }
            boolean answered = reply.status() != Status.NO_ANSWER && reply.status() != Status.NOT_SENT;
            progress(JobStatus.PROCESSING, null, (answered ? "ModelsLab answered " + reply.detail()
                    : "no answer (" + reply.detail() + ")") + "; asking again");
            wait = retrier.atLeastAsked(schedule.next(wait, null), reply.retryAfter());
        }

        private List<URI> outputs(ApiReply reply) {
            List<URI> outputs = links.of(reply, knownLinks, job.id());
            if (outputs.isEmpty()) {
                if (reply.nsfwDetected()) {
                    throw new ContentRejectedException("ModelsLab's safety check flagged job " + job.id()
                            + " (nsfw_content_detected) and returned no image: change the prompt or the image",
                            job.id(), null);
                }
                throw Failures.jobFailed(job.id(), "it answered success without an output URL");
            }
            return outputs;
        }

        private void progress(JobStatus status, @Nullable Duration eta, @Nullable String message) {
            listener.onProgress(new JobProgress(job.id(), status, checks, elapsed(), eta, message));
        }

        private Duration elapsed() {
            return Duration.ofNanos(timing.nanoTime() - start);
        }
    }
}
