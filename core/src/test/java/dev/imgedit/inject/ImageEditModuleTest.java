package dev.imgedit.inject;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import dev.imgedit.ImageEditProviders;
import dev.imgedit.ProviderChoice;
import dev.imgedit.spi.ImageEditProviderFactory;
import dev.imgedit.spi.ProviderConfig;
import dev.imgedit.testkit.StubProviderFactory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImageEditModuleTest {
    private final ImageEditProviders providers = ImageEditProviders.of(List.of(
            new StubProviderFactory("online", false, "ONLINE_API_KEY"), new StubProviderFactory("fake", true, "")));

    @Test
    void bindsTheFactoriesByIdAndTheChoiceWithoutOpeningAProvider() {
        Injector injector = Guice.createInjector(new ImageEditModule(providers, ProviderConfig.empty(), null));

        Map<String, ImageEditProviderFactory> byId =
                injector.getInstance(Key.get(new TypeLiteral<Map<String, ImageEditProviderFactory>>() {}));
        assertThat(byId).containsOnlyKeys("online", "fake");
        assertThat(injector.getInstance(ProviderChoice.class).factory().id()).isEqualTo("fake");
    }

    @Test
    void aNamedProviderIsTheChoice() {
        Injector injector = Guice.createInjector(new ImageEditModule(providers, ProviderConfig.empty(), "online"));
        assertThat(injector.getInstance(ProviderChoice.class).factory().id()).isEqualTo("online");
    }
}
