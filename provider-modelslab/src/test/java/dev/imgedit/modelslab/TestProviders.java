package dev.imgedit.modelslab;

import dev.imgedit.modelslab.internal.ModelsLabProvider;
import dev.imgedit.modelslab.internal.retry.Timing;
import dev.imgedit.modelslab.testserver.ModelsLabTestServer;
import dev.imgedit.spi.ProviderConfig;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** Opens providers against a test server, with poll waits short enough for tests. */
public final class TestProviders {
    private TestProviders() {}

    static Map<String, String> settings(ModelsLabTestServer server) {
        return settings(server.apiKey(), server.baseUrl());
    }

    /** The settings of a provider that sends {@code apiKey} to {@code baseUrl} and polls often. */
    public static Map<String, String> settings(String apiKey, URI baseUrl) {
        Map<String, String> settings = new HashMap<>();
        settings.put(ModelsLabSettings.API_KEY, apiKey);
        settings.put(ModelsLabSettings.BASE_URL, baseUrl.toString());
        settings.put(ModelsLabSettings.POLL_MIN_INTERVAL, "10ms");
        settings.put(ModelsLabSettings.POLL_MAX_INTERVAL, "50ms");
        settings.put(ModelsLabSettings.CONNECT_TIMEOUT, "2s");
        settings.put(ModelsLabSettings.READ_TIMEOUT, "5s");
        return settings;
    }

    static ModelsLabProvider open(ModelsLabTestServer server, Timing timing) {
        return open(server, timing, Map.of());
    }

    static ModelsLabProvider open(ModelsLabTestServer server, Timing timing, Map<String, String> overrides) {
        Map<String, String> settings = settings(server);
        settings.putAll(overrides);
        return open(ProviderConfig.of(settings), timing);
    }

    /** As {@link ModelsLabProviderFactory#create(ProviderConfig)} does, on {@code timing}. */
    static ModelsLabProvider open(ProviderConfig config, Timing timing) {
        ModelsLabSettings settings = ModelsLabSettings.fromConfig(config);
        return new ModelsLabProvider(ModelsLabProviderFactory.infoWithDefault(settings.modelId()), settings, timing);
    }
}
