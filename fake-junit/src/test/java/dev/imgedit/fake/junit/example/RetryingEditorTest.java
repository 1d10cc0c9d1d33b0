package dev.imgedit.fake.junit.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgedit.EditRequest;
import dev.imgedit.EditResult;
import dev.imgedit.ImageInput;
import dev.imgedit.exception.RateLimitedException;
import dev.imgedit.fake.FakeService;
import dev.imgedit.fake.Outcome;
import dev.imgedit.fake.RecordedCall;
import dev.imgedit.fake.junit.FakeServiceExtension;
import dev.imgedit.testkit.TestImages;
import java.time.Duration;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FakeServiceExtension.class)
class RetryingEditorTest {
    private static final EditRequest SNOW =
            EditRequest.builder(ImageInput.bytes(TestImages.png(64, 48)), "make it snow").build();

    private static RetryingEditor editor(FakeService fake) {
        return new RetryingEditor(fake.provider(), fake.clock()::sleep, 3, Duration.ofMinutes(1));
    }

    @Test
    void retriesARateLimitedSubmitAfterTheWaitTheServiceAskedFor(FakeService fake) throws Exception {
        fake.script().enqueue(Outcome.rateLimited(Duration.ofSeconds(20)), Outcome.succeeds());

        EditResult result = editor(fake).edit(SNOW);

        RecordedCall.Submit first = fake.recording().takeRequest();
        RecordedCall.Submit second = fake.recording().takeRequest();
        assertThat(Duration.between(first.at(), second.at())).isGreaterThanOrEqualTo(Duration.ofSeconds(20));
        assertThat(second.image().sha256()).isEqualTo(first.image().sha256());
        assertThat(result.images()).hasSize(1);
    }

    @Test
    void givesUpWhenStillRateLimitedAfterTheLastAttempt(FakeService fake) {
        // The provider itself sends a rate-limited submit again twice, as ModelsLab's does: 3 sends per attempt.
        fake.script().enqueue(Collections.nCopies(9, Outcome.rateLimited(Duration.ofSeconds(5)))
                .toArray(Outcome[]::new));

        assertThatThrownBy(() -> editor(fake).edit(SNOW)).isInstanceOf(RateLimitedException.class);
        assertThat(fake.recording().submits()).hasSize(9);
    }

    @Test
    void resumesAJobThatOutlastsAWaitInsteadOfSubmittingItAgain(FakeService fake) throws Exception {
        fake.script().enqueue(Outcome.succeeds().after(Duration.ofSeconds(90)));

        EditResult result = editor(fake).edit(SNOW);

        assertThat(fake.recording().takeCall()).isInstanceOf(RecordedCall.Submit.class);
        assertThat(fake.recording().takeCall()).isInstanceOf(RecordedCall.Await.class);
        assertThat(fake.recording().takeCall()).isInstanceOfSatisfying(RecordedCall.Resume.class,
                resume -> assertThat(resume.jobId()).isEqualTo(result.jobId()));
        assertThat(fake.recording().takeCall()).isInstanceOf(RecordedCall.Await.class);
        assertThat(fake.recording().submits()).hasSize(1);
    }
}
