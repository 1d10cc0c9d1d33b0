package dev.imgedit.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.imgedit.EditJob;
import dev.imgedit.EditListener;
import dev.imgedit.EditRequest;
import dev.imgedit.EditResult;
import dev.imgedit.exception.EditTimeoutException;
import dev.imgedit.exception.RateLimitedException;
import dev.imgedit.testkit.TestImages;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Time without sleeping: latency, queues, timeouts and retry-after pass on the service's clock, at no cost. */
class FakeClockTest {
    private static final Instant START = Instant.parse("2030-01-01T09:00:00Z");

    private final FakeClock clock = FakeClock.startingAt(START);
    /** Without retries, so that each rate limit reaches the test (RateLimitRetriesTest has them). */
    private final FakeService fake = FakeService.builder().clock(clock).latency(Duration.ofMillis(300))
            .maxRetries(0).build();

    @AfterEach
    void close() {
        fake.close();
    }

    private static EditRequest request() {
        return EditRequest.builder(Pictures.input(TestImages.scene(64, 48)), "snow").build();
    }

    @Test
    void sleepingMovesTheClockAndReturnsAtOnce() throws InterruptedException {
        FakeClock own = FakeClock.startingAt(START);
        own.sleep(Duration.ofHours(3));
        own.advance(Duration.ofMinutes(5));

        assertThat(own.instant()).isEqualTo(START.plus(Duration.ofHours(3)).plusSeconds(300));
        assertThat(own.withZone(ZoneId.of("Europe/Paris")).instant()).as("a view of the same time")
                .isEqualTo(own.instant());
        assertThatThrownBy(() -> own.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anInterruptedSleepThrowsAsThreadSleepWould() {
        Thread.currentThread().interrupt();
        assertThatThrownBy(() -> clock.sleep(Duration.ofSeconds(1))).isInstanceOf(InterruptedException.class);
        assertThat(clock.instant()).isEqualTo(START);
    }

    @Test
    void anHourOfQueueingPassesOnTheClock() {
        fake.script().enqueue(Outcome.succeeds().after(Duration.ofHours(1)));

        EditJob job = fake.provider().submit(request());
        EditResult result = fake.provider().await(job, Duration.ofHours(2));

        assertThat(job.submittedAt()).isEqualTo(START.plusMillis(300));
        assertThat(result.elapsed()).isBetween(Duration.ofHours(1), Duration.ofHours(1).plusSeconds(1));
        assertThat(clock.instant()).isAfterOrEqualTo(START.plus(Duration.ofHours(1)));
    }

    @Test
    void aTimeoutTooLongToCountInNanosecondsMeansNoPracticalLimit() {
        fake.script().enqueue(Outcome.succeeds().after(Duration.ofHours(1)));
        EditJob job = fake.provider().submit(request(), Duration.ofHours(999_999_999), EditListener.NONE);

        assertThat(fake.provider().await(job, Duration.ofHours(999_999_999)).elapsed())
                .isGreaterThanOrEqualTo(Duration.ofHours(1));
    }

    @Test
    void anInterruptedAwaitIsATimeoutThatSaysSoAndIsNotToBeRetried() {
        fake.script().enqueue(Outcome.neverFinishes());
        EditJob job = fake.provider().submit(request());

        Thread.currentThread().interrupt();
        EditTimeoutException timeout = catchThrowableOfType(EditTimeoutException.class,
                () -> fake.provider().await(job, Duration.ofMinutes(5)));
        boolean stillInterrupted = Thread.interrupted();

        assertThat(stillInterrupted).as("the interrupt is kept for the caller").isTrue();
        assertThat(timeout.interrupted()).isTrue();
        assertThat(timeout.isRetriable()).isFalse();
    }

    @Test
    void aTimeoutRunsOutOnTheClock() {
        fake.script().enqueue(Outcome.neverFinishes());
        EditJob job = fake.provider().submit(request());

        EditTimeoutException timeout = catchThrowableOfType(EditTimeoutException.class,
                () -> fake.provider().await(job, Duration.ofMinutes(5)));

        assertThat(timeout.waited()).isEqualTo(Duration.ofMinutes(5));
        assertThat(timeout).hasMessageContaining("is still processing after 5 min");
    }

    @Test
    void latencyIsSpentAtSubmitAndAtEachStatusCheck() {
        fake.script().enqueue(Outcome.succeeds().afterChecks(1));
        EditJob job = fake.provider().submit(request());
        fake.provider().await(job, Duration.ofMinutes(1));

        assertThat(fake.recording().takeCall().at()).isEqualTo(START);
        assertThat(job.submittedAt()).isEqualTo(START.plusMillis(300));
        assertThat(clock.instant()).as("a submit and two checks, and the pause between them")
                .isAfterOrEqualTo(START.plusMillis(900));
    }

    @Test
    void aSubmitBeforeTheRetryAfterHasPassedIsRateLimitedAgainWithoutTakingAnOutcome() throws InterruptedException {
        fake.script().enqueue(Outcome.rateLimited(Duration.ofSeconds(2)), Outcome.succeeds());
        catchThrowableOfType(RateLimitedException.class, () -> fake.provider().submit(request()));

        clock.sleep(Duration.ofMillis(500));
        RateLimitedException again = catchThrowableOfType(RateLimitedException.class,
                () -> fake.provider().submit(request()));
        clock.sleep(again.retryAfter());
        EditJob accepted = fake.provider().submit(request());

        assertThat(again.retryAfter()).isEqualTo(Duration.ofMillis(1200));
        assertThat(again).hasMessageContaining("the rate limit of an earlier submit");
        assertThat(accepted.id()).isNotBlank();
        assertThat(fake.recording().submits()).hasSize(3);
        fake.verify();
    }
}
