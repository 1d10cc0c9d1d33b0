package dev.imgedit.modelslab;

import dev.imgedit.AspectRatio;
import dev.imgedit.Capability;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.ImageType;
import dev.imgedit.ProviderInfo;
import dev.imgedit.modelslab.internal.ModelsLabProvider;
import dev.imgedit.modelslab.internal.Timing;
import dev.imgedit.modelslab.internal.UploadLimits;
import dev.imgedit.spi.ImageEditProviderFactory;
import dev.imgedit.spi.ProviderConfig;
import dev.imgedit.spi.ReachabilityCheck;
import java.util.EnumSet;
import java.util.Set;

/**
 * The {@code modelslab} provider: Flux Kontext Pro through ModelsLab's v7 image-to-image API. Configured by the
 * settings named in {@link ModelsLabSettings}; only {@value ModelsLabSettings#API_KEY} is required.
 */
public final class ModelsLabProviderFactory implements ImageEditProviderFactory {

    /** The id used to choose this provider. */
    public static final String ID = "modelslab";

    /**
     * ModelsLab does not say whether it forwards {@code seed} to Flux Kontext Pro; it is sent when given, so
     * {@link Capability#SEED} is not claimed.
     */
    private static final ProviderInfo INFO = new ProviderInfo(
            ID,
            "Flux Kontext Pro through ModelsLab (needs " + ModelsLabSettings.API_KEY + ")",
            ModelsLabSettings.DEFAULT_MODEL_ID,
            EnumSet.allOf(AspectRatio.class),
            EnumSet.allOf(ImageType.class),
            UploadLimits.MAX_INPUT_BYTES,
            5,
            EnumSet.of(Capability.URL_INPUT, Capability.BYTES_INPUT, Capability.RESUME_IN_NEW_PROCESS));

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
        return new ModelsLabProvider(INFO, settings, Timing.system());
    }
}
