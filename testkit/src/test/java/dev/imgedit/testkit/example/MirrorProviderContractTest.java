package dev.imgedit.testkit.example;

import dev.imgedit.ImageEditProvider;
import dev.imgedit.spi.ProviderConfig;
import dev.imgedit.testkit.ImageEditProviderContract;
import java.util.Map;

/** The example provider of docs/providers.md keeps the contract. */
class MirrorProviderContractTest extends ImageEditProviderContract {
    @Override
    protected ImageEditProvider openProvider() {
        return new MirrorProviderFactory().create(ProviderConfig.empty());
    }

    @Override
    protected ImageEditProvider openProviderWhoseJobsQueue() {
        return new MirrorProviderFactory().create(ProviderConfig.of(Map.of("MIRROR_QUEUE_CHECKS", "2")));
    }

    @Override
    protected long requestsSent() {
        return MirrorProviderFactory.Mirror.jobsStarted();
    }
}
