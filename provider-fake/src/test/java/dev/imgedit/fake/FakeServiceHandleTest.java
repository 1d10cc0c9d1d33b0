package dev.imgedit.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgedit.Capability;
import dev.imgedit.EditJob;
import dev.imgedit.EditRequest;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.discovery.Fallback;
import dev.imgedit.discovery.ImageEditProviders;
import dev.imgedit.exception.JobNotFoundException;
import dev.imgedit.spi.ProviderConfig;
import dev.imgedit.testkit.TestImages;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A {@link FakeService} is a service of the test's own: its providers share its jobs, and no one else's. */
class FakeServiceHandleTest {
    private static final Duration TIMEOUT = Duration.ofMinutes(1);

    private static EditRequest request() {
        return EditRequest.builder(Pictures.input(TestImages.scene(64, 48)), "snow").build();
    }

    @Test
    void aProviderOpenedLaterResumesTheJobsOfTheServiceAsARestartedApplicationWould() {
        try (FakeService fake = FakeService.create()) {
            fake.script().enqueue(Outcome.succeeds().afterChecks(2));
            String id = fake.provider().submit(request()).id();
            fake.provider().close();

            ImageEditProvider restarted = fake.openProvider();
            assertThat(restarted.await(restarted.resume(id), TIMEOUT).jobId()).isEqualTo(id);
            fake.verify();
        }
    }

    @Test
    void servicesDoNotShareJobs() {
        try (FakeService one = FakeService.create(); FakeService other = FakeService.create()) {
            EditJob job = one.provider().submit(request());
            assertThatThrownBy(() -> other.provider().await(other.provider().resume(job.id()), TIMEOUT))
                    .isInstanceOf(JobNotFoundException.class);
        }
    }

    @Test
    void itsJobsCannotBeResumedInAnotherProcessAndItsInfoSaysSo() {
        try (FakeService fake = FakeService.create()) {
            assertThat(fake.provider().info().defaultModel().supports(Capability.RESUME_IN_NEW_PROCESS)).isFalse();
            assertThat(fake.provider().info().defaultModel().supports(Capability.URL_INPUT)).isTrue();
        }
    }

    @Test
    void itsFactoryHandsOutItsProvidersToAnApplicationThatChoosesOne() {
        try (FakeService fake = FakeService.create()) {
            ImageEditProviders providers = ImageEditProviders.of(List.of(fake.factory()));
            try (ImageEditProvider chosen = providers.choose(null, ProviderConfig.empty(), Fallback.OFFLINE).factory()
                    .create(ProviderConfig.empty())) {
                chosen.edit(request());
            }
            assertThat(fake.recording().submits()).hasSize(1);
        }
    }

    @Test
    void closingClosesItsProvidersAndKeepsWhatWasRecorded() {
        FakeService fake = FakeService.create();
        fake.provider().submit(request());
        fake.close();

        assertThatThrownBy(() -> fake.provider().submit(request())).isInstanceOf(IllegalStateException.class);
        assertThat(fake.recording().submits()).hasSize(1);
    }
}
