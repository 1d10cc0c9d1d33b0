package dev.imgedit.modelslab.faults;

import dev.imgedit.modelslab.ModelsLabSettings;
import dev.imgedit.modelslab.testserver.ModelsLabEndpoints;
import dev.imgedit.modelslab.testserver.ModelsLabTestServer;
import dev.imgedit.modelslab.testserver.ModelsLabTestSettings;
import dev.imgedit.testkit.faults.FaultStage;
import java.net.URI;
import java.util.Map;

/** Where a ModelsLab fault row runs: a {@link ModelsLabTestServer} behind the test kit's fault proxy. */
public final class ModelsLabFaultStage extends FaultStage<ModelsLabTestServer> {

    private ModelsLabFaultStage() {
        super(ModelsLabTestServer.start(), ModelsLabEndpoints.SUBMIT);
    }

    public static ModelsLabFaultStage start() {
        return new ModelsLabFaultStage();
    }

    /**
     * The tests' settings, with retry waits short enough for a run on the real clock (a command line's), and a
     * download cap the oversized outputs of the matrix exceed.
     */
    @Override
    protected Map<String, String> providerSettings(URI baseUrl) {
        Map<String, String> settings = ModelsLabTestSettings.pointedAt(server().apiKey(), baseUrl);
        settings.put(ModelsLabSettings.MAX_RETRY_WAIT, "100ms");
        settings.put(ModelsLabSettings.MAX_DOWNLOAD_BYTES, "1MB");
        return settings;
    }
}
