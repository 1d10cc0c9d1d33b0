package dev.imgedit.fake;

import dev.imgedit.ImageEditProvider;
import dev.imgedit.fake.internal.FakeImageEditProvider;
import dev.imgedit.spi.ProviderConfig;
import dev.imgedit.testkit.ImageEditProviderContract;
import java.util.Map;

/** The fake keeps every promise of a provider, with a short queue so that awaiting really polls. */
class FakeProviderContractTest extends ImageEditProviderContract {
    private final FakeProviderFactory factory = new FakeProviderFactory();

    @Override
    protected ImageEditProvider openProvider() {
        return factory.create(ProviderConfig.of(Map.of(FakeSettings.QUEUE_CHECKS, "1")));
    }

    @Override
    protected ImageEditProvider openProviderWhoseJobsQueue() {
        return factory.create(ProviderConfig.of(Map.of(FakeSettings.QUEUE_CHECKS, "2")));
    }

    @Override
    protected ImageEditProvider openProviderWhoseJobsNeverFinish() {
        return factory.create(ProviderConfig.of(Map.of(FakeSettings.NEVER_FINISH, "true")));
    }

    @Override
    protected long requestsSent() {
        return ((FakeImageEditProvider) provider()).submitsReceived();
    }
}
