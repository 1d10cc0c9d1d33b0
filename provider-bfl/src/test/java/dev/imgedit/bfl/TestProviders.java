package dev.imgedit.bfl;

import dev.imgedit.ImageEditProvider;
import dev.imgedit.bfl.testserver.BflTestServer;
import dev.imgedit.spi.ProviderConfig;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** Settings and providers pointed at a test server, with waits short enough for tests. */
public final class TestProviders {
    private TestProviders() {}

    static Map<String, String> settings(BflTestServer server) {
        return settings(server.apiKey(), server.baseUrl());
    }

    /** The settings of a provider that sends {@code apiKey} to {@code baseUrl} and waits little. */
    public static Map<String, String> settings(String apiKey, URI baseUrl) {
        Map<String, String> settings = new HashMap<>();
        settings.put(BflProviderFactory.API_KEY, apiKey);
        settings.put(BflProviderFactory.BASE_URL, baseUrl.toString());
        settings.put(BflProviderFactory.POLL_MIN_INTERVAL, "5ms");
        settings.put(BflProviderFactory.POLL_MAX_INTERVAL, "20ms");
        settings.put(BflProviderFactory.CONNECT_TIMEOUT, "2s");
        settings.put(BflProviderFactory.READ_TIMEOUT, "5s");
        settings.put(BflProviderFactory.MAX_RETRY_WAIT, "50ms");
        return settings;
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
