package dev.imgedit.bfl;

import dev.imgedit.ImageEditProvider;
import dev.imgedit.ImageInput;
import dev.imgedit.bfl.testserver.BflTestServer;
import dev.imgedit.bfl.testserver.TaskScript;
import dev.imgedit.testkit.ImageEditProviderContract;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/** The core contract, through the public factory, against the loopback BFL-compatible server. */
class BflProviderContractTest extends ImageEditProviderContract {
    private static BflTestServer server;
    private static BflTestServer queueing;
    private static BflTestServer neverReady;

    @BeforeAll
    static void startServers() {
        server = BflTestServer.start();
        queueing = BflTestServer.start().defaultScript(TaskScript.pendingThenReady(3));
        neverReady = BflTestServer.start().defaultScript(TaskScript.neverReady());
    }

    @AfterAll
    static void stopServers() {
        server.close();
        queueing.close();
        neverReady.close();
    }

    @AfterEach
    void forgetScripts() {
        server.reset();
    }

    @Override
    protected ImageEditProvider openProvider() {
        return TestProviders.open(server);
    }

    @Override
    protected @Nullable ImageEditProvider openProviderWhoseJobsQueue() {
        return TestProviders.open(queueing);
    }

    @Override
    protected @Nullable ImageEditProvider openProviderWhoseJobsNeverFinish() {
        return TestProviders.open(neverReady);
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
