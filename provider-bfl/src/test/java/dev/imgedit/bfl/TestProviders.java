package dev.imgedit.bfl;

import dev.imgedit.ImageEditProvider;
import dev.imgedit.bfl.testserver.BflTestServer;
import dev.imgedit.bfl.testserver.BflTestSettings;
import dev.imgedit.spi.ProviderConfig;
import java.util.Map;

/** Settings and providers pointed at a test server, with waits short enough for tests. */
final class TestProviders {
    private TestProviders() {}

    static Map<String, String> settings(BflTestServer server) {
        return BflTestSettings.pointedAt(server.apiKey(), server.baseUrl());
    }

    static ImageEditProvider open(BflTestServer server) {
        return open(server, Map.of());
    }

    static ImageEditProvider open(BflTestServer server, Map<String, String> overrides) {
        Map<String, String> settings = settings(server);
        settings.putAll(overrides);
        return new BflProviderFactory().create(ProviderConfig.of(settings));
    }
}
