package dev.imgedit.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgedit.EditRequest;
import dev.imgedit.EditResult;
import dev.imgedit.exception.RateLimitedException;
import dev.imgedit.testkit.SubmitRecorder;
import dev.imgedit.testkit.TestImages;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * As ModelsLab's provider with its defaults (2 retries, waits up to 60 s): a rate-limited submit is sent again after
 * the wait the service asked for, on the service's clock.
 */
class RateLimitRetriesTest {
    private static final EditRequest SNOW = EditRequest.builder(Pictures.input(TestImages.scene(64, 48)), "snow")
            .build();


    @Test
    void anEditWaitsOutARateLimitOnTheServicesClockAndSubmitsAgain() {
        try (FakeService fake = FakeService.create()) {
            fake.script().enqueue(Outcome.rateLimited(Duration.ofSeconds(10)), Outcome.succeeds());
            Instant started = fake.clock().instant();
            SubmitRecorder heard = new SubmitRecorder();

            EditResult result = fake.provider().edit(SNOW, Duration.ofMinutes(1), heard);

            assertThat(result.images()).hasSize(1);
            assertThat(heard.steps()).containsExactly("submitting", "waiting 10 s", "submitting", "submitted");
            assertThat(fake.recording().submits()).hasSize(2);
            assertThat(Duration.between(started, fake.recording().submits().get(1).at()))
                    .isGreaterThanOrEqualTo(Duration.ofSeconds(10));
            fake.verify();
        }
    }

    @Test
    void aPlainSubmitRetriesToo() {
        try (FakeService fake = FakeService.create()) {
            fake.script().enqueue(Outcome.rateLimited(Duration.ofSeconds(10)), Outcome.rateLimited(),
                    Outcome.succeeds());

            fake.provider().submit(SNOW);

            assertThat(fake.recording().submits()).hasSize(3);
            assertThat(Duration.between(fake.recording().submits().get(1).at(), fake.recording().submits().get(2)
                    .at())).as("5 s when the service named no wait").isGreaterThanOrEqualTo(Duration.ofSeconds(5));
        }
    }

    @Test
    void theRateLimitReachesTheCallerOnceTheRetriesAreSpent() {
        try (FakeService fake = FakeService.create()) {
            fake.script().enqueue(Outcome.rateLimited(Duration.ofSeconds(1)), Outcome.rateLimited(Duration.ofSeconds(1)),
                    Outcome.rateLimited(Duration.ofSeconds(3)));

            assertThatThrownBy(() -> fake.provider().submit(SNOW)).isInstanceOfSatisfying(RateLimitedException.class,
                    limited -> assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(3)));
            assertThat(fake.recording().submits()).hasSize(3);
        }
    }

    @Test
    void aWaitLongerThanTheMaxRetryWaitOrThePatienceIsNotWaited() {
        try (FakeService fake = FakeService.builder().maxRetryWait(Duration.ofSeconds(30)).build()) {
            fake.script().enqueue(Outcome.rateLimited(Duration.ofSeconds(45)), Outcome.rateLimited(
                    Duration.ofSeconds(20)));
            SubmitRecorder heard = new SubmitRecorder();

            assertThatThrownBy(() -> fake.provider().submit(SNOW)).isInstanceOf(RateLimitedException.class);
            fake.clock().advance(Duration.ofMinutes(1));
            assertThatThrownBy(() -> fake.provider().submit(SNOW, Duration.ofSeconds(15), heard))
                    .isInstanceOf(RateLimitedException.class);
            assertThat(heard.steps()).containsExactly("submitting");
            assertThat(fake.recording().submits()).hasSize(2);
        }
    }

    @Test
    void withNoRetriesEveryRateLimitReachesTheCallerAtOnce() {
        try (FakeService fake = FakeService.builder().maxRetries(0).build()) {
            fake.script().enqueue(Outcome.rateLimited(Duration.ofSeconds(1)), Outcome.succeeds());

            assertThatThrownBy(() -> fake.provider().submit(SNOW)).isInstanceOf(RateLimitedException.class);
            assertThat(fake.recording().submits()).hasSize(1);
            fake.clock().advance(Duration.ofSeconds(1));
            fake.provider().submit(SNOW);
        }
    }
}
