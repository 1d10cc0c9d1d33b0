package dev.imgedit.bfl;

import dev.imgedit.EditRequest;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.ImageInput;
import dev.imgedit.bfl.testserver.BflTestServer;
import dev.imgedit.testkit.TestImages;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh {@link BflTestServer} and a provider pointed at it for each test, both closed after it. */
abstract class BflServerFixture {
    BflTestServer server;
    ImageEditProvider provider;

    @BeforeEach
    void startServerAndProvider() {
        server = BflTestServer.start();
        provider = TestProviders.open(server);
    }

    @AfterEach
    void closeProviderAndServer() {
        provider.close();
        server.close();
    }

    /** Closes the provider and opens another on the same server with {@code overrides} on the test settings. */
    void reopen(Map<String, String> overrides) {
        provider.close();
        provider = TestProviders.open(server, overrides);
    }

    /** A 64 x 48 PNG to make snowy. */
    static EditRequest.Builder request() {
        return EditRequest.builder(ImageInput.bytes(TestImages.png(64, 48)), "make it snow");
    }
}
