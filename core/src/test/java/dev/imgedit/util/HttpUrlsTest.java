package dev.imgedit.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgedit.exception.InvalidRequestException;
import java.net.URI;
import org.junit.jupiter.api.Test;

class HttpUrlsTest {
    @Test
    void onlyAbsoluteHttpUrlsWithAHostPass() {
        assertThat(HttpUrls.isHttp("https://example.test/a.png")).isTrue();
        assertThat(HttpUrls.isHttp("HTTP://example.test")).isTrue();
        assertThat(HttpUrls.isHttp("ftp://example.test/a.png")).isFalse();
        assertThat(HttpUrls.isHttp("http:///a.png")).isFalse();
        assertThat(HttpUrls.isHttp("/tmp/a.png")).isFalse();
        assertThat(HttpUrls.isHttp("http://exa mple.test")).isFalse();
    }

    @Test
    void aRefusedUrlIsShownWithoutUserInformationOrQuery() {
        assertThatThrownBy(() -> HttpUrls.parse("image URL", "https://user:pw@exa mple.test/a.png?sig=SECRET"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("'https://exa mple.test/a.png?...'")
                .hasMessageNotContaining("pw").hasMessageNotContaining("SECRET");
        assertThatThrownBy(() -> HttpUrls.require("image URL", URI.create("ftp://user:pw@example.test/a?sig=SECRET")))
                .hasMessageContaining("'ftp://example.test/a?...'").hasMessageNotContaining("SECRET");
        assertThatThrownBy(() -> HttpUrls.requireBaseUrl("MODELSLAB_BASE_URL",
                URI.create("https://user:pw@example.test/api")))
                .hasMessageContaining("user info").hasMessageNotContaining("pw");
        assertThat(HttpUrls.shownText("http://a@b:c@host/x@y")).isEqualTo("http://host/x@y");
        assertThat(HttpUrls.shownText("not a url#frag")).isEqualTo("not a url?...");
    }

    @Test
    void aMalformedUrlIsRefusedWithTheFix() {
        assertThatThrownBy(() -> HttpUrls.parse("MODELSLAB_BASE_URL", "not a url"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith("malformed MODELSLAB_BASE_URL 'not a url': Illegal character")
                .hasMessageEndingWith("give an absolute http or https URL, such as https://example.com/image.png");
    }

    @Test
    void aRefusalNamesTheValueAndWhatIsWrong() {
        assertThatThrownBy(() -> HttpUrls.parse("MODELSLAB_BASE_URL", "ftp://example.test"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("MODELSLAB_BASE_URL").hasMessageContaining("not ftp");
        assertThatThrownBy(() -> HttpUrls.require("image URL", URI.create("file:/tmp/a.png")))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("image URL");
    }

    @Test
    void loopbackIsToldWithoutALookUp() {
        for (String url : new String[] {"http://localhost:8080/", "http://127.0.0.1/", "http://127.255.0.9/",
            "http://[::1]:9/", "http://app.localhost/"}) {
            assertThat(HttpUrls.isLoopback(URI.create(url))).as(url).isTrue();
        }
        for (String url : new String[] {"http://127.0.0.1.example.com/", "http://10.0.0.1/", "http://128.0.0.1/",
            "http://localhost.example.com/"}) {
            assertThat(HttpUrls.isLoopback(URI.create(url))).as(url).isFalse();
        }
    }

    @Test
    void aBaseUrlIsHttpsOrLoopbackWithoutQueryAndWithoutTrailingSlashes() {
        assertThat(HttpUrls.requireBaseUrl("X_BASE_URL", URI.create("https://api.example.com/v1//")))
                .hasToString("https://api.example.com/v1");
        assertThat(HttpUrls.requireBaseUrl("X_BASE_URL", URI.create("http://127.0.0.1:8080")))
                .hasToString("http://127.0.0.1:8080");
        assertThatThrownBy(() -> HttpUrls.requireBaseUrl("X_BASE_URL", URI.create("http://api.example.com")))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("unencrypted");
        assertThatThrownBy(() -> HttpUrls.requireBaseUrl("X_BASE_URL", URI.create("https://u:p@api.example.com")))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("user info");
    }

    @Test
    void originsCompareWithDefaultPortsAndUrlsAreShownWithoutCredentials() {
        assertThat(HttpUrls.sameOrigin(URI.create("https://a.example/x"), URI.create("https://A.example:443")))
                .isTrue();
        assertThat(HttpUrls.sameOrigin(URI.create("http://a.example/x"), URI.create("https://a.example"))).isFalse();
        assertThat(HttpUrls.shown(URI.create("https://u:secret@cdn.example/a.png?sig=x")))
                .isEqualTo("https://cdn.example/a.png?...");
    }
}
