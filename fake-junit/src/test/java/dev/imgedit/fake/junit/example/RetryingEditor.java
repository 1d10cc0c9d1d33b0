package dev.imgedit.fake.junit.example;

import dev.imgedit.EditJob;
import dev.imgedit.EditRequest;
import dev.imgedit.EditResult;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.exception.EditTimeoutException;
import dev.imgedit.exception.RateLimitedException;
import java.time.Duration;

/** An application's service: edits a photo, retrying when rate limited and resuming the job when a wait times out. */
public final class RetryingEditor {
    /** How the editor waits before a retry: {@code Thread.sleep} in production, a test's clock in tests. */
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private static final Duration WHEN_NOT_SAID = Duration.ofSeconds(5);

    private final ImageEditProvider provider;
    private final Sleeper sleeper;
    private final int attempts;
    private final Duration wait;

    /**
     * @param attempts how many submits, and how many waits, before giving up
     * @param wait how long one wait for the result lasts
     */
    public RetryingEditor(ImageEditProvider provider, Sleeper sleeper, int attempts, Duration wait) {
        this.provider = provider;
        this.sleeper = sleeper;
        this.attempts = attempts;
        this.wait = wait;
    }

    public EditResult edit(EditRequest request) throws InterruptedException {
        EditJob job = submit(request);
        for (int waits = 1; ; waits++) {
            try {
                return provider.await(job, wait);
            } catch (EditTimeoutException timedOut) {
                if (waits == attempts) {
                    throw timedOut;
                }
                job = provider.resume(job.id()); // the job goes on: never submit (and pay for) it twice
            }
        }
    }

    private EditJob submit(EditRequest request) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return provider.submit(request);
            } catch (RateLimitedException limited) {
                if (attempt == attempts) {
                    throw limited;
                }
                Duration asked = limited.retryAfter();
                sleeper.sleep(asked != null ? asked : WHEN_NOT_SAID);
            }
        }
    }
}
