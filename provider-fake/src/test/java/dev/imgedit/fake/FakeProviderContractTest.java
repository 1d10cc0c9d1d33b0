package dev.imgedit.fake;

import dev.imgedit.ImageEditProvider;
import dev.imgedit.ImageInput;
import dev.imgedit.fake.internal.FakeImageEditProvider;
import dev.imgedit.spi.ProviderConfig;
import dev.imgedit.testkit.ImageEditProviderContract;
import dev.imgedit.testkit.TestImages;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The fake keeps every promise of a provider, with a short queue so that awaiting really polls, and URL inputs
 * served on this machine.
 */
class FakeProviderContractTest extends ImageEditProviderContract {
    private static ImageServer images;

    private final FakeProviderFactory factory = new FakeProviderFactory();

    @BeforeAll
    static void serveImages() {
        images = ImageServer.start().serve("/sample.png", TestImages.png(320, 240));
    }

    @AfterAll
    static void stopServing() {
        images.close();
    }

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
    protected ImageInput urlInput() {
        return ImageInput.url(images.url("/sample.png").toString());
    }

    @Override
    protected long requestsSent() {
        return ((FakeImageEditProvider) provider()).submitsReceived();
    }
}
