package dev.imgedit.testkit;

import dev.imgedit.AspectRatio;
import dev.imgedit.Capability;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.ImageType;
import dev.imgedit.ProviderInfo;
import dev.imgedit.spi.ImageEditProviderFactory;
import dev.imgedit.spi.ProviderConfig;
import java.util.EnumSet;
import java.util.Set;

/**
 * A factory that only describes itself, for tests of provider choice and wiring: it never opens a provider.
 *
 * @param keyName the setting it needs to count as configured, or empty when it needs none
 */
public record StubProviderFactory(String id, boolean offline, String keyName) implements ImageEditProviderFactory {
    @Override
    public ProviderInfo info() {
        return new ProviderInfo(id, "stub " + id, "model", EnumSet.allOf(AspectRatio.class), Set.of(ImageType.PNG),
                1024, 1, offline ? Set.of(Capability.OFFLINE) : Set.of(Capability.URL_INPUT));
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
}
