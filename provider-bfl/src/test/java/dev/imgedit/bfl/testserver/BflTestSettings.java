package dev.imgedit.bfl.testserver;

import dev.imgedit.bfl.BflProviderFactory;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * The settings the tests give a provider pointed at a test server. Here, beside the server, rather than with the tests
 * that open providers, so that the fault stage uses them too without a package cycle.
 */
public final class BflTestSettings {
    private BflTestSettings() {}

    /** The settings of a provider that sends {@code apiKey} to {@code baseUrl} and waits little. */
    public static Map<String, String> pointedAt(String apiKey, URI baseUrl) {
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
}
