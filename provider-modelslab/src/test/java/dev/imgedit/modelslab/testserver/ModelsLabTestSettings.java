package dev.imgedit.modelslab.testserver;

import dev.imgedit.modelslab.ModelsLabSettings;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * The settings the tests give a provider pointed at a test server. Here, beside the server, rather than with the tests
 * that open providers, so that the fault stage uses them too without a package cycle.
 */
public final class ModelsLabTestSettings {
    private ModelsLabTestSettings() {}

    /** The settings of a provider that sends {@code apiKey} to {@code baseUrl} and polls often. */
    public static Map<String, String> pointedAt(String apiKey, URI baseUrl) {
        Map<String, String> settings = new HashMap<>();
        settings.put(ModelsLabSettings.API_KEY, apiKey);
        settings.put(ModelsLabSettings.BASE_URL, baseUrl.toString());
        settings.put(ModelsLabSettings.POLL_MIN_INTERVAL, "10ms");
        settings.put(ModelsLabSettings.POLL_MAX_INTERVAL, "50ms");
        settings.put(ModelsLabSettings.CONNECT_TIMEOUT, "2s");
        settings.put(ModelsLabSettings.READ_TIMEOUT, "5s");
        return settings;
    }
}
