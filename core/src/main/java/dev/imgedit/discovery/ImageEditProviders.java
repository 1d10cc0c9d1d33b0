package dev.imgedit.discovery;

import dev.imgedit.ImageEditProvider;
import dev.imgedit.exception.AuthenticationException;
import dev.imgedit.exception.ProviderNotFoundException;
import dev.imgedit.spi.ImageEditProviderFactory;
import dev.imgedit.spi.JobIdOwnership;
import dev.imgedit.spi.ProviderConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The providers on the classpath, found with {@link ServiceLoader}: putting a provider's jar on the classpath
 * installs it, taking it off removes it.
 *
 * <pre>{@code
 * ImageEditProviders providers = ImageEditProviders.discover();
 * ProviderChoice choice = providers.choose(null, config, Fallback.OFFLINE);  // or Fallback.NONE in production
 * try (ImageEditProvider provider = choice.factory().create(config)) { ... }
 * }</pre>
 */
public final class ImageEditProviders {
    /** The setting that names the provider to use when the caller names none. */
    public static final String PROVIDER_SETTING = "IMGEDIT_PROVIDER";

    /** The offline provider preferred when several are installed and none is named. */
    public static final String PREFERRED_OFFLINE_ID = "fake";

    private static final Logger LOGGER = LoggerFactory.getLogger(ImageEditProviders.class);

    private final Map<String, ImageEditProviderFactory> factories;

    private ImageEditProviders(Map<String, ImageEditProviderFactory> factories) {
        this.factories = factories;
    }

    /**
     * Finds the factories visible to the thread's context class loader, then to core's own loader. The first
     * factory seen for an id wins; one that fails to load is skipped with a warning.
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

    /** The ids of the installed providers. */
    public List<String> ids() {
        return List.copyOf(factories.keySet());
    }

    /** The installed provider with {@code id}, if any. */
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

    /** The installed provider that recognises {@code jobId} as its own by its shape, if exactly one does. */
    public Optional<ImageEditProviderFactory> ownerOfJob(String jobId) {
        List<ImageEditProviderFactory> owners = factories.values().stream()
                .filter(factory -> factory.jobIdOwnership(jobId) == JobIdOwnership.OWN).toList();
        return owners.size() == 1 ? Optional.of(owners.get(0)) : Optional.empty();
    }

    /** Opens the provider {@code id} with {@code config}. */
    public ImageEditProvider open(String id, ProviderConfig config) {
        return factory(id).create(config);
    }

    /** {@link #choose(String, ProviderConfig, Fallback)} without a fallback. */
    public ProviderChoice choose(@Nullable String requestedId, ProviderConfig config) {
        return choose(requestedId, config, Fallback.NONE);
    }

    /**
     * Picks a provider, in this order: {@code requestedId} when given; else the {@value #PROVIDER_SETTING} setting;
     * else the online provider that says it is configured (its key is set), the first by id if several are; else,
     * only when {@code fallback} is {@link Fallback#OFFLINE}, an offline provider ({@value #PREFERRED_OFFLINE_ID}
     * when installed).
     *
     * @throws ProviderNotFoundException when the named provider is not installed, or none is
     * @throws AuthenticationException when online providers are installed, none is configured, and no fallback was
     *     asked for; the message names the settings that would configure them
     */
    public ProviderChoice choose(@Nullable String requestedId, ProviderConfig config, Fallback fallback) {
        if (requestedId != null && !requestedId.isBlank()) {
            return new ProviderChoice(factory(requestedId.strip()), "requested by name", false);
        }
        Optional<String> configured = config.get(PROVIDER_SETTING);
        if (configured.isPresent()) {
            return new ProviderChoice(factory(configured.get()), PROVIDER_SETTING + " is set", false);
        }
        if (factories.isEmpty()) {
            throw noneInstalled();
        }
        for (ImageEditProviderFactory factory : online()) {
            if (factory.isConfigured(config)) {
                return new ProviderChoice(factory, describeSettings(factory), false);
            }
        }
        Optional<ImageEditProviderFactory> offline = preferredOffline();
        if (fallback == Fallback.OFFLINE && offline.isPresent()) {
            return new ProviderChoice(offline.get(), online().isEmpty()
                    ? "it is the offline provider installed"
                    : "no online provider is configured; set " + onlineSettingsHint() + " to use one", true);
        }
        if (online().isEmpty()) {
            throw new ProviderNotFoundException("only offline providers are installed ("
                    + String.join(", ", ids()) + "): name one, or ask for the offline fallback", ids());
        }
        throw new AuthenticationException("no online provider is configured: set " + onlineSettingsHint()
                + (offline.isPresent() ? ", or name the offline provider " + offline.get().id() : ""));
    }

    private List<ImageEditProviderFactory> online() {
        return factories.values().stream().filter(factory -> !factory.info().offline()).toList();
    }

    private Optional<ImageEditProviderFactory> preferredOffline() {
        ImageEditProviderFactory preferred = factories.get(PREFERRED_OFFLINE_ID);
        if (preferred != null && preferred.info().offline()) {
            return Optional.of(preferred);
        }
        return factories.values().stream().filter(factory -> factory.info().offline()).findFirst();
    }

    private String onlineSettingsHint() {
        List<String> names = online().stream().flatMap(factory -> factory.secretNames().stream()).sorted()
                .distinct().toList();
        return names.isEmpty() ? PROVIDER_SETTING : String.join(" or ", names);
    }

    private static String describeSettings(ImageEditProviderFactory factory) {
        List<String> names = factory.secretNames().stream().sorted().toList();
        return names.isEmpty() ? "it says it is configured" : names.stream().collect(Collectors.joining(", "))
                + (names.size() == 1 ? " is set" : " are set");
    }

    private static ProviderNotFoundException noneInstalled() {
        return new ProviderNotFoundException("no image-edit provider is installed: put a provider jar such as "
                + "imgedit-provider-fake or imgedit-provider-modelslab on the classpath", List.of());
    }
}
