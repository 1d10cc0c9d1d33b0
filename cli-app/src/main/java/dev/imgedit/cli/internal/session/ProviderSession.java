package dev.imgedit.cli.internal.session;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.ProvisionException;
import dev.imgedit.EditRequest;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.ImageInput;
import dev.imgedit.ModelInfo;
import dev.imgedit.ProviderInfo;
import dev.imgedit.cli.internal.CliException;
import dev.imgedit.cli.internal.CommandContext;
import dev.imgedit.cli.internal.output.TemporaryFiles;
import dev.imgedit.discovery.Fallback;
import dev.imgedit.discovery.ImageEditProviders;
import dev.imgedit.discovery.ProviderChoice;
import dev.imgedit.exception.ProviderNotFoundException;
import dev.imgedit.inject.ImageEditModule;
import dev.imgedit.spi.ImageEditProviderFactory;
import dev.imgedit.spi.JobIdOwnership;
import dev.imgedit.spi.ProviderConfig;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The provider one {@code edit} or {@code fetch} works with, chosen, announced on standard error and opened on first
 * use. Built for those two commands only, so {@code --help} and {@code providers} never pay for Guice.
 */
public final class ProviderSession implements AutoCloseable {
    private static final Logger LOGGER = LoggerFactory.getLogger(ProviderSession.class);
    /** Stands in for the image when a model id is held against core's rules; it is never sent or fetched. */
    private static final ImageInput NO_IMAGE = ImageInput.url("https://example.invalid/model-check.png");

    private final Injector injector;
    private final ImageEditProviders providers;
    private final ProviderChoice choice;
    private @Nullable ImageEditProvider provider;

    private ProviderSession(Injector injector, ImageEditProviders providers, ProviderChoice choice) {
        this.injector = injector;
        this.providers = providers;
        this.choice = choice;
    }

    /**
     * Chooses the provider as core does ({@code --provider}, else {@code IMGEDIT_PROVIDER}, else a configured online
     * one), falling back to the offline one as the CLI's policy, over the environment with the key from
     * {@code --api-key-file} on top.
     */
    public static ProviderSession open(CommandContext context, @Nullable String requestedId, @Nullable String apiKey,
            TemporaryFiles temporaryFiles) {
        return open(context, requestedId, null, apiKey, temporaryFiles);
    }

    /**
     * {@link #open(CommandContext, String, String, TemporaryFiles)}, with {@code requestedBecause} saying why
     * {@code requestedId} was asked for when it was not {@code --provider} (the journal records the job with it).
     */
    public static ProviderSession open(CommandContext context, @Nullable String requestedId,
            @Nullable String requestedBecause, @Nullable String apiKey, TemporaryFiles temporaryFiles) {
        ImageEditProviders providers = ImageEditProviders.discover();
        LOGGER.debug("Installed providers: {}", providers.ids());
        Map<String, String> settings = new HashMap<>(context.environment());
        if (apiKey != null) {
            placeApiKey(providers, requestedId, settings, apiKey, context);
        }
        ProviderConfig config = ProviderConfig.of(settings);
        Injector injector = Guice.createInjector(
                new ImageEditModule(providers, config, requestedId, Fallback.OFFLINE),
                new CliModule(context, temporaryFiles));
        ProviderChoice choice = withLibraryFolder(() -> unwrapped(() -> injector.getInstance(ProviderChoice.class)),
                context);
        String reason = requestedId != null && !requestedId.isBlank()
                ? (requestedBecause != null ? requestedBecause : "chosen with --provider")
                : context.configuration().explainProviderChoice(null, apiKey != null && !choice.fellBack()
                        && !settings.containsKey(ImageEditProviders.PROVIDER_SETTING)
                                ? "its key comes from --api-key-file" : choice.reason());
        context.notice("using provider '" + choice.id() + "' (" + reason + ")");
        return new ProviderSession(injector, providers, choice);
    }

    public String providerId() {
        return choice.factory().id();
    }

    /**
     * Refuses a job id that the chosen provider can tell is not its own, naming the provider it belongs to where one
     * recognises it, before the id is sent anywhere.
     */
    public void requireOwnJob(String jobId) {
        JobIdOwnership ownership = choice.factory().jobIdOwnership(jobId);
        if (ownership == JobIdOwnership.OWN) {
            return;
        }
        Optional<ImageEditProviderFactory> owner = providers.ownerOfJob(jobId)
                .filter(factory -> !factory.id().equals(providerId()));
        if (owner.isPresent()) {
            throw CliException.invalid("job '" + jobId + "' belongs to provider '" + owner.get().id() + "', not '"
                    + providerId() + "': add --provider " + owner.get().id());
        }
        if (ownership == JobIdOwnership.FOREIGN) {
            throw CliException.invalid("'" + jobId + "' is not a job id of provider '" + providerId() + "': give the "
                    + "id that 'imgedit edit' printed, with the --provider it used");
        }
    }

