package dev.imgedit.modelslab;

import dev.imgedit.ImageEditProvider;
import dev.imgedit.ImageInput;
import dev.imgedit.modelslab.testserver.JobScript;
import dev.imgedit.modelslab.testserver.ModelsLabTestServer;
import dev.imgedit.spi.ProviderConfig;
import dev.imgedit.testkit.ImageEditProviderContract;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/** The core contract, against the test server, through the public factory and real (short) waits. */
class ModelsLabProviderContractTest extends ImageEditProviderContract {
    private static ModelsLabTestServer server;
    private static ModelsLabTestServer neverFinishing;

    @BeforeAll
    static void startServers() {
        server = ModelsLabTestServer.start();
        neverFinishing = ModelsLabTestServer.start().defaultScript(JobScript.neverFinishing());
    }

    @AfterAll
    static void stopServers() {
        server.close();
        neverFinishing.close();
    }

    @AfterEach
    void forgetScripts() {
        server.reset();
    }

    @Override
    protected ImageEditProvider openProvider() {
        return new ModelsLabProviderFactory().create(ProviderConfig.of(TestProviders.settings(server)));
    }

    /** Jobs answered "processing" at submit and by two polls, then done. */
    @Override
    protected ImageEditProvider openProviderWhoseJobsQueue() {
        server.defaultScript(JobScript.processingThenSuccess(2));
        return openProvider();
    }

    @Override
    protected @Nullable ImageEditProvider openProviderWhoseJobsNeverFinish() {
        return new ModelsLabProviderFactory().create(ProviderConfig.of(TestProviders.settings(neverFinishing)));
    }

    @Override
    protected long requestsSent() {
        return server.requestCount();
    }

    @Override
    protected @Nullable ImageInput urlInput() {
        return ImageInput.url(server.inputUrl("sample.png"));
    }
}
