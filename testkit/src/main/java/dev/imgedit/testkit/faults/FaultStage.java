package dev.imgedit.testkit.faults;

import dev.imgedit.EditRequest;
import dev.imgedit.ImageInput;
import dev.imgedit.testkit.TestImages;
import dev.imgedit.testkit.http.BlockedPort;
import dev.imgedit.testkit.http.Endpoint;
import dev.imgedit.testkit.http.FaultProxy;
import dev.imgedit.testkit.http.LoopbackServer;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where a fault row runs: a provider's {@link LoopbackServer} behind a {@link FaultProxy}, and the base URL the
 * provider (or a command line) is pointed at: the proxy's, unless a row points it at a port that refuses or never
 * accepts. A provider's stage starts its server and says which settings point the provider at a base URL.
 *
 * @param <S> the provider's test server
 */
public abstract class FaultStage<S extends LoopbackServer> implements AutoCloseable {
    /** The prompt every row edits with. */
    public static final String PROMPT = "It's now snowing, everything is covered in snow";

    private final S server;
    private final FaultProxy proxy;
    private final Endpoint submit;
    private URI baseUrl;
    private @Nullable BlockedPort blocked;

    /**
     * @param server the provider's test server, started
     * @param submit the paid call, whose requests {@link #submits()} counts
     */
    protected FaultStage(S server, Endpoint submit) {
        this.server = server;
        this.submit = submit;
        proxy = FaultProxy.inFrontOf(server);
        baseUrl = proxy.baseUrl();
    }

    public S server() {
        return server;
    }

    public FaultProxy proxy() {
        return proxy;
    }

    /** The base URL the provider is pointed at. */
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
        return proxy.count(submit);
    }

    /** The image URL a {@link FaultCase.Input#URL} row edits. */
    public String inputUrl() {
        return server.inputUrl("cabin.png");
    }

    /** The provider settings (environment variables) for {@code row}: the stage's, then the row's own. */
    public Map<String, String> settings(FaultCase<?, ?> row) {
        Map<String, String> settings = new LinkedHashMap<>(providerSettings(baseUrl));
        settings.putAll(row.settings());
        return settings;
    }

    /** The edit a library run makes for {@code row}; a command-line run edits the same image from a file. */
    public EditRequest request(FaultCase<?, ?> row) {
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

    /**
     * The settings that point the provider at {@code baseUrl} with the server's key, and make its waits short enough
     * that a run with the real clock (a command line's) takes a second or two.
     */
    protected abstract Map<String, String> providerSettings(URI baseUrl);
}
