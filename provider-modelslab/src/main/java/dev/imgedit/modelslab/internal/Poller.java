package dev.imgedit.modelslab.internal;

import dev.imgedit.EditJob;
import dev.imgedit.EditListener;
import dev.imgedit.EditResult;
import dev.imgedit.EditedImage;
import dev.imgedit.JobProgress;
import dev.imgedit.JobStatus;
import dev.imgedit.exception.ContentRejectedException;
import dev.imgedit.modelslab.ModelsLabSettings;
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
    private final ReplyInterpreter interpreter;
    private final Downloader downloader;
    private final OutputLinks links;
    private final ModelsLabSettings settings;
    private final PollSchedule schedule;
    private final Timing timing;

    Poller(ApiTransport transport, ReplyInterpreter interpreter, Downloader downloader, OutputLinks links,
            ModelsLabSettings settings, Timing timing) {
        this.transport = transport;
        this.interpreter = interpreter;
        this.downloader = downloader;
        this.links = links;
        this.settings = settings;
        this.schedule = new PollSchedule(settings.pollMinInterval(), settings.pollMaxInterval());
        this.timing = timing;
    }

    EditResult await(EditJob job, Duration timeout, EditListener listener, BooleanSupplier closed) {
        Map<String, String> metadata = new LinkedHashMap<>(JobDetails.resultMetadata(job.details()));
        String trackId = job.details().get(JobDetails.TRACK_ID);
        if (trackId != null) {
            metadata.put("track_id", trackId);
        }
        if (job.status() == JobStatus.SUCCEEDED && !job.outputs().isEmpty()) {
            return finish(job, job.outputs(), metadata, listener);
        }
        if (job.status() == JobStatus.FAILED) {
            throw Failures.jobFailed(job.id(), "it was reported failed");
        }
        return new Await(job, timeout, listener, closed, metadata, trackId).run();
    }

    private EditResult finish(EditJob job, List<URI> outputs, Map<String, String> metadata, EditListener listener) {
        listener.onDownloading(job, outputs.size());
        return result(job, downloader.downloadAll(outputs, job.id()), metadata);
    }

    private EditResult result(EditJob job, List<EditedImage> images, Map<String, String> metadata) {
        Duration elapsed = Duration.between(job.submittedAt(), timing.now());
        LOGGER.debug("ModelsLab job {} done: {} image(s)", job.id(), images.size());
        return new EditResult(ModelsLabProvider.PROVIDER_ID, job.id(), images,
                elapsed.isNegative() ? Duration.ZERO : elapsed, metadata, List.of());
    }

    /** One await of one job: the state of its polling loop. */
    private final class Await {
        private final EditJob job;
        private final EditListener listener;
        private final BooleanSupplier closed;
        private final Map<String, String> metadata;
        private final @Nullable String trackId;
        private final FetchBody body = new FetchBody(settings.apiKey().reveal());
        private final long start = timing.nanoTime();
        private final long deadline;
        private PollTarget target;
        private List<URI> knownLinks;
        private Duration wait;
        private int checks;
        private int failuresInARow;

        Await(EditJob job, Duration timeout, EditListener listener, BooleanSupplier closed,
                Map<String, String> metadata, @Nullable String trackId) {
            this.job = job;
            this.listener = listener;
            this.closed = closed;
            this.metadata = metadata;
            this.trackId = trackId;
            this.deadline = start + timeout.toNanos();
            this.target = PollTarget.of(job, settings.baseUrl());
            this.knownLinks = job.outputs();
            this.wait = schedule.first(job.estimatedWait(), trackId != null);
        }

        EditResult run() {
            while (true) {
                if (!wait.isZero()) {
                    sleepUntilNextPoll();
                }
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
                    return done.get();
                }
                if (timing.nanoTime() - deadline >= 0) {
                    throw Failures.timeout(job.id(), elapsed(), "is still processing");
                }
            }
        }

        private IllegalStateException closedWhileAwaiting() {
            return new IllegalStateException("the ModelsLab provider was closed while awaiting job " + job.id()
                    + "; " + Failures.resumeHint(job.id()));
        }

        private Optional<EditResult> downloadFutureLinks() {
            Optional<List<EditedImage>> images = downloader.downloadIfReady(knownLinks, job.id());
            if (images.isPresent()) {
                progress(JobStatus.SUCCEEDED, null, null);
                return Optional.of(result(job, images.get(), metadata));
            }
            progress(JobStatus.PROCESSING, null, "the output is not there yet");
            wait = schedule.next(wait, null);
            return Optional.empty();
        }

        private Optional<EditResult> fetch() {
            PollTarget asked = target;
            CallResult result = transport.call(Phase.FETCH.doing(), api -> asked.call(api, body));
            if (result instanceof CallResult.Unanswered unanswered) {
                if (++failuresInARow >= MAX_FAILURES_IN_A_ROW) {
                    throw Failures.unanswered(unanswered, Phase.FETCH, failuresInARow, job.id(), null);
                }
                progress(JobStatus.PROCESSING, null, "no answer (" + unanswered.description() + "); asking again");
                wait = schedule.next(wait, null);
                return Optional.empty();
            }
            Outcome outcome = interpreter.interpret(Phase.FETCH, ((CallResult.Answered) result).reply());
            if (outcome instanceof Outcome.Succeeded succeeded) {
                WireReply reply = succeeded.reply();
                progress(JobStatus.SUCCEEDED, null, reply.messageText());
                metadata.putAll(reply.metadata());
                return Optional.of(finish(job, outputs(reply), metadata, listener));
            }
            if (outcome instanceof Outcome.Processing processing) {
                stillProcessing(processing.reply());
            } else {
                failed(((Outcome.Failed) outcome).problem());
            }
            return Optional.empty();
        }

        private void stillProcessing(WireReply reply) {
            failuresInARow = 0;
            knownLinks = links.future(reply, knownLinks, job.id());
            Duration eta = reply.etaDuration().orElse(null);
            progress(JobStatus.PROCESSING, eta, reply.messageText());
            wait = schedule.next(wait, eta);
        }

        private void failed(Problem problem) {
            Optional<PollTarget> fallback = target.fallback();
            if (problem.kind() == Problem.Kind.JOB_NOT_FOUND && fallback.isPresent()) {
                LOGGER.debug("ModelsLab's v7 fetch does not know job {}; asking the v6 one", job.id());
                target = fallback.get();
                wait = Duration.ZERO;
                return;
            }
            if (!problem.isTransient()) {
                throw Failures.of(problem, Phase.FETCH, job.id(), trackId);
            }
            if (++failuresInARow >= MAX_FAILURES_IN_A_ROW) {
                throw Failures.unavailable(Phase.FETCH, problem.detail() + ", " + failuresInARow
                        + " times in a row", job.id());
            }
            progress(JobStatus.PROCESSING, null, "ModelsLab answered " + problem.detail() + "; asking again");
            wait = atLeast(schedule.next(wait, null), problem.retryAfter());
        }

        private List<URI> outputs(WireReply reply) {
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

        /** The wait is cut at the deadline, so the last poll happens just as the caller's time runs out. */
        private void sleepUntilNextPoll() {
            long remaining = deadline - timing.nanoTime();
            if (remaining <= 0) {
                throw Failures.timeout(job.id(), elapsed(), "is still processing");
            }
            try {
                timing.sleep(Duration.ofNanos(Math.min(wait.toNanos(), remaining)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw Failures.timeout(job.id(), elapsed(), "was still processing when the wait was interrupted");
            }
        }

        /** {@code wait}, or ModelsLab's {@code retry_after} when longer (at most MODELSLAB_MAX_RETRY_WAIT). */
        private Duration atLeast(Duration wait, @Nullable Duration asked) {
            if (asked == null) {
                return wait;
            }
            Duration bounded = asked.compareTo(settings.maxRetryWait()) > 0 ? settings.maxRetryWait() : asked;
            return bounded.compareTo(wait) > 0 ? bounded : wait;
        }

        private void progress(JobStatus status, @Nullable Duration eta, @Nullable String message) {
            listener.onProgress(new JobProgress(job.id(), status, checks, elapsed(), eta, message));
        }

        private Duration elapsed() {
            return Duration.ofNanos(timing.nanoTime() - start);
        }
    }
}
