package dev.imgedit.bfl;

import dev.imgedit.ImageEditProvider;
import dev.imgedit.ProviderInfo;
import dev.imgedit.bfl.internal.BflProvider;
import dev.imgedit.bfl.internal.model.ModelCatalog;
import dev.imgedit.bfl.internal.settings.Settings;
import dev.imgedit.spi.ImageEditProviderFactory;
import dev.imgedit.spi.JobIdOwnership;
import dev.imgedit.spi.ProviderConfig;
import dev.imgedit.spi.ReachabilityCheck;
import java.util.Set;

/**
 * The {@code bfl} provider: FLUX.1 Kontext [pro] (the default) and [max], and FLUX.2 [pro], [max] and [flex], through
 * Black Forest Labs' own API. Only {@value #API_KEY} is required; docs/bfl.md describes every setting.
 */
public final class BflProviderFactory implements ImageEditProviderFactory {

    /** The id used to choose this provider. */
    public static final String ID = ModelCatalog.PROVIDER_ID;

    /** The API key, sent as the {@code x-key} header to BFL's hosts only. Secret. */
    public static final String API_KEY = Settings.API_KEY;
    /** Where the API lives, such as a proxy's URL; https, or http on a loopback address. Excludes {@link #REGION}. */
    public static final String BASE_URL = Settings.BASE_URL;
    /** {@code global} (default, {@code api.bfl.ai}), {@code eu} ({@code api.eu.bfl.ai}) or {@code us}. */
    public static final String REGION = Settings.REGION;
    public static final String CONNECT_TIMEOUT = Settings.CONNECT_TIMEOUT;
    public static final String READ_TIMEOUT = Settings.READ_TIMEOUT;
    public static final String POLL_MIN_INTERVAL = Settings.POLL_MIN_INTERVAL;
    public static final String POLL_MAX_INTERVAL = Settings.POLL_MAX_INTERVAL;
    public static final String MAX_RETRIES = Settings.MAX_RETRIES;
    public static final String MAX_RETRY_WAIT = Settings.MAX_RETRY_WAIT;
    public static final String MAX_DOWNLOAD_BYTES = Settings.MAX_DOWNLOAD_BYTES;
    /** {@code none}, {@code basic}, {@code headers} or {@code full}: Feign's log at DEBUG, the key masked. */
    public static final String HTTP_LOG = Settings.HTTP_LOG;

    /** Does nothing: listing providers instantiates every factory. */
    public BflProviderFactory() {}

    @Override
    public ProviderInfo info() {
        return ModelCatalog.info();
    }

    @Override
    public boolean isConfigured(ProviderConfig config) {
        return config.get(API_KEY).isPresent();
    }

    @Override
    public Set<String> secretNames() {
        return Set.of(API_KEY);
    }

    /**
     * BFL documents no shape for its task ids, so none is claimed as its own; one that could not go into a request
     * safely (spaces, slashes, ...) is foreign.
     */
    @Override
    public JobIdOwnership jobIdOwnership(String jobId) {
        return BflProvider.isTaskId(jobId.strip()) ? JobIdOwnership.UNKNOWN : JobIdOwnership.FOREIGN;
    }

    /** A GET of the base URL ({@value #BASE_URL}, else the region's host): any answer shows the way is open. */
    @Override
    public ReachabilityCheck reachabilityCheck(ProviderConfig config) {
        return ReachabilityCheck.of(Settings.baseUrl(config));
    }

    /**
     * @throws dev.imgedit.exception.AuthenticationException when {@value #API_KEY} is not set
     * @throws dev.imgedit.exception.InvalidRequestException naming the setting when one is malformed
     */
    @Override
    public ImageEditProvider create(ProviderConfig config) {
        return new BflProvider(Settings.fromConfig(config));
    }
}
