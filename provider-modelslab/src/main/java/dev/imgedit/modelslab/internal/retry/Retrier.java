package dev.imgedit.modelslab.internal.retry;

import dev.imgedit.modelslab.internal.reply.Failures;
import dev.imgedit.modelslab.internal.reply.Phase;
import dev.imgedit.util.Durations;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one loop that asks ModelsLab again, and the one policy for sending a request again: at most
 * {@code maxRetries} times, never waiting longer than {@code maxWait}. ModelsLab's own wait ({@code retry_after}) is
 * honoured when given; a wait longer than {@code maxWait} is not waited at all (the caller reports it instead).
 * Polls use {@link #loop} with waits of their own; uploads, submits and downloads use {@link #resend}.
 */
public final class Retrier {
    private static final Logger LOGGER = LoggerFactory.getLogger(Retrier.class);

    /** The first wait after a refused connection, a 503 or a missing download; doubled each time. */
    public static final Duration CONNECTION_BACKOFF = Duration.ofSeconds(1);

    /** The first wait after a rate limit that names no wait; doubled each time. */
    public static final Duration RATE_LIMIT_BACKOFF = Duration.ofSeconds(5);

    private final int maxRetries;
    private final Duration maxWait;
    private final Timing timing;

    public Retrier(int maxRetries, Duration maxWait, Timing timing) {
        this.maxRetries = maxRetries;
        this.maxWait = maxWait;
        this.timing = timing;
    }

    /** What one round of a {@link #loop} came to: a result, or the wait before the next round. */
    public sealed interface Round<T> {
        record Done<T>(T result) implements Round<T> {}

        record Again<T>(Duration delay) implements Round<T> {}
    }

    /**
     * Why a try is worth another.
     *
     * @param why what went wrong, for the log
     * @param asked the wait ModelsLab asked for, or null
     * @param backoff the first wait when ModelsLab asked none; doubled with each retry
     */
    public record Reason(String why, @Nullable Duration asked, Duration backoff) {}

    /**
     * How a {@link #resend} ended.
     *
     * @param last the last try's result
     * @param attempts how many tries were made
     * @param gaveUp whether the last try was worth another but no retry (or no acceptable wait) was left
     * @param outOfTime whether the wait before another try would have overrun the time allowed
     */
    public record Tried<T>(T last, int attempts, boolean gaveUp, boolean outOfTime) {}

    /**
     * Runs rounds until one gives a result, waiting before each as the one before said.
     *
     * @param interrupted the exception to throw when the thread is interrupted while waiting (the interrupt is kept)
     */
    public <T> T loop(Duration firstWait, Supplier<Round<T>> round, Supplier<? extends RuntimeException> interrupted) {
        Duration wait = firstWait;
        while (true) {
            if (!wait.isZero()) {
                try {
                    timing.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw interrupted.get();
                }
            }
            Round<T> next = round.get();
            if (next instanceof Round.Done<T> done) {
                return done.result();
            }
            wait = ((Round.Again<T>) next).delay();
        }
    }

    /**
     * Tries {@code attempt} again while {@code reason} finds its result worth another try and the policy has a retry
     * and an acceptable wait left.
     *
     * @param jobId the job the request is about, or null, for the message if the wait is interrupted
     * @param patience the time the tries and the waits between them must fit in, and who hears of each wait
     */
    public <T> Tried<T> resend(Phase phase, @Nullable String jobId, Supplier<T> attempt,
            Function<T, @Nullable Reason> reason, Patience patience) {
        int[] attempts = {0};
        long started = timing.nanoTime();
        return loop(Duration.ZERO, () -> {
            T result = attempt.get();
            int done = ++attempts[0];
            Reason again = reason.apply(result);
            Duration wait = again == null ? null : nextWait(done - 1, again.asked(), again.backoff());
            if (wait == null) {
                return new Round.Done<>(new Tried<>(result, done, again != null, false));
            }
            if (!patience.allows(wait)) {
                LOGGER.info("ModelsLab: {} failed ({}); waiting {} would overrun the time allowed", phase.doing(),
                        again.why(), Durations.describe(wait));
                return new Round.Done<>(new Tried<>(result, done, true, true));
            }
            LOGGER.info("ModelsLab: {} failed ({}); trying again in {} (retry {} of {})", phase.doing(), again.why(),
                    Durations.describe(wait), done, maxRetries);
            patience.listener().onWaiting(wait, again.why());
            return new Round.Again<>(wait);
        }, () -> Failures.interrupted(phase, jobId, Duration.ofNanos(timing.nanoTime() - started)));
    }

    /** {@code wait}, or ModelsLab's {@code asked} wait when longer, at most {@code maxWait}. */
    public Duration atLeastAsked(Duration wait, @Nullable Duration asked) {
        if (asked == null) {
            return wait;
        }
        Duration bounded = asked.compareTo(maxWait) > 0 ? maxWait : asked;
        return bounded.compareTo(wait) > 0 ? bounded : wait;
    }

    /**
     * The wait before retry number {@code retriesDone + 1}, or null when no retry is left or ModelsLab asked for
     * more than {@code maxWait}.
     */
    private @Nullable Duration nextWait(int retriesDone, @Nullable Duration asked, Duration backoff) {
        if (retriesDone >= maxRetries) {
            return null;
        }
        if (asked != null) {
            return asked.compareTo(maxWait) > 0 ? null : asked;
        }
        Duration doubled = backoff.multipliedBy(1L << Math.min(retriesDone, 20));
        return doubled.compareTo(maxWait) > 0 ? maxWait : doubled;
    }
}
