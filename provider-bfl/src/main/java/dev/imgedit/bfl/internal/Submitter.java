package dev.imgedit.bfl.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.imgedit.CheckedRequest;
import dev.imgedit.EditJob;
import dev.imgedit.bfl.internal.failure.ErrorDetail;
import dev.imgedit.bfl.internal.failure.Failures;
import dev.imgedit.bfl.internal.failure.Phase;
import dev.imgedit.bfl.internal.failure.RetryAfter;
import dev.imgedit.bfl.internal.http.Exchange;
import dev.imgedit.bfl.internal.http.Transport;
import dev.imgedit.bfl.internal.model.ModelCatalog;
import dev.imgedit.bfl.internal.settings.KeyMask;
import dev.imgedit.bfl.internal.wire.Submission;
import dev.imgedit.bfl.internal.wire.SubmitAnswer;
import dev.imgedit.exception.EditTimeoutException;
import dev.imgedit.exception.ImageEditException;
import dev.imgedit.util.Durations;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends an edit to {@code POST /v1/{model}}, once. It is sent again only when BFL provably did not act on it: the
 * connection was never made, or BFL answered 429 (its concurrency limit refuses a task before starting it). Any
 * other failure after the request may have arrived (a lost or unreadable answer, a gateway's 502 or 504) is an
 * {@link dev.imgedit.exception.OutcomeUnknownException}: the task may exist and be charged.
 */
final class Submitter {
    private static final Logger LOGGER = LoggerFactory.getLogger(Submitter.class);

    private final Transport transport;
    private final Failures failures;
    private final ObjectMapper mapper;
    private final KeyMask mask;
    private final Backoff backoff;
    private final boolean baseIsLoopback;

    Submitter(Transport transport, Failures failures, ObjectMapper mapper, KeyMask mask, Backoff backoff,
            boolean baseIsLoopback) {
        this.transport = transport;
        this.failures = failures;
        this.mapper = mapper;
        this.mask = mask;
        this.backoff = backoff;
        this.baseIsLoopback = baseIsLoopback;
    }

    EditJob submit(CheckedRequest checked) {
        Submission submission = Submission.of(checked, baseIsLoopback);
        for (int attempt = 1; ; attempt++) {
            Exchange exchange = transport.api(Phase.SUBMIT.doing(),
                    api -> api.submit(submission.model(), submission.body()));
            Duration wait = retryWait(exchange, attempt - 1, submission.model());
            if (wait == null) {
                return accepted((Exchange.Answered) exchange, submission);
            }
            LOGGER.info("BFL: {} was refused ({}); sending it again in {} (retry {} of {})", Phase.SUBMIT.doing(),
                    describe(exchange), Durations.describe(wait), attempt, backoff.maxRetries());
            if (!Backoff.sleep(wait)) {
                throw new EditTimeoutException("interrupted while waiting to send the edit again; nothing was "
                        + "charged", null, wait, true);
            }
        }
    }

    /**
     * How long to wait before sending again, or null for a success to read.
     *
     * @throws ImageEditException for every other outcome
     */
    private @Nullable Duration retryWait(Exchange exchange, int retriesDone, String model) {
        String tries = retriesDone > 0 ? ", tried " + (retriesDone + 1) + " times" : "";
        if (exchange instanceof Exchange.Unanswered unanswered) {
            if (unanswered.mayHaveArrived()) {
                throw Failures.lostSubmit(unanswered.description(), null);
            }
            return backoff.next(retriesDone, null, Backoff.AFTER_NO_CONNECTION).orElseThrow(() ->
                    Failures.unavailable(Phase.SUBMIT, unanswered.description() + tries, null));
        }
        Exchange.Answered answer = (Exchange.Answered) exchange;
        if (answer.status() == 429) {
            Duration asked = RetryAfter.of(answer);
            Optional<Duration> wait = backoff.next(retriesDone, asked, Backoff.AFTER_RATE_LIMIT);
            if (wait.isEmpty()) {
                throw Failures.rateLimited(ErrorDetail.of(answer, mapper, mask) + tries, asked);
            }
            return wait.get();
        }
        if (!answer.succeeded()) {
            throw failures.of(answer, Phase.SUBMIT, model, null);
        }
        return null;
    }

    private EditJob accepted(Exchange.Answered answer, Submission submission) {
        SubmitAnswer read = read(answer);
        String id = read == null ? null : read.id();
        if (id == null || id.isBlank() || mask.reveals(id) || !JobDetails.isTaskId(id.strip())) {
            throw Failures.lostSubmit("BFL answered " + answer.statusLine() + " without a task id imgedit can "
                    + "use (" + mask.oneLine(answer.bodyText(), 120) + ")", null);
        }
        EditJob.Builder job = EditJob.builder(ModelCatalog.PROVIDER_ID, id.strip())
                .detail(JobDetails.MODEL, submission.model());
        String pollingUrl = read.pollingUrl();
        if (pollingUrl != null && !pollingUrl.isBlank()) {
            if (mask.reveals(pollingUrl)) {
                LOGGER.warn("BFL named a polling URL holding the API key for task {}; asking by its id instead", id);
            } else {
                job.detail(JobDetails.POLLING_URL, pollingUrl.strip());
            }
        }
        putNumber(job, JobDetails.COST, read.cost());
        putNumber(job, JobDetails.INPUT_MEGAPIXELS, read.inputMegapixels());
        putNumber(job, JobDetails.OUTPUT_MEGAPIXELS, read.outputMegapixels());
        if (submission.notice() != null) {
            job.detail(JobDetails.NOTICE, submission.notice());
        }
        EditJob built = job.build();
        LOGGER.debug("submitted BFL task {} ({}, cost {} credits)", built.id(), submission.model(), read.cost());
        return built;
    }

    private @Nullable SubmitAnswer read(Exchange.Answered answer) {
        if (answer.overCap() || answer.body().length == 0) {
            return null;
        }
        try {
            return mapper.readValue(answer.body(), SubmitAnswer.class);
        } catch (IOException e) {
            return null;
        }
    }

    private static void putNumber(EditJob.Builder job, String name, @Nullable BigDecimal value) {
        if (value != null) {
            job.detail(name, value.stripTrailingZeros().toPlainString());
        }
    }

    private String describe(Exchange exchange) {
        return exchange instanceof Exchange.Answered answer ? ErrorDetail.of(answer, mapper, mask)
                : ((Exchange.Unanswered) exchange).description();
    }
}
