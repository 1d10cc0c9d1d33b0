package dev.imgedit.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgedit.ImageEditProvider;
import dev.imgedit.ProviderInfo;
import java.net.URI;
import org.junit.jupiter.api.Test;

class ReachabilityCheckTest {

    /** A factory that overrides nothing it need not: what a provider written before the check gets. */
    private static final class PlainFactory implements ImageEditProviderFactory {
        @Override
        public ProviderInfo info() {
            throw new UnsupportedOperationException("not needed here");
        }

        @Override
        public boolean isConfigured(ProviderConfig config) {
            return true;
        }

        @Override
        public ImageEditProvider create(ProviderConfig config) {
            throw new UnsupportedOperationException("not needed here");
        }
    }

    @Test
    void aProviderSaysNothingToCheckUnlessItNamesAnAddress() {
        ReachabilityCheck check = new PlainFactory().reachabilityCheck(ProviderConfig.empty());

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
