package dev.imgedit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgedit.cli.proxy.RecordingProxy;
import dev.imgedit.cli.proxy.TlsFront;
import dev.imgedit.modelslab.testserver.ModelsLabTestServer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS_PROXY, NO_PROXY and loopback, with the real distribution, a real proxy process of the test's (it wants a
 * password and logs what passes, as a corporate one) and ModelsLab's protocol over HTTPS behind it, at a host name
 * only the proxy knows.
 */
class ProxyIT {
    private static final String HOST = "modelslab.test";
    private static final String PASSWORD = "s3cret pass!";

    @TempDir
    Path directory;

    private ModelsLabTestServer server;
    private TlsFront front;
    private RecordingProxy proxy;
    private Path work;
    private Path captures;

    @BeforeEach
    void start() throws Exception {
        server = ModelsLabTestServer.start();
        server.advertise(URI.create("https://" + HOST + ":8443"));
        front = new TlsFront(HOST, server.baseUrl().getPort(), Files.createDirectories(directory.resolve("tls")));
        proxy = new RecordingProxy(Map.of(HOST, front.port()), "alice", PASSWORD);
        work = Files.createDirectories(directory.resolve("work"));
        captures = Files.createDirectories(directory.resolve("captures"));
        TestImages.png(work.resolve("photo.png"), 64, 48);
    }

    @AfterEach
    void stop() throws Exception {
        proxy.close();
        front.close();
        server.close();
    }

    @Test
    void anEditGoesThroughTheProxyWithItsPasswordWhichIsNeverPrinted() throws Exception {
        String run = edit(environment(Map.of("HTTPS_PROXY", proxyUrl(true))), 0);

        assertThat(work.resolve("photo.edited.png")).isNotEmptyFile();
        assertThat(proxy.tunnels()).as("tunnels opened").isPositive();
        assertThat(proxy.log()).contains("CONNECT " + HOST + ":8443").doesNotContain(server.apiKey());
        assertThat(server.submitCount()).isOne();
        assertThat(run).doesNotContain("s3cret").doesNotContain("s3cret%20pass").doesNotContain(server.apiKey());
    }

    @Test
    void noProxyNamesHostsReachedDirectly() throws Exception {
        String run = edit(environment(Map.of("HTTPS_PROXY", proxyUrl(true), "NO_PROXY", "localhost,." + HOST)), 8);

        assertThat(proxy.tunnels()).as("tunnels opened").isZero();
        assertThat(run).contains(HOST);
    }

    @Test
    void loopbackIsAlwaysReachedDirectly() throws Exception {
        Map<String, String> environment = environment(Map.of("HTTPS_PROXY", proxyUrl(true), "HTTP_PROXY",
                proxyUrl(true)));
        server.advertise(server.baseUrl());
        environment.put("MODELSLAB_BASE_URL", server.baseUrl().toString());

        edit(environment, 0);

        assertThat(proxy.log()).isEmpty();
        assertThat(server.submitCount()).isOne();
    }

    @Test
    void aProxyThatWantsAPasswordAndGetsNoneIsAFailureThatSaysSo() throws Exception {
        String run = edit(environment(Map.of("HTTPS_PROXY", proxyUrl(false))), 8);

        assertThat(run).contains("407", "check the proxy");
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void aProxyUrlJavaCannotUseIsRefusedBeforeAnything() throws Exception {
        String run = edit(environment(Map.of("HTTPS_PROXY", "socks5://127.0.0.1:" + proxy.port())), 2);

        assertThat(run).contains("HTTPS_PROXY uses socks5://");
        assertThat(proxy.log()).isEmpty();
    }

    private Map<String, String> environment(Map<String, String> proxies) {
        Map<String, String> environment = new HashMap<>(proxies);
        environment.put("IMGEDIT_PROVIDER", "modelslab");
        environment.put("MODELSLAB_API_KEY", server.apiKey());
        environment.put("MODELSLAB_BASE_URL", "https://" + HOST + ":8443");
        environment.put("MODELSLAB_POLL_MIN_INTERVAL", "20ms");
        environment.put("MODELSLAB_POLL_MAX_INTERVAL", "100ms");
        environment.put("MODELSLAB_MAX_RETRIES", "0");
        environment.put("IMGEDIT_JAVA_OPTS", "-Djavax.net.ssl.trustStore=" + front.trustStore()
                + " -Djavax.net.ssl.trustStorePassword=" + TlsFront.trustStorePassword());
        return environment;
    }

    private String proxyUrl(boolean withPassword) {
        return "http://" + (withPassword ? "alice:s3cret%20pass%21@" : "") + "127.0.0.1:" + proxy.port();
    }

    /** Runs an edit and checks its exit code; returns everything it printed. */
    private String edit(Map<String, String> environment, int expectedExit) throws Exception {
        try (DistributionProcess run = DistributionProcess.start(work, captures, environment, "edit", "-i",
                "photo.png", "-p", "make it snow")) {
            Integer exit = run.awaitExit(Duration.ofSeconds(60));
            assertThat(exit).as(run.toString()).isEqualTo(expectedExit);
            return run.out() + run.err();
        }
    }
}
