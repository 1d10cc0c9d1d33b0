package dev.imgedit.inject;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.multibindings.MapBinder;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.discovery.Fallback;
import dev.imgedit.discovery.ImageEditProviders;
import dev.imgedit.discovery.ProviderChoice;
import dev.imgedit.spi.ImageEditProviderFactory;
import dev.imgedit.spi.ProviderConfig;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Guice bindings for imgedit. The application brings Guice itself (imgedit's own dependency on it is optional);
 * this module is built and tested with Guice 7.0.0 and uses only {@code com.google.inject} types.
 *
 * <p>Binds the installed provider factories in a {@code Map<String, ImageEditProviderFactory>} keyed by id, the
 * {@link ImageEditProviders}, the {@link ProviderConfig}, the {@link ProviderChoice} and a singleton
 * {@link ImageEditProvider}. That provider is opened on its first call, in every {@link com.google.inject.Stage},
 * so building the injector reads no key and opens no connection; an error in choosing or opening it (no key, no
 * provider installed) reaches that first caller as an {@link dev.imgedit.exception.ImageEditException}, not wrapped
 * by Guice. Close the injected provider at shutdown: it closes the real one only if it was opened.
 *
 * <p>Injecting {@link ProviderChoice} itself runs the choice then (never while the injector is built), the same
 * choice the provider uses; Guice wraps its failure in a {@link com.google.inject.ProvisionException} whose cause is
 * the {@code ImageEditException}.
 */
public final class ImageEditModule extends AbstractModule {
    private final ImageEditProviders providers;
    private final ProviderConfig config;
    private final @Nullable String providerId;
    private final Fallback fallback;

    /**
     * @param providerId the provider to use, or null to let {@link ImageEditProviders#choose} pick
     * @param fallback whether an offline provider may be used when no online one is configured
     */
    public ImageEditModule(ImageEditProviders providers, ProviderConfig config, @Nullable String providerId,
            Fallback fallback) {
        this.providers = providers;
        this.config = config;
        this.providerId = providerId;
        this.fallback = fallback;
    }

    /**
     * Discovers the providers on the classpath and reads settings from the environment; with
     * {@link Fallback#NONE}, a missing key fails the first edit instead of quietly using an offline provider.
     */
    public static ImageEditModule fromEnvironment(Fallback fallback) {
        return new ImageEditModule(ImageEditProviders.discover(), ProviderConfig.fromEnvironment(Map.of()), null,
                fallback);
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
        bind(LazyImageEditProvider.class).toInstance(new LazyImageEditProvider(this::choose, config));
        bind(ImageEditProvider.class).to(LazyImageEditProvider.class);
    }

    /**
     * The provider's own choice. Not a singleton binding: Guice's PRODUCTION stage would make that one while
     * building the injector.
     */
    @Provides
    ProviderChoice providerChoice(LazyImageEditProvider provider) {
        return provider.choice();
    }

    private ProviderChoice choose() {
        return providers.choose(providerId, config, fallback);
    }
}
