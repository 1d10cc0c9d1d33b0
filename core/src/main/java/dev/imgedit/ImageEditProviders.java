package dev.imgedit;

import dev.imgedit.exception.ProviderNotFoundException;
import dev.imgedit.spi.ImageEditProviderFactory;
import dev.imgedit.spi.ProviderConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The providers on the classpath, found with {@link ServiceLoader}: putting a provider's jar on the classpath
 * installs it, taking it off removes it.
 *
 * <pre>{@code
 * try (ImageEditProvider provider = ImageEditProviders.discover().open("fake", ProviderConfig.empty())) {
 *     EditResult result = provider.edit(EditRequest.builder(ImageInput.file(path), "make it snow").build());
 * }
 * }</pre>
 */
public final class ImageEditProviders {
    /** The setting that names the provider to use when the caller names none. */
    public static final String PROVIDER_SETTING = "IMGEDIT_PROVIDER";

    private static final Logger LOGGER = LoggerFactory.getLogger(ImageEditProviders.class);

    private final Map<String, ImageEditProviderFactory> factories;

    private ImageEditProviders(Map<String, ImageEditProviderFactory> factories) {
        this.factories = factories;
    }

    /**
     * Finds the factories visible to the thread's context class loader, then to core's own loader. The first
     * factory seen for an id wins.
     */
    public static ImageEditProviders discover() {
        List<ClassLoader> loaders = new ArrayList<>();
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (context != null) {
            loaders.add(context);
        }
        ClassLoader own = ImageEditProviders.class.getClassLoader();
        if (own != null && own != context) {
            loaders.add(own);
        }
        List<ImageEditProviderFactory> found = new ArrayList<>();
        for (ClassLoader loader : loaders) {
            for (ServiceLoader.Provider<ImageEditProviderFactory> candidate :
                    ServiceLoader.load(ImageEditProviderFactory.class, loader).stream().toList()) {
                try {
                    found.add(candidate.get());
                } catch (ServiceConfigurationError e) {
                    LOGGER.warn("Skipping provider {}: {}", candidate.type().getName(), e.getMessage());
                }
            }
        }
        return of(found);
    }

    /** Exactly these factories, as a test or an application wiring its own would want. */
    public static ImageEditProviders of(List<? extends ImageEditProviderFactory> factories) {
        Map<String, ImageEditProviderFactory> byId = new LinkedHashMap<>();
        factories.stream()
                .sorted(Comparator.comparing(ImageEditProviderFactory::id))
                .forEach(factory -> byId.putIfAbsent(factory.id(), factory));
        return new ImageEditProviders(byId);
    }

    /** The installed factories, ordered by id. */
    public List<ImageEditProviderFactory> factories() {
        return List.copyOf(factories.values());
    }

    public List<String> ids() {
        return List.copyOf(factories.keySet());
    }

    public Optional<ImageEditProviderFactory> find(String id) {
        return Optional.ofNullable(factories.get(id));
    }

    /** @throws ProviderNotFoundException listing the installed ids when {@code id} is not one of them */
    public ImageEditProviderFactory factory(String id) {
        ImageEditProviderFactory factory = factories.get(id);
        if (factory != null) {
            return factory;
        }
        if (factories.isEmpty()) {
            throw noneInstalled();
        }
        throw new ProviderNotFoundException(
                "unknown provider '" + id + "': installed are " + String.join(", ", ids()), ids());
    }

    /** Opens the provider {@code id} with {@code config}. */
    public ImageEditProvider open(String id, ProviderConfig config) {
        return factory(id).create(config);
    }

    /**
     * Picks a provider: {@code requestedId} when given, else the {@value #PROVIDER_SETTING} setting, else the
     * first configured online provider (one whose API key is set), else the first offline one.
     *
     * @throws ProviderNotFoundException when the named provider is not installed, or none is
     */
    public ProviderChoice choose(@Nullable String requestedId, ProviderConfig config) {
        if (requestedId != null && !requestedId.isBlank()) {
            return new ProviderChoice(factory(requestedId.strip()), "chosen with --provider");
        }
        Optional<String> configured = config.get(PROVIDER_SETTING);
        if (configured.isPresent()) {
            return new ProviderChoice(factory(configured.get()), PROVIDER_SETTING + " is set");
        }
        if (factories.isEmpty()) {
            throw noneInstalled();
        }
        for (ImageEditProviderFactory factory : factories.values()) {
            if (!factory.info().supports(Capability.OFFLINE) && factory.isConfigured(config)) {
                return new ProviderChoice(factory, describeSettings(factory));
            }
        }
        for (ImageEditProviderFactory factory : factories.values()) {
            if (factory.info().supports(Capability.OFFLINE)) {
                return new ProviderChoice(factory, "no online provider is configured; set "
                        + onlineSettingsHint() + " to use one");
            }
        }
        ImageEditProviderFactory first = factories.values().iterator().next();
        return new ProviderChoice(first, "no offline provider is installed, and this one is not configured");
    }

    private String onlineSettingsHint() {
        List<String> names = new ArrayList<>();
        for (ImageEditProviderFactory factory : factories.values()) {
            if (!factory.info().supports(Capability.OFFLINE)) {
                names.addAll(factory.secretNames());
            }
        }
        return names.isEmpty() ? PROVIDER_SETTING : String.join(" or ", names.stream().sorted().toList());
    }

    private static String describeSettings(ImageEditProviderFactory factory) {
        List<String> names = factory.secretNames().stream().sorted().toList();
        return names.isEmpty() ? "it needs no settings" : String.join(", ", names) + " is set";
    }

    private static ProviderNotFoundException noneInstalled() {
        return new ProviderNotFoundException("no image-edit provider is installed: put a provider jar such as "
                + "imgedit-provider-fake or imgedit-provider-modelslab on the classpath (the CLI's lib/ folder)",
                List.of());
    }
}
