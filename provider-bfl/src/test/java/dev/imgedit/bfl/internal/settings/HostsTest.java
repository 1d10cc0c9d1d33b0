package dev.imgedit.bfl.internal.settings;

import dev.imgedit.util.HttpUrls;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HostsTest {
    private static final Hosts GLOBAL = new Hosts(URI.create("https://api.bfl.ai"));
    private static final Hosts EU = new Hosts(URI.create("https://api.eu.bfl.ai"));
    private static final Hosts PROXY = new Hosts(URI.create("https://bfl-proxy.example.com:8443"));
    private static final Hosts LOOPBACK = new Hosts(URI.create("http://127.0.0.1:8080"));

    @ParameterizedTest
    @ValueSource(strings = {"https://api.bfl.ai/v1/get_result?id=1", "https://api.eu4.bfl.ai/v1/get_result?id=1",
        "https://api.us1.bfl.ai/v1/get_result?id=1", "https://API.EU.BFL.AI:443/v1/get_result?id=1"})
    void theGlobalHostSharesTheKeyWithEveryCluster(String url) {
        assertThat(GLOBAL.mayReceiveKey(URI.create(url))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://api.eu4.bfl.ai/v1/get_result", "https://api.eu4.bfl.ai:8443/v1/get_result",
        "https://api.bfl.ai.attacker.example/v1", "https://evil-api.bfl.ai/v1", "https://delivery.bfl.ai/x",
        "https://user@api.bfl.ai/v1", "https://bfl.ai/v1", "https://api.eu4.bfl.ai.example/v1"})
    void noOtherHostGetsTheKey(String url) {
        assertThat(GLOBAL.mayReceiveKey(URI.create(url))).isFalse();
    }

    @Test
    void aRegionSharesTheKeyWithItsOwnClustersOnly() {
        assertThat(EU.mayReceiveKey(URI.create("https://api.eu1.bfl.ai/v1/get_result"))).isTrue();
        assertThat(EU.mayReceiveKey(URI.create("https://api.eu.bfl.ai/v1/get_result"))).isTrue();
        assertThat(EU.mayReceiveKey(URI.create("https://api.us1.bfl.ai/v1/get_result"))).isFalse();
        assertThat(EU.mayReceiveKey(URI.create("https://api.bfl.ai/v1/get_result"))).isFalse();
    }

    @Test
    void anotherBaseUrlSharesTheKeyWithItsOwnOriginOnly() {
        assertThat(PROXY.mayReceiveKey(URI.create("https://bfl-proxy.example.com:8443/poll?id=1"))).isTrue();
        assertThat(PROXY.mayReceiveKey(URI.create("https://bfl-proxy.example.com/poll?id=1"))).isFalse();
        assertThat(PROXY.mayReceiveKey(URI.create("https://api.eu4.bfl.ai/v1/get_result"))).isFalse();
        assertThat(LOOPBACK.mayReceiveKey(URI.create("http://127.0.0.1:8080/cluster-1/v1/get_result"))).isTrue();
        assertThat(LOOPBACK.mayReceiveKey(URI.create("http://127.0.0.2:8080/v1/get_result"))).isFalse();
    }

    @Test
    void plainHttpDownloadsOnlyFromALoopbackTestServer() {
        assertThat(LOOPBACK.allowsLoopbackHttp()).isTrue();
        assertThat(GLOBAL.allowsLoopbackHttp()).isFalse();
        assertThat(HttpUrls.isLoopback(URI.create("http://localhost:1/"))).isTrue();
        assertThat(HttpUrls.isLoopback(URI.create("http://[::1]:1/"))).isTrue();
        assertThat(HttpUrls.isLoopback(URI.create("http://127.1.2.3/"))).isTrue();
        assertThat(HttpUrls.isLoopback(URI.create("http://127.0.0.1.example.com/"))).isFalse();
        assertThat(HttpUrls.isLoopback(URI.create("http://128.0.0.1/"))).isFalse();
    }
}
