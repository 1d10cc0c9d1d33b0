package dev.imgedit.bfl.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.imgedit.EditJob;
import dev.imgedit.EditListener;
import dev.imgedit.EditResult;
import dev.imgedit.EditedImage;
import dev.imgedit.JobProgress;
import dev.imgedit.JobStatus;
import dev.imgedit.bfl.internal.failure.ErrorDetail;
import dev.imgedit.bfl.internal.failure.Failures;
import dev.imgedit.bfl.internal.failure.Phase;
import dev.imgedit.bfl.internal.failure.RetryAfter;
import dev.imgedit.bfl.internal.failure.TaskEnd;
import dev.imgedit.bfl.internal.http.Exchange;
import dev.imgedit.bfl.internal.http.Transport;
import dev.imgedit.bfl.internal.settings.Hosts;
import dev.imgedit.bfl.internal.settings.KeyMask;
import dev.imgedit.bfl.internal.settings.Settings;
import dev.imgedit.bfl.internal.wire.TaskAnswer;
import dev.imgedit.bfl.internal.wire.TaskStatus;
import dev.imgedit.exception.JobFailedException;
import dev.imgedit.exception.ProviderUnavailableException;
import dev.imgedit.util.Durations;
import dev.imgedit.util.HttpUrls;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits for a task: asks at the {@code polling_url} BFL gave, exactly as written and only when its host may receive
 * the key ({@link Hosts}), else at {@code /v1/get_result?id=} on the base URL (a resumed task, or one submitted with
 * a webhook); waits grow by half from {@value Settings#POLL_MIN_INTERVAL} to {@value Settings#POLL_MAX_INTERVAL};
 * tells the listener after every answer; rides out up to {@value #MAX_FAILURES_IN_A_ROW} transient failures in a row
 * (a poll changes nothing); downloads the image the moment the task is ready; stops at the caller's deadline with the
 * task id.
 */
final class Poller {
    static final int MAX_FAILURES_IN_A_ROW = 5;

    private static final Logger LOGGER = LoggerFactory.getLogger(Poller.class);

    private final Transport transport;
    private final Failures failures;
    private final Downloader downloader;
    private final Hosts hosts;
    private final ObjectMapper mapper;
    private final KeyMask mask;
    private final Settings settings;

    Poller(Transport transport, Failures failures, Downloader downloader, Hosts hosts, ObjectMapper mapper,
            KeyMask mask, Settings settings) {
        this.transport = transport;
        this.failures = failures;
        this.downloader = downloader;
        this.hosts = hosts;
        this.mapper = mapper;
        this.mask = mask;
        this.settings = settings;
    }

    EditResult await(EditJob job, Duration timeout, EditListener listener, BooleanSupplier closed) {
        return new Await(job, pollingUrl(job), timeout, listener, closed).run();
    }

    /** The URL BFL said to poll, when there is one and the key may go there. */
    private @Nullable URI pollingUrl(EditJob job) {
        String text = job.details().get(JobDetails.POLLING_URL);
        if (text == null) {
            return null;
        }
        URI url;
        try {
            url = new URI(text);
        } catch (URISyntaxException e) {
            url = null;
        }
        if (url == null || !hosts.mayReceiveKey(url)) {
            throw new ProviderUnavailableException("BFL said to poll task " + job.id() + " at "
                    + (url == null || url.getHost() == null ? "a malformed URL" : HttpUrls.origin(url)) + ", which is "
                    + "not among the hosts the key goes to (" + hosts.describeKeyHosts() + "), so imgedit stopped; "
                    + "resuming the task by its id asks " + settings.baseUrl() + "/v1/get_result instead", job.id(),
                    null);
        }
        return url;
    }

    /** One await of one task: the state of its polling loop. */
    private final class Await {
        private final EditJob job;
        private final @Nullable URI pollingUrl;
        private final EditListener listener;
        private final BooleanSupplier closed;
        private final long start = System.nanoTime();
        private final long deadline;
        private Duration wait;
        private int checks;
        private int failuresInARow;
        private boolean warnedOfUnknownStatus;

        Await(EditJob job, @Nullable URI pollingUrl, Duration timeout, EditListener listener, BooleanSupplier closed) {
            this.job = job;
            this.pollingUrl = pollingUrl;
            this.listener = listener;
            this.closed = closed;
            this.deadline = start + Durations.saturatedNanos(timeout);
            boolean fresh = Duration.between(job.submittedAt(), Instant.now()).compareTo(settings.pollMaxInterval()) < 0;
            this.wait = fresh ? settings.pollMinInterval() : Duration.ZERO;
        }

        EditResult run() {
            while (true) {
                sleepUntilNextPoll();
                if (closed.getAsBoolean()) {
                    throw new IllegalStateException("the BFL provider was closed while awaiting task " + job.id()
                            + "; " + Failures.resumeHint(job.id()));
                }
                checks++;
                EditResult result = poll();
                if (result != null) {
                    return result;
                }
                wait = next(wait);
                if (System.nanoTime() - deadline >= 0) {
                    throw Failures.timeout(job.id(), elapsed(), "is still running");
                }
            }
        }

        private @Nullable EditResult poll() {
            Exchange exchange = pollingUrl != null
                    ? transport.get(Phase.POLL.doing(), pollingUrl, true, "application/json", Transport.MAX_ANSWER_BYTES)
                    : transport.api(Phase.POLL.doing(), api -> api.result(job.id()));
            if (exchange instanceof Exchange.Unanswered unanswered) {
                return failedForNow(unanswered.description(), null);
            }
            Exchange.Answered answer = (Exchange.Answered) exchange;
            if (answer.status() == 429 || answer.status() >= 500) {
                return failedForNow(ErrorDetail.of(answer, mapper, mask), RetryAfter.of(answer));
            }
            if (!answer.succeeded()) {
                throw failures.of(answer, Phase.POLL, job.details().getOrDefault(JobDetails.MODEL, "the model"),
                        job.id());
            }
            TaskAnswer task = read(answer);
            if (task == null) {
                return failedForNow(answer.statusLine() + " with a body that is not BFL's JSON", null);
            }
            failuresInARow = 0;
            TaskStatus status = TaskStatus.of(task.status());
            return switch (status) {
                case READY -> ready(task);
                case PENDING, UNKNOWN -> running(task, status);
                default -> throw TaskEnd.of(status, task, job.id(), mask);
            };
        }

        private EditResult ready(TaskAnswer task) {
            progress(JobStatus.SUCCEEDED, "Ready");
            String sample = task.sample();
            URI url = sample == null ? null : parse(sample);
            if (url == null) {
                throw new JobFailedException("BFL task " + job.id() + " is Ready without an image URL it can be "
                        + "downloaded from", job.id(), null);
            }
            listener.onDownloading(job, 1);
            EditedImage image = downloader.download(url, job.id());
            EditResult.Builder result = EditResult.builder(job).image(image).elapsed(sinceSubmitted())
                    .metadata(JobDetails.metadata(job.details()));
            if (task.seed() != null) {
                result.metadata(JobDetails.SEED, task.seed());
            }
            String notice = job.details().get(JobDetails.NOTICE);
            if (notice != null) {
                result.notice(notice);
            }
            LOGGER.debug("BFL task {} done: {}", job.id(), image);
            return result.build();
        }

        private @Nullable EditResult running(TaskAnswer task, TaskStatus status) {
            String said = task.status() == null ? "no status" : mask.oneLine(task.status(), 60);
            if (status == TaskStatus.UNKNOWN && !warnedOfUnknownStatus) {
                warnedOfUnknownStatus = true;
                LOGGER.warn("BFL answered task {} with the status '{}', which imgedit does not know; taking it as "
                        + "still running", job.id(), said);
            }
            Double progress = task.progress();
            progress(JobStatus.PROCESSING, progress == null ? said
                    : String.format(Locale.ROOT, "%s, %.0f%%", said, progress <= 1 ? progress * 100 : progress));
            return null;
        }

        private @Nullable EditResult failedForNow(String why, @Nullable Duration retryAfter) {
            if (++failuresInARow >= MAX_FAILURES_IN_A_ROW) {
                throw Failures.unavailable(Phase.POLL, why + ", " + failuresInARow + " times in a row", job.id());
            }
            progress(JobStatus.PROCESSING, "no usable answer (" + why + "); asking again");
            if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
                wait = retryAfter.compareTo(settings.maxRetryWait()) > 0 ? settings.maxRetryWait() : retryAfter;
            }
            return null;
        }

        /** The wait is cut at the deadline, so the last poll happens just as the caller's time runs out. */
        private void sleepUntilNextPoll() {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                throw Failures.timeout(job.id(), elapsed(), "is still running");
            }
            if (!Backoff.sleep(Duration.ofNanos(Math.min(Durations.saturatedNanos(wait), remaining)))) {
                throw Failures.interruptedAwait(job.id(), elapsed());
            }
        }

        private Duration next(Duration previous) {
            Duration grown = previous.isZero() ? settings.pollMinInterval() : previous.plus(previous.dividedBy(2));
            return grown.compareTo(settings.pollMaxInterval()) > 0 ? settings.pollMaxInterval() : grown;
        }

        private @Nullable TaskAnswer read(Exchange.Answered answer) {
            try {
                return answer.overCap() ? null : mapper.readValue(answer.body(), TaskAnswer.class);
            } catch (IOException e) {
                return null;
            }
        }

        private @Nullable URI parse(String text) {
            try {
                return new URI(text);
            } catch (URISyntaxException e) {
                return null;
            }
        }

        private void progress(JobStatus status, String message) {
            listener.onProgress(JobProgress.of(job.id(), status, checks, elapsed()).withMessage(message));
        }

        private Duration elapsed() {
            return Duration.ofNanos(System.nanoTime() - start);
        }

        private Duration sinceSubmitted() {
            Duration since = Duration.between(job.submittedAt(), Instant.now());
            return since.isNegative() ? Duration.ZERO : since;
        }
    }
}