    /** What the provider serves: from the opened provider, whose settings may change its default model. */
    public ProviderInfo info() {
        return provider().info();
    }

    /**
     * The model {@code modelId} names (the default when null), from the opened provider; a model id the provider does
     * not list, which it sends as given, is worth a notice.
     *
     * @throws dev.imgedit.exception.InvalidRequestException with core's words when {@code modelId} is no model id at
     *     all (blank, or more than one word), whichever provider is chosen
     */
    public ModelInfo chooseModel(@Nullable String modelId, CommandContext context) {
        if (modelId != null) {
            // Core's rule for a request's model, applied before the id is looked up (and before any I/O).
            EditRequest.builder(NO_IMAGE, "a model id's check").model(modelId).build();
        }
        ProviderInfo info = info();
        ModelInfo chosen = info.model(modelId);
        if (info.isUnlisted(modelId)) {
            context.notice("model '" + modelId + "' is not one provider '" + providerId() + "' lists: it is sent as "
                    + "given, assuming the limits of its default model " + info.defaultModel().id());
        }
        return chosen;
    }

    /** The provider, created on first call. */
    public ImageEditProvider provider() {
        if (provider == null) {
            provider = unwrapped(() -> injector.getInstance(ImageEditProvider.class));
        }
        return provider;
    }

    /** A CLI service wired with this session's provider. */
    public <T> T service(Class<T> type) {
        provider();
        return unwrapped(() -> injector.getInstance(type));
    }

    @Override
    public void close() {
        if (provider != null) {
            provider.close();
        }
    }

    /**
     * The key file belongs to an online provider: the one chosen when every online provider is taken to have the
     * key. It is handed over under the first of that provider's secret names (ModelsLab: MODELSLAB_API_KEY). With
     * several online providers installed and none named, that choice would be a guess that sends one service's key
     * to another, so it is refused.
     */
    private static void placeApiKey(ImageEditProviders providers, @Nullable String requestedId,
            Map<String, String> settings, String apiKey, CommandContext context) {
        List<String> online = providers.factories().stream().filter(factory -> !factory.info().offline())
                .map(ImageEditProviderFactory::id).toList();
        boolean named = requestedId != null && !requestedId.isBlank()
                || ProviderConfig.of(settings).get(ImageEditProviders.PROVIDER_SETTING).isPresent();
        if (!named && online.size() > 1) {
            throw CliException.invalid("--api-key-file does not say which provider the key is for, and "
                    + String.join(" and ", online) + " are installed: name one with --provider");
        }
        Map<String, String> everyOnlineProviderHasTheKey = new HashMap<>(settings);
        for (ImageEditProviderFactory factory : providers.factories()) {
            if (!factory.info().offline()) {
                firstSecretName(factory).ifPresent(name -> everyOnlineProviderHasTheKey.put(name, apiKey));
            }
        }
        ImageEditProviderFactory chosen = withLibraryFolder(
                () -> providers.choose(requestedId, ProviderConfig.of(everyOnlineProviderHasTheKey), Fallback.OFFLINE)
                        .factory(),
                context);
        Optional<String> name = firstSecretName(chosen);
        if (name.isPresent()) {
            settings.put(name.get(), apiKey);
        } else {
            context.warning("provider '" + chosen.id() + "' takes no API key: --api-key-file is ignored");
        }
    }

    private static Optional<String> firstSecretName(ImageEditProviderFactory factory) {
        return factory.secretNames().stream().findFirst();
    }

    /** Guice wraps what a provider method throws; callers want the provider's own exception. */
    private static <T> T unwrapped(Supplier<T> supplier) {
        try {
            return supplier.get();
        } catch (ProvisionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** When no provider is installed, says where the jars go in this installation. */
    private static <T> T withLibraryFolder(Supplier<T> supplier, CommandContext context) {
        try {
            return supplier.get();
        } catch (ProviderNotFoundException e) {
            if (!e.installed().isEmpty() || context.installationDirectory() == null) {
                throw e;
            }
            throw new ProviderNotFoundException(e.getMessage() + ": here, put it in " + context.libraryFolder(),
                    List.of());
        }
    }
}
