package dev.imgedit.bfl.faults;

import dev.imgedit.EditRequest;
import dev.imgedit.ImageInput;
import dev.imgedit.bfl.BflProviderFactory;
import dev.imgedit.bfl.testserver.BflTestServer;
import dev.imgedit.testkit.TestImages;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where a fault row runs: a {@link BflTestServer} behind a {@link FaultProxy}, and the base URL a provider (or the
 * CLI) is pointed at: the proxy's, unless the row points it at a port that refuses or never accepts.
 */
public final class FaultStage implements AutoCloseable {
    /** The prompt every row edits with. */
    public static final String PROMPT = "It's now snowing, everything is covered in snow";

    private final BflTestServer server;
    private final FaultProxy proxy;
    private URI baseUrl;
    private @Nullable DeadPorts silent;

    private FaultStage() {
        server = BflTestServer.start();
        proxy = FaultProxy.inFrontOf(server);
        baseUrl = proxy.baseUrl();
    }

    public static FaultStage start() {
        return new FaultStage();
    }

    public BflTestServer server() {
        return server;
    }

    public FaultProxy proxy() {
        return proxy;
    }

    /** Points the base URL at a port nothing listens on. */
    void refuseConnections() {
        baseUrl = DeadPorts.refusing();
    }

    /** Points the base URL at a port that never accepts, so connections time out. */
    void silenceConnections() {
        silent = DeadPorts.silent();
        baseUrl = silent.baseUrl();
    }

    boolean stillRefuses() {
        return DeadPorts.refuses(baseUrl);
    }

    boolean stillSilent() {
        return silent != null && silent.stillSilent();
    }

    /** How many submits reached the proxy, broken ones included. */
    public long submits() {
        return proxy.count(Endpoint.SUBMIT);
    }

    /** The image URL a {@link FaultCase#urlInput()} row edits. */
    public String inputUrl() {
        return server.inputUrl("cabin.png");
    }

    /**
     * The provider settings (environment variables) for {@code row}: the stage's key and base URL, waits short enough
     * that a run with the real clock (the CLI's) takes a second or two, then the row's own.
     */
    public Map<String, String> settings(FaultCase row) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(BflProviderFactory.API_KEY, server.apiKey());
        settings.put(BflProviderFactory.BASE_URL, baseUrl.toString());
        settings.put(BflProviderFactory.POLL_MIN_INTERVAL, "10ms");
        settings.put(BflProviderFactory.POLL_MAX_INTERVAL, "50ms");
        settings.put(BflProviderFactory.CONNECT_TIMEOUT, "1s");
        settings.put(BflProviderFactory.READ_TIMEOUT, "3s");
        settings.put(BflProviderFactory.MAX_RETRY_WAIT, "100ms");
        settings.put(BflProviderFactory.MAX_DOWNLOAD_BYTES, "1048576");
        settings.putAll(row.settings());
        return settings;
    }

    /** The edit a library run makes for {@code row}; a CLI run edits the same image from a file. */
    public EditRequest request(FaultCase row) {
        ImageInput input = row.urlInput() ? ImageInput.url(inputUrl()) : ImageInput.bytes(TestImages.png(64, 48));
        return EditRequest.builder(input, PROMPT).build();
    }

    @Override
    public void close() {
        proxy.close();
        server.close();
        if (silent != null) {
            silent.close();
        }
    }
}
