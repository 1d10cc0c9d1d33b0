package dev.imgedit.batch.internal.engine;

import dev.imgedit.EditJob;
import dev.imgedit.EditListener;
import dev.imgedit.EditRequest;
import dev.imgedit.EditResult;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.batch.ItemFailure;
import dev.imgedit.batch.ItemState;
import dev.imgedit.batch.JobRecord;
import dev.imgedit.batch.internal.Ids;
import dev.imgedit.exception.EditTimeoutException;
import dev.imgedit.exception.ErrorKind;
import dev.imgedit.exception.ImageEditException;
import dev.imgedit.exception.OutcomeUnknownException;
import dev.imgedit.exception.RateLimitedException;
import dev.imgedit.util.Durations;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes one item from the queue to the moment its job has finished at the provider: submit (recorded before and
 * after), or resume by job id; then await. What it cannot finish it records and reports; rate limits and outages
 * before acceptance send the item back to the queue, never drop it.
 */
final class ItemRunner {
    private static final Logger LOGGER = LoggerFactory.getLogger(ItemRunner.class);

    /** Submits refused because the provider was unavailable, retried this often before the item fails. */
    static final int UNAVAILABLE_RETRIES = 3;
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(2);
    /** When a rate limit names no wait. */
    private static final Duration DEFAULT_RATE_LIMIT_WAIT = Duration.ofSeconds(5);

    private final ImageEditProvider provider;
    private final Requests requests;
    private final RunState run;
    /** Per item, the submits of this run refused because the provider was unavailable. */
    private final Map<String, Integer> unavailable = new ConcurrentHashMap<>();

    ItemRunner(ImageEditProvider provider, Requests requests, RunState run) {
        this.provider = provider;
        this.requests = requests;
        this.run = run;
    }

    /** Runs the item; when its job lands, hands the result on to be written. */
    void run(PlannedItem planned) throws InterruptedException {
        run.tracker().started();
        JobRecord job = run.ledger().latest(planned.id());
        EditJob editJob = planned.action() == Action.RESUME ? resume(planned, job) : submit(planned, job);
        if (editJob == null) {
            return;
        }
        job = run.ledger().latest(planned.id());
        EditResult result = await(planned, job, editJob);
        if (result != null) {
            run.tracker().landed();
            run.write(planned, result);
        }
    }

    private @Nullable EditJob resume(PlannedItem planned, JobRecord job) {
        String jobId = Objects.requireNonNull(job.jobId(), "a resumed job has an id");
        try {
            return provider.resume(jobId);
        } catch (ImageEditException e) {
            end(planned, run.ledger().update(job.withFailure(ItemState.FAILED, ItemFailure.of(e),
                    Instant.now()), "cannot be resumed: " + e.kind()));
            return null;
        }
    }

    private @Nullable EditJob submit(PlannedItem planned, JobRecord job) throws InterruptedException {
        String trackId = Ids.newTrackId(job.id());
        Requests.Prepared prepared = request(planned, job, trackId);
        if (prepared == null) {
            return null;
        }
        EditRequest request = prepared.request();
        if (!run.gate().awaitOpen()) {
            run.tracker().landed();
            return null;
        }
        JobRecord submitting = run.ledger().update(job.withSubmitting(trackId, Instant.now()),
                String.join("; ", Stream.concat(Stream.of("submitting with track id " + trackId),
                        prepared.notices().stream()).toList()));
        EditJob accepted;
        try {
            accepted = provider.submit(request);
        } catch (RateLimitedException e) {
            Duration wait = retryAfter(e);
            requeue(planned, submitting, e, wait, "rate limited: submitting again in " + Durations.describe(wait));
            run.tracker().rateLimited(wait);
            return null;
        } catch (OutcomeUnknownException e) {
            return lostAnswer(planned, submitting, e);
        } catch (ImageEditException e) {
            int refusals = e.kind() == ErrorKind.PROVIDER_UNAVAILABLE ? unavailable.merge(job.id(), 1, Integer::sum) : 0;
            if (refusals > 0 && refusals <= UNAVAILABLE_RETRIES) {
                Duration wait = FIRST_BACKOFF.multipliedBy(1L << (refusals - 1));
                requeue(planned, submitting, e, wait, "provider unavailable: submitting again in "
                        + wait.toMillis() + " ms");
                return null;
            }
            end(planned, run.ledger().update(submitting.withFailure(ItemState.FAILED, ItemFailure.of(e),
                    Instant.now()), "refused: " + e.kind()));
            if (e.kind() == ErrorKind.AUTHENTICATION || e.kind() == ErrorKind.INSUFFICIENT_CREDITS) {
                run.stop(message(e));
            }
            return null;
        } catch (RuntimeException e) {
            end(planned, run.ledger().update(submitting.withFailure(ItemState.OUTCOME_UNKNOWN, ItemFailure.of(
                    ErrorKind.OUTCOME_UNKNOWN, "the provider failed unexpectedly while submitting ("
                    + e.getClass().getName() + "): the edit may have been accepted under track id " + trackId),
                    Instant.now()), "the submit failed unexpectedly"));
            return null;
        }
        try {
            run.ledger().update(submitting.withSubmitted(accepted.id(), Instant.now()),
                    "accepted as job " + accepted.id());
        } catch (RuntimeException e) {
            LOGGER.warn("Job {} (track id {}) was accepted for '{}', but the journal could not record it: the next "
                    + "run reports the item's outcome as unknown; collect the job by its id", accepted.id(), trackId,
                    job.request().input());
            throw e;
        }
        return accepted;
    }

