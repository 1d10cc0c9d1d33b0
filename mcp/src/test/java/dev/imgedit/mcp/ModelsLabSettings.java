package dev.imgedit.mcp;

import dev.imgedit.modelslab.testserver.ModelsLabTestServer;
import java.util.Map;

/** The settings that point the ModelsLab provider at a loopback test server. */
final class ModelsLabSettings {
    private ModelsLabSettings() {}

    /** Its key and address, and a poll every {@code pollInterval} (such as {@code 5ms}). */
    static Map<String, String> of(ModelsLabTestServer server, String pollInterval) {
        return Map.of("MODELSLAB_API_KEY", server.apiKey(), "MODELSLAB_BASE_URL", server.baseUrl().toString(),
                "MODELSLAB_POLL_MIN_INTERVAL", pollInterval, "MODELSLAB_POLL_MAX_INTERVAL", pollInterval);
    }
}
