package dev.imgedit.modelslab;

import dev.imgedit.ImageEditProvider;
import dev.imgedit.ModelInfo;
import dev.imgedit.ProviderInfo;
import dev.imgedit.modelslab.internal.ModelsLabProvider;
import dev.imgedit.modelslab.internal.request.ModelsLabModel;
import dev.imgedit.modelslab.internal.retry.Timing;
import dev.imgedit.spi.ImageEditProviderFactory;
import dev.imgedit.spi.ProviderConfig;
import dev.imgedit.spi.ReachabilityCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The {@code modelslab} provider: the image-editing models of ModelsLab's v7 image-to-image API (Flux Kontext Pro by
 * default, FLUX.2 Pro, Seedream, Nano Banana, ...; see {@link #info()}), and any other model id as given. Configured
 * by the settings named in {@link ModelsLabSettings}; only {@value ModelsLabSettings#API_KEY} is required.
 */
public final class ModelsLabProviderFactory implements ImageEditProviderFactory {

    /** The id used to choose this provider. */
    public static final String ID = ModelsLabProvider.PROVIDER_ID;

    private static final ProviderInfo INFO = ProviderInfo.online(ID, "image-editing models through ModelsLab's v7 "
            + "API, Flux Kontext Pro by default (needs " + ModelsLabSettings.API_KEY + ")", ModelsLabModel.infos())
            .withUnlistedModels(ModelsLabModel.unlisted());

    /** Does nothing: listing providers instantiates every factory. */
    public ModelsLabProviderFactory() {}

    @Override
    public ProviderInfo info() {
        return INFO;
    }

    @Override
    public boolean isConfigured(ProviderConfig config) {
        return config.get(ModelsLabSettings.API_KEY).isPresent();
    }

    @Override
    public Set<String> secretNames() {
        return Set.of(ModelsLabSettings.API_KEY);
    }

    /** A GET of the base URL ({@value ModelsLabSettings#BASE_URL}): it answers without a key. */
    @Override
    public ReachabilityCheck reachabilityCheck(ProviderConfig config) {
        return ReachabilityCheck.of(config.uri(ModelsLabSettings.BASE_URL).orElse(ModelsLabSettings.DEFAULT_BASE_URL));
    }

    /**
     * @throws dev.imgedit.exception.AuthenticationException when {@value ModelsLabSettings#API_KEY} is not set
     * @throws dev.imgedit.exception.InvalidRequestException naming the setting when one is malformed
     */
    @Override
    public ImageEditProvider create(ProviderConfig config) {
        return create(ModelsLabSettings.fromConfig(config));
    }

    /** Opens the provider with settings built in code rather than read from a {@link ProviderConfig}. */
    public ImageEditProvider create(ModelsLabSettings settings) {
        return new ModelsLabProvider(infoWithDefault(settings.modelId()), settings, Timing.system());
    }

    /** The info with {@code modelId} as the default model ({@value ModelsLabSettings#MODEL_ID} overrides it). */
    static ProviderInfo infoWithDefault(String modelId) {
        if (modelId.equals(INFO.defaultModel().id())) {
            return INFO;
        }
        List<ModelInfo> models = new ArrayList<>();
        models.add(INFO.model(modelId));
        INFO.models().stream().filter(model -> !model.id().equals(modelId)).forEach(models::add);
        return ProviderInfo.online(ID, INFO.description(), models).withUnlistedModels(ModelsLabModel.unlisted());
    }
}
