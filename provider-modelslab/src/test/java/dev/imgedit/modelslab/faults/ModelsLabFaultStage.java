package dev.imgedit.modelslab.faults;

import dev.imgedit.modelslab.ModelsLabSettings;
import dev.imgedit.modelslab.testserver.ModelsLabEndpoints;
import dev.imgedit.modelslab.testserver.ModelsLabTestServer;
import dev.imgedit.testkit.faults.FaultStage;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/** Where a ModelsLab fault row runs: a {@link ModelsLabTestServer} behind the test kit's fault proxy. */
public final class ModelsLabFaultStage extends FaultStage<ModelsLabTestServer> {

    private ModelsLabFaultStage() {
        super(ModelsLabTestServer.start(), ModelsLabEndpoints.SUBMIT);
    }

    public static ModelsLabFaultStage start() {
        return new ModelsLabFaultStage();
    }

    @Override
    protected Map<String, String> providerSettings(URI baseUrl) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(ModelsLabSettings.API_KEY, server().apiKey());
        settings.put(ModelsLabSettings.BASE_URL, baseUrl.toString());
        settings.put(ModelsLabSettings.POLL_MIN_INTERVAL, "10ms");
        settings.put(ModelsLabSettings.POLL_MAX_INTERVAL, "50ms");
        settings.put(ModelsLabSettings.CONNECT_TIMEOUT, "1s");
        settings.put(ModelsLabSettings.READ_TIMEOUT, "3s");
        settings.put(ModelsLabSettings.MAX_RETRY_WAIT, "100ms");
        settings.put(ModelsLabSettings.MAX_DOWNLOAD_BYTES, "1MB");
        return settings;
    }
}
