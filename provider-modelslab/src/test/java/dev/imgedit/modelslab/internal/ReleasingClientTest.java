package dev.imgedit.modelslab.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgedit.modelslab.testserver.ModelsLabTestServer;
import dev.imgedit.testkit.http.FaultProxy;
import feign.Request;
import feign.Response;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client's connections, counted at a pass-through proxy: kept alive while open, all closed by close(). */
class ReleasingClientTest {
    private static final Request.Options OPTIONS =
            new Request.Options(1, TimeUnit.SECONDS, 2, TimeUnit.SECONDS, false);
    private static final Duration PATIENCE = Duration.ofSeconds(2);

    private ModelsLabTestServer server;
    private FaultProxy proxy;
    private ReleasingClient client;

    @BeforeEach
    void start() {
        server = ModelsLabTestServer.start();
        proxy = FaultProxy.inFrontOf(server);
        client = new ReleasingClient();
    }

    @AfterEach
    void stop() {
        client.close();
        proxy.close();
        server.close();
    }

    private Response get() throws Exception {
        return client.execute(Request.create(Request.HttpMethod.GET, proxy.baseUrl() + "/inputs/a.png", Map.of(),
                Request.Body.empty(), null), OPTIONS);
    }

    private static void readAll(Response response) throws Exception {
        try (response; InputStream body = response.body().asInputStream()) {
            body.readAllBytes();
        }
    }

    @Test
    void aConnectionIsKeptAliveBetweenExchangesAndClosedByClose() throws Exception {
        readAll(get());
        readAll(get());
        readAll(get());

        assertThat(proxy.acceptedConnections()).as("one connection, reused").isOne();
        assertThat(proxy.openConnections()).isOne();
        client.close();
        assertThat(proxy.awaitOpenConnectionsAtMost(0, PATIENCE)).isTrue();
    }

    @Test
    void anExchangeInFlightAtCloseHasItsConnectionClosedWhenItEnds() throws Exception {
        Response inFlight = get();
        client.close();
        assertThat(client.inFlight()).isOne();

        readAll(inFlight);

        assertThat(client.inFlight()).isZero();
        assertThat(proxy.awaitOpenConnectionsAtMost(0, PATIENCE)).isTrue();
    }

    @Test
    void nothingIsSentAfterClose() throws Exception {
        client.close();

        assertThatThrownBy(this::get).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThat(proxy.requests()).isEmpty();
        assertThat(proxy.acceptedConnections()).isZero();
    }

    @Test
    void aSmallBodyLeftUnreadIsFinishedSoThatCloseReachesItsConnection() throws Exception {
        try (Response response = get()) {
            assertThat(response.status()).isEqualTo(200);
        }

        assertThat(client.inFlight()).isZero();
        assertThat(proxy.openConnections()).as("kept alive").isOne();
        client.close();
        assertThat(proxy.awaitOpenConnectionsAtMost(0, PATIENCE)).isTrue();
        assertThat(proxy.requests()).extracting(request -> request.path()).isEqualTo(List.of("/inputs/a.png"));
    }
}
