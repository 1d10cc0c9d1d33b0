package dev.imgedit.testing;

import dev.imgedit.ImageEditProvider;
import dev.imgedit.ModelInfo;
import dev.imgedit.ProviderInfo;
import dev.imgedit.spi.ImageEditProviderFactory;
import dev.imgedit.spi.ProviderConfig;
import java.util.List;
import java.util.Set;

/**
 * A factory that only describes itself, for tests of provider choice and wiring: it never opens a provider.
 *
 * @param keyName the setting it needs to count as configured, or empty when it needs none
 */
public record StubProviderFactory(String id, boolean offline, String keyName) implements ImageEditProviderFactory {
    @Override
    public ProviderInfo info() {
        return new ProviderInfo(id, "stub " + id, offline, List.of(ModelInfo.builder("model", "stub").build()), null);
    }

    @Override
    public boolean isConfigured(ProviderConfig config) {
        return keyName.isEmpty() || config.get(keyName).isPresent();
    }

    @Override
    public Set<String> secretNames() {
        return keyName.isEmpty() ? Set.of() : Set.of(keyName);
    }

    @Override
    public ImageEditProvider create(ProviderConfig config) {
        throw new UnsupportedOperationException("a stub factory opens no provider");
    }

    /** Counts how often it is asked to open a provider; opens none. */
    public static final class Counting implements ImageEditProviderFactory {
        private final ImageEditProviderFactory described;
        private final ImageEditProvider opened;
        private int creates;

        public Counting(ImageEditProviderFactory described, ImageEditProvider opened) {
            this.described = described;
            this.opened = opened;
        }

        @Override
        public ProviderInfo info() {
            return described.info();
        }

        @Override
        public boolean isConfigured(ProviderConfig config) {
            return described.isConfigured(config);
        }

        @Override
        public Set<String> secretNames() {
            return described.secretNames();
        }

        @Override
        public synchronized ImageEditProvider create(ProviderConfig config) {
            creates++;
            return opened;
        }

        public synchronized int creates() {
            return creates;
        }
    }
}