    /**
     * The request for the item, its input read again; null, with the item ended as failed, when the input changed
     * since the run was planned (it would be a new item) or the request is invalid.
     */
    private Requests.@Nullable Prepared request(PlannedItem planned, JobRecord job, String trackId) {
        InputFacts input = InputFacts.read(planned.item().input());
        ItemFailure refused = input.failure();
        if (refused == null && !Objects.equals(input.sha256(), job.request().inputSha256())) {
            refused = ItemFailure.of(ErrorKind.INVALID_REQUEST, "'" + job.request().input() + "' changed while the "
                    + "batch ran; run the batch again to edit the new version");
        }
        if (refused == null) {
            try {
                return requests.build(planned.item(), Objects.requireNonNull(input.image()), trackId);
            } catch (ImageEditException e) {
                refused = ItemFailure.of(e);
            }
        }
        end(planned, run.ledger().update(job.withFailure(ItemState.FAILED, refused, Instant.now()),
                "not submitted: its input or request is invalid"));
        return null;
    }

    /** A lost answer whose exception still names the job can be followed; without an id it is reported. */
    private @Nullable EditJob lostAnswer(PlannedItem planned, JobRecord submitting, OutcomeUnknownException e) {
        String jobId = e.jobId();
        if (jobId != null) {
            run.ledger().update(submitting.withSubmitted(jobId, Instant.now()),
                    "the answer was lost, but the job id is known: " + jobId);
            return provider.resume(jobId);
        }
        end(planned, run.ledger().update(submitting.withFailure(ItemState.OUTCOME_UNKNOWN,
                ItemFailure.of(ErrorKind.OUTCOME_UNKNOWN, message(e)), Instant.now()),
                "the answer to the submit was lost"));
        return null;
    }

    private void requeue(PlannedItem planned, JobRecord submitting, ImageEditException why, Duration wait,
            String event) {
        run.ledger().update(submitting.withPendingAgain(ItemFailure.of(why), Instant.now()),
                event);
        run.gate().closeFor(wait);
        run.tracker().requeued();
        run.requeue(planned);
    }

    private @Nullable EditResult await(PlannedItem planned, JobRecord job, EditJob submitted) {
        String jobId = Objects.requireNonNull(job.jobId(), "an awaited job has an id");
        for (int attempt = 1; ; attempt++) {
            try {
                EditJob current = attempt == 1 ? submitted : provider.resume(jobId);
                return run.whileAwaiting(() -> provider.await(current, run.options().itemTimeout(),
                        EditListener.NONE));
            } catch (EditTimeoutException e) {
                if (run.stopping()) {
                    run.tracker().landed();
                    return null;
                }
                end(planned, run.ledger().update(job.withFailure(ItemState.SUBMITTED, ItemFailure.of(e),
                        Instant.now()), "still running after " + run.options().itemTimeout().toSeconds() + " s"));
                return null;
            } catch (ImageEditException e) {
                if (!e.isRetriable() || attempt > UNAVAILABLE_RETRIES || run.stopping()) {
                    ItemState state = e.isRetriable() ? ItemState.SUBMITTED : ItemState.FAILED;
                    end(planned, run.ledger().update(job.withFailure(state, ItemFailure.of(e),
                            Instant.now()), "failed while awaited: " + e.kind()));
                    return null;
                }
                Duration wait = e instanceof RateLimitedException limited ? retryAfter(limited)
                        : FIRST_BACKOFF.multipliedBy(1L << (attempt - 1));
                if (!run.sleep(wait)) {
                    run.tracker().landed();
                    return null;
                }
            }
        }
    }

    /** Ends an item whose job is no longer (or never was) in flight. */
    private void end(PlannedItem planned, JobRecord job) {
        run.tracker().landed();
        run.report(planned, job);
    }

    private static Duration retryAfter(RateLimitedException e) {
        Duration asked = e.retryAfter();
        return asked == null || asked.isNegative() || asked.isZero() ? DEFAULT_RATE_LIMIT_WAIT : asked;
    }

    private static String message(ImageEditException e) {
        return String.valueOf(e.getMessage());
    }
}
