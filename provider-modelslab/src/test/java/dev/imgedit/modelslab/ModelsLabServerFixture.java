package dev.imgedit.modelslab;

import dev.imgedit.EditRequest;
import dev.imgedit.ImageInput;
import dev.imgedit.modelslab.internal.ModelsLabProvider;
import dev.imgedit.modelslab.testserver.ModelsLabTestServer;
import dev.imgedit.testkit.TestImages;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the provider's protocol tests start from: for each test, a fresh {@link ModelsLabTestServer}, a
 * {@link FakeTiming} clock, and a provider opened against both with {@link TestProviders#settings} plus the
 * subclass's own settings; all closed after the test.
 */
abstract class ModelsLabServerFixture {
    private final Map<String, String> settings;

    ModelsLabTestServer server;
    FakeTiming timing;
    ModelsLabProvider provider;

    /** With the settings of {@link TestProviders#settings} alone. */
    ModelsLabServerFixture() {
        this(Map.of());
    }

    /** @param settings settings to add to, or replace in, those of {@link TestProviders#settings} */
    ModelsLabServerFixture(Map<String, String> settings) {
        this.settings = Map.copyOf(settings);
    }

    @BeforeEach
    void startServerAndProvider() {
        server = ModelsLabTestServer.start();
        timing = new FakeTiming();
        provider = TestProviders.open(server, timing, settings);
    }

    @AfterEach
    void closeProviderAndServer() {
        provider.close();
        server.close();
    }

    /**
     * Closes the provider and opens another on the same server and clock with {@code settings} instead of the
     * subclass's own.
     */
    void reopen(Map<String, String> settings) {
        provider.close();
        provider = TestProviders.open(server, timing, settings);
    }

    /** A PNG of 64 x 48 to make snowy. */
    static EditRequest request() {
        return EditRequest.builder(ImageInput.bytes(TestImages.png(64, 48)), "make it snow").build();
    }
}
