package dev.imgedit.spi;

import dev.imgedit.ImageEditProvider;
import dev.imgedit.ProviderInfo;
import java.util.Set;

/**
 * The service-provider interface: one implementation per provider module, registered in
 * {@code META-INF/services/dev.imgedit.spi.ImageEditProviderFactory} and found by {@link java.util.ServiceLoader}.
 *
 * <p>Implementations have a public no-argument constructor that does nothing: listing providers instantiates every
 * factory, so loading HTTP clients, keys or images belongs in {@link #create}.
 */
public interface ImageEditProviderFactory {

    /** What the provider is, without opening it. {@code info().id()} is the id used to choose it. */
    ProviderInfo info();

    /** The id the provider is chosen by, such as {@code modelslab}: {@code info().id()}. */
    default String id() {
        return info().id();
    }

    /**
     * Whether {@code config} holds what {@link #create} needs (an API key, say). When an application names no
     * provider, a configured online provider is chosen; an offline one only when the application asks for that
     * fallback. There is no default: a provider says for itself whether it is ready.
     */
    boolean isConfigured(ProviderConfig config);

    /**
     * The config names whose values are secrets, such as {@code MODELSLAB_API_KEY}: never print them. Choosing a
     * provider names them to say how to configure one.
     */
    default Set<String> secretNames() {
        return Set.of();
    }

    /**
     * Whether {@code jobId} can be one of this provider's jobs, judged by its shape alone, so that an id meant for
     * another provider is refused at once instead of being sent to the wrong service. The default cannot tell.
     */
    default JobIdOwnership jobIdOwnership(String jobId) {
        return JobIdOwnership.UNKNOWN;
    }

    /**
     * Where a setup check can ask whether the provider's service is reachable, read from {@code config} without a key
     * and without sending anything; {@link ReachabilityCheck#NOTHING_TO_CHECK} (the default) for a provider that
     * needs no network.
     *
     * @throws dev.imgedit.exception.InvalidRequestException when a setting it reads is malformed
     */
    default ReachabilityCheck reachabilityCheck(ProviderConfig config) {
        return ReachabilityCheck.NOTHING_TO_CHECK;
    }

    /**
     * Opens the provider.
     *
     * @throws dev.imgedit.exception.AuthenticationException when a required key is missing
     * @throws dev.imgedit.exception.InvalidRequestException when a setting is malformed
     */
    ImageEditProvider create(ProviderConfig config);
}
