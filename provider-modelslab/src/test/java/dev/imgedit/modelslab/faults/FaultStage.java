package dev.imgedit.modelslab.faults;

import dev.imgedit.EditRequest;
import dev.imgedit.ImageInput;
import dev.imgedit.modelslab.ModelsLabSettings;
import dev.imgedit.modelslab.testserver.BlockedPort;
import dev.imgedit.modelslab.testserver.Endpoint;
import dev.imgedit.modelslab.testserver.FaultProxy;
import dev.imgedit.modelslab.testserver.ModelsLabTestServer;
import dev.imgedit.testkit.TestImages;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where a fault row runs: a {@link ModelsLabTestServer} behind a {@link FaultProxy}, and the base URL a provider
 * (or the CLI) is pointed at: the proxy's, unless a row points it at a port that refuses or never accepts.
 */
public final class FaultStage implements AutoCloseable {
    /** The prompt every row edits with. */
    public static final String PROMPT = "It's now snowing, everything is covered in snow";

    private final ModelsLabTestServer server;
    private final FaultProxy proxy;
    private URI baseUrl;
    private @Nullable BlockedPort blocked;

    private FaultStage() {
        server = ModelsLabTestServer.start();
        proxy = FaultProxy.inFrontOf(server);
        baseUrl = proxy.baseUrl();
    }

    public static FaultStage start() {
        return new FaultStage();
    }

    public ModelsLabTestServer server() {
        return server;
    }

    public FaultProxy proxy() {
        return proxy;
    }

    /** What {@code MODELSLAB_BASE_URL} must be. */
    public URI baseUrl() {
        return baseUrl;
    }

    /** Points the base URL at a port nothing listens on. */
    public void refuseConnections() {
        baseUrl = BlockedPort.refusingUrl();
    }

    /** Points the base URL at a port that never accepts, so connections time out. */
    public void blockConnections() {
        blocked = BlockedPort.blocked();
        baseUrl = blocked.baseUrl();
    }

    /** Whether the base URL still refuses connections. */
    public boolean stillRefuses() {
        return BlockedPort.refuses(baseUrl);
    }

    /** Whether the base URL's port still makes connections wait. */
    public boolean stillBlocks() {
        return blocked != null && blocked.stillBlocks();
    }

    /** Submits that reached the stage (the proxy sees every one, broken or not). */
    public long submits() {
        return proxy.count(Endpoint.SUBMIT);
    }

    /** The image URL a {@link FaultCase.Input#URL} row edits. */
    public String inputUrl() {
        return server.inputUrl("cabin.png");
    }

    /**
     * The provider settings (environment variables) for {@code row}: the stage's key and base URL, waits short
     * enough that a run with the real clock (the CLI) takes a second or two, then the row's own settings.
     */
    public Map<String, String> settings(FaultCase row) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(ModelsLabSettings.API_KEY, server.apiKey());
        settings.put(ModelsLabSettings.BASE_URL, baseUrl.toString());
        settings.put(ModelsLabSettings.POLL_MIN_INTERVAL, "10ms");
        settings.put(ModelsLabSettings.POLL_MAX_INTERVAL, "50ms");
        settings.put(ModelsLabSettings.CONNECT_TIMEOUT, "1s");
        settings.put(ModelsLabSettings.READ_TIMEOUT, "3s");
        settings.put(ModelsLabSettings.MAX_RETRY_WAIT, "100ms");
        settings.put(ModelsLabSettings.MAX_DOWNLOAD_BYTES, "1MB");
        settings.putAll(row.settings());
        return settings;
    }

    /** The edit a library run makes for {@code row}; a CLI run writes the same image to a file. */
    public EditRequest request(FaultCase row) {
        ImageInput input = row.input() == FaultCase.Input.FILE
                ? ImageInput.bytes(TestImages.png(64, 48))
                : ImageInput.url(inputUrl());
        return EditRequest.builder(input, PROMPT).build();
    }

    @Override
    public void close() {
        proxy.close();
        server.close();
        if (blocked != null) {
            blocked.close();
        }
    }
}
