package dev.imgedit.modelslab.internal;

import dev.imgedit.exception.ProviderUnavailableException;
import feign.Response;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends an upload or a submit, sending it again only when that cannot cost a second edit: a submit is resent when
 * the connection was never made, or ModelsLab answered 429 or 503 (it refused, so it did not start anything); an
 * upload, which is free, also after lost answers and server errors.
 */
final class Sender {
    private static final Logger LOGGER = LoggerFactory.getLogger(Sender.class);

    private final ApiTransport transport;
    private final ReplyInterpreter interpreter;
    private final RetryPolicy policy;
    private final Timing timing;

    Sender(ApiTransport transport, ReplyInterpreter interpreter, RetryPolicy policy, Timing timing) {
        this.transport = transport;
        this.interpreter = interpreter;
        this.policy = policy;
        this.timing = timing;
    }

    /**
     * The interpreted answer; failures that may not be retried, or are out of retries, come back as
     * {@link Outcome.Failed} for the caller to report.
     *
     * @throws dev.imgedit.exception.ImageEditException when no answer came (or, for a submit, may have been lost)
     */
    Outcome send(Phase phase, Function<ModelsLabApi, Response> call, @Nullable String trackId) {
        for (int attempt = 1; ; attempt++) {
            int retriesDone = attempt - 1;
            CallResult result = transport.call(phase.doing(), call);
            if (result instanceof CallResult.Unanswered unanswered) {
                boolean safeToResend = phase != Phase.SUBMIT || !unanswered.requestMayHaveArrived();
                Optional<Duration> wait = safeToResend
                        ? policy.nextWait(retriesDone, null, RetryPolicy.CONNECTION_BACKOFF)
                        : Optional.empty();
                if (wait.isEmpty()) {
                    throw Failures.unanswered(unanswered, phase, attempt, null, trackId);
                }
                pause(phase, wait.get(), unanswered.description(), attempt);
                continue;
            }
            Outcome outcome = interpreter.interpret(phase, ((CallResult.Answered) result).reply());
            if (outcome instanceof Outcome.Failed failed && mayResend(phase, failed.problem())) {
                Problem problem = failed.problem();
                Duration backoff = problem.kind() == Problem.Kind.RATE_LIMITED
                        ? RetryPolicy.RATE_LIMIT_BACKOFF
                        : RetryPolicy.CONNECTION_BACKOFF;
                Optional<Duration> wait = policy.nextWait(retriesDone, problem.retryAfter(), backoff);
                if (wait.isPresent()) {
                    pause(phase, wait.get(), problem.detail(), attempt);
                    continue;
                }
                if (attempt > 1) {
                    return new Outcome.Failed(new Problem(problem.kind(), problem.detail() + ", tried " + attempt
                            + " times", problem.retryAfter(), problem.jobId()));
                }
            }
            return outcome;
        }
    }

    private static boolean mayResend(Phase phase, Problem problem) {
        return switch (problem.kind()) {
            case RATE_LIMITED, TEMPORARILY_UNAVAILABLE -> true;
            case SERVER_ERROR, GATEWAY_ERROR, UNREADABLE_ANSWER -> phase == Phase.UPLOAD;
            default -> false;
        };
    }

    private void pause(Phase phase, Duration wait, String why, int attempt) {
        LOGGER.info("ModelsLab: {} failed ({}); trying again in {} (retry {} of {})", phase.doing(), why,
                Failures.seconds(wait), attempt, policy.maxRetries());
        try {
            timing.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderUnavailableException("interrupted while waiting to retry " + phase.doing()
                    + "; nothing was charged");
        }
    }
}
