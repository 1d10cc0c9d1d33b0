package dev.imgedit.bfl.faults;

import dev.imgedit.bfl.BflProviderFactory;
import dev.imgedit.bfl.testserver.BflEndpoints;
import dev.imgedit.bfl.testserver.BflTestServer;
import dev.imgedit.bfl.testserver.BflTestSettings;
import dev.imgedit.testkit.faults.FaultStage;
import java.net.URI;
import java.util.Map;

/** Where a BFL fault row runs: a {@link BflTestServer} behind the test kit's fault proxy. */
public final class BflFaultStage extends FaultStage<BflTestServer> {

    private BflFaultStage() {
        super(BflTestServer.start(), BflEndpoints.SUBMIT);
    }

    public static BflFaultStage start() {
        return new BflFaultStage();
    }

    /** The tests' settings, with a download cap the oversized images of the matrix exceed. */
    @Override
    protected Map<String, String> providerSettings(URI baseUrl) {
        Map<String, String> settings = BflTestSettings.pointedAt(server().apiKey(), baseUrl);
        settings.put(BflProviderFactory.MAX_DOWNLOAD_BYTES, "1048576");
        return settings;
    }
}
