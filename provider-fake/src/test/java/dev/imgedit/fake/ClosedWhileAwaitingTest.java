package dev.imgedit.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgedit.EditJob;
import dev.imgedit.EditRequest;
import dev.imgedit.EditListener;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.JobProgress;
import dev.imgedit.spi.ProviderConfig;
import dev.imgedit.testkit.TestImages;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** As ModelsLab's provider: after close, an await in progress stops at its next status check. */
class ClosedWhileAwaitingTest {
    private static final EditRequest SNOW = EditRequest.builder(Pictures.input(TestImages.scene(64, 48)), "snow")
            .build();

    @Test
    void closingTheProviderStopsAnAwaitInProgressAtItsNextCheckAndTheJobGoesOn() throws Exception {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try (ImageEditProvider provider = new FakeProviderFactory().create(ProviderConfig.of(Map.of(
                FakeSettings.NEVER_FINISH, "true", FakeSettings.JOB_DIRECTORY, FakeSettings.MEMORY)))) {
            EditJob job = provider.submit(SNOW);
            scheduler.schedule(provider::close, 200, TimeUnit.MILLISECONDS);
            long started = System.nanoTime();

            assertThatThrownBy(() -> provider.await(job, Duration.ofMinutes(2)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("the fake provider was closed while awaiting job " + job.id() + "; it goes on at "
                            + "the provider: resume it by its id with a provider that is open");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("stopped long before the timeout")
                    .isLessThan(Duration.ofSeconds(60));
        } finally {
            scheduler.shutdownNow();
        }
    }

    @Test
    void closingTheServiceStopsAnAwaitInProgressAtItsNextCheck() {
        try (FakeService fake = FakeService.create()) {
            fake.script().enqueue(Outcome.neverFinishes());
            EditJob job = fake.provider().submit(SNOW);
            List<JobProgress> checks = new ArrayList<>();
            EditListener closingAfterTheFirstCheck = new EditListener() {
                @Override
                public void onProgress(JobProgress progress) {
                    checks.add(progress);
                    fake.close();
                }
            };

            assertThatThrownBy(() -> fake.provider().await(job, Duration.ofDays(1), closingAfterTheFirstCheck))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("closed while awaiting job " + job.id());
            assertThat(checks).hasSize(1);
        }
    }
}
