package dev.imgedit.bfl.faults;

import dev.imgedit.bfl.BflProviderFactory;
import dev.imgedit.bfl.testserver.BflEndpoints;
import dev.imgedit.bfl.testserver.BflTestServer;
import dev.imgedit.testkit.faults.FaultStage;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/** Where a BFL fault row runs: a {@link BflTestServer} behind the test kit's fault proxy. */
public final class BflFaultStage extends FaultStage<BflTestServer> {

    private BflFaultStage() {
        super(BflTestServer.start(), BflEndpoints.SUBMIT);
    }

    public static BflFaultStage start() {
        return new BflFaultStage();
    }

    @Override
    protected Map<String, String> providerSettings(URI baseUrl) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(BflProviderFactory.API_KEY, server().apiKey());
        settings.put(BflProviderFactory.BASE_URL, baseUrl.toString());
        settings.put(BflProviderFactory.POLL_MIN_INTERVAL, "10ms");
        settings.put(BflProviderFactory.POLL_MAX_INTERVAL, "50ms");
        settings.put(BflProviderFactory.CONNECT_TIMEOUT, "1s");
        settings.put(BflProviderFactory.READ_TIMEOUT, "3s");
        settings.put(BflProviderFactory.MAX_RETRY_WAIT, "100ms");
        settings.put(BflProviderFactory.MAX_DOWNLOAD_BYTES, "1048576");
        return settings;
    }
}
