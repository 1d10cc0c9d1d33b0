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
    void aRefusalNamesTheValueAndWhatIsWrong() {
        assertThatThrownBy(() -> HttpUrls.parse("MODELSLAB_BASE_URL", "ftp://example.test"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("MODELSLAB_BASE_URL").hasMessageContaining("not ftp");
        assertThatThrownBy(() -> HttpUrls.require("image URL", URI.create("file:/tmp/a.png")))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("image URL");
    }
}
