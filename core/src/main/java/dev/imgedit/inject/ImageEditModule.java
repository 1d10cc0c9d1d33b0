package dev.imgedit.inject;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.MapBinder;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.ImageEditProviders;
import dev.imgedit.ProviderChoice;
import dev.imgedit.spi.ImageEditProviderFactory;
import dev.imgedit.spi.ProviderConfig;
import org.jspecify.annotations.Nullable;

/**
 * Binds the installed provider factories in a {@code Map<String, ImageEditProviderFactory>} keyed by id, the
 * {@link ProviderConfig}, the {@link ProviderChoice} and, on first use, the chosen {@link ImageEditProvider} as a
 * singleton. The provider is opened only when something asks for it, so an injector is cheap to build. Whoever
 * asks for the provider closes it.
 */
public final class ImageEditModule extends AbstractModule {
    private final ImageEditProviders providers;
    private final ProviderConfig config;
    private final @Nullable String providerId;

    /**
     * @param providerId the provider to use, or null to let {@link ImageEditProviders#choose} pick
     */
    public ImageEditModule(ImageEditProviders providers, ProviderConfig config, @Nullable String providerId) {
        this.providers = providers;
        this.config = config;
        this.providerId = providerId;
    }

    /** Discovers the providers on the classpath and reads settings from the environment. */
    public static ImageEditModule fromEnvironment() {
        return new ImageEditModule(ImageEditProviders.discover(), ProviderConfig.fromEnvironment(java.util.Map.of()),
                null);
    }

    @Override
    protected void configure() {
        MapBinder<String, ImageEditProviderFactory> byId =
                MapBinder.newMapBinder(binder(), String.class, ImageEditProviderFactory.class);
        for (ImageEditProviderFactory factory : providers.factories()) {
            byId.addBinding(factory.id()).toInstance(factory);
        }
        bind(ImageEditProviders.class).toInstance(providers);
        bind(ProviderConfig.class).toInstance(config);
    }

    @Provides
    @Singleton
    ProviderChoice providerChoice() {
        return providers.choose(providerId, config);
    }

    @Provides
    @Singleton
    ImageEditProvider provider(ProviderChoice choice) {
        return choice.factory().create(config);
    }
}
