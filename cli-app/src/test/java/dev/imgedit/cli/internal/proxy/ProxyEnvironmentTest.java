package dev.imgedit.cli.internal.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProxyEnvironmentTest {
    @Test
    void theProxiesAndTheirCredentialsAreReadAsCurlReadsThem() {
        ProxyEnvironment proxies = ProxyEnvironment.from(Map.of(
                "HTTPS_PROXY", "http://alice:p%40ss@proxy.example.com:3128",
                "http_proxy", "proxy.example.com:8080"));

        assertThat(proxies.https().host()).isEqualTo("proxy.example.com");
        assertThat(proxies.https().port()).isEqualTo(3128);
        assertThat(proxies.https().user()).isEqualTo("alice");
        assertThat(proxies.https().password().reveal()).isEqualTo("p@ss");
        assertThat(proxies.http().port()).isEqualTo(8080);
        assertThat(proxies.http().user()).isNull();
        assertThat(proxies.proxyFor(URI.create("https://modelslab.com/api"))).isEqualTo(proxies.https());
        assertThat(proxies.proxyFor(URI.create("http://example.com/a.png"))).isEqualTo(proxies.http());
    }

    @Test
    void theLowerCaseVariableWins() {
        ProxyEnvironment proxies = ProxyEnvironment.from(Map.of("HTTPS_PROXY", "http://upper:1",
                "https_proxy", "http://lower:2"));
        assertThat(proxies.https().host()).isEqualTo("lower");
        assertThat(proxies.https().variable()).isEqualTo("https_proxy");
    }

    @Test
    void noProxyAndLoopbackGoDirect() {
        ProxyEnvironment proxies = ProxyEnvironment.from(Map.of("HTTPS_PROXY", "http://proxy:3128",
                "NO_PROXY", "internal.example.com, .corp.example:443,*.lan"));

        assertThat(proxies.proxyFor(URI.create("https://internal.example.com/x"))).isNull();
        assertThat(proxies.proxyFor(URI.create("https://api.internal.example.com/x"))).isNull();
        assertThat(proxies.proxyFor(URI.create("https://build.corp.example/x"))).isNull();
        assertThat(proxies.proxyFor(URI.create("https://printer.lan/x"))).isNull();
        assertThat(proxies.proxyFor(URI.create("https://notinternal.example.com/x"))).isNotNull();
        for (String loopback : new String[] {"https://localhost:8443/", "https://127.0.0.1/", "https://[::1]:9/",
            "https://app.localhost/"}) {
            assertThat(proxies.proxyFor(URI.create(loopback))).as(loopback).isNull();
        }
        assertThat(ProxyEnvironment.from(Map.of("HTTPS_PROXY", "http://proxy:3128", "no_proxy", "*"))
                .proxyFor(URI.create("https://modelslab.com"))).isNull();
    }

    @Test
    void thePasswordIsNeverShown() {
        ProxyEnvironment proxies = ProxyEnvironment.from(Map.of("HTTPS_PROXY", "http://alice:hunter2@proxy:3128"));

        assertThat(proxies.https().toString()).isEqualTo("http://alice:****@proxy:3128").doesNotContain("hunter2");
        assertThat(proxies.describe()).contains("HTTPS_PROXY").doesNotContain("hunter2");
        assertThat(proxies.toString()).doesNotContain("hunter2");
    }

    @Test
    void whatJavaCannotUseIsRefusedNamingTheVariable() {
        assertThatThrownBy(() -> ProxyEnvironment.from(Map.of("HTTPS_PROXY", "socks5://proxy:1080")))
                .hasMessageContaining("HTTPS_PROXY uses socks5://").hasMessageContaining("http://HOST:PORT");
        assertThatThrownBy(() -> ProxyEnvironment.from(Map.of("HTTP_PROXY", "http://exa mple:1")))
                .hasMessageContaining("HTTP_PROXY is not a proxy URL");
        assertThat(ProxyEnvironment.from(Map.of()).isEmpty()).isTrue();
    }
}
