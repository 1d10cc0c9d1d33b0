package dev.imgedit.modelslab;

import dev.imgedit.modelslab.internal.ModelsLabProvider;
import dev.imgedit.modelslab.internal.retry.Timing;
import dev.imgedit.modelslab.testserver.ModelsLabTestServer;
import dev.imgedit.modelslab.testserver.ModelsLabTestSettings;
import dev.imgedit.spi.ProviderConfig;
import java.util.Map;

/** Opens providers against a test server, with poll waits short enough for tests. */
final class TestProviders {
    private TestProviders() {}

    static Map<String, String> settings(ModelsLabTestServer server) {
        return ModelsLabTestSettings.pointedAt(server.apiKey(), server.baseUrl());
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
