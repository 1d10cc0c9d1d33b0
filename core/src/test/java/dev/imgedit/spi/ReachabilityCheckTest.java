package dev.imgedit.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgedit.testkit.StubProviderFactory;
import java.net.URI;
import org.junit.jupiter.api.Test;

class ReachabilityCheckTest {

    @Test
    void aProviderSaysNothingToCheckUnlessItNamesAnAddress() {
        ReachabilityCheck check = new StubProviderFactory("stub", false, "STUB_KEY")
                .reachabilityCheck(ProviderConfig.empty());

        assertThat(check).isEqualTo(ReachabilityCheck.NOTHING_TO_CHECK);
        assertThat(check.isNeeded()).isFalse();
        assertThat(check.url()).isNull();
    }

    @Test
    void anAddressToCheckIsAnAbsoluteHttpUrl() {
        ReachabilityCheck check = ReachabilityCheck.of(URI.create("https://api.example.com"));

        assertThat(check.isNeeded()).isTrue();
        assertThat(check.url()).hasToString("https://api.example.com");
        assertThatThrownBy(() -> ReachabilityCheck.of(URI.create("ftp://example.com")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http(s)");
        assertThatThrownBy(() -> ReachabilityCheck.of(URI.create("relative/path")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
