package dev.imgedit.mcp.internal;

import dev.imgedit.ImageEditProvider;
import dev.imgedit.discovery.Fallback;
import dev.imgedit.discovery.ImageEditProviders;
import dev.imgedit.discovery.ProviderChoice;
import dev.imgedit.spi.ImageEditProviderFactory;
import dev.imgedit.spi.JobIdOwnership;
import dev.imgedit.spi.ProviderConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The providers the server edits with, each opened on first use and kept open for the server's life (their HTTP
 * clients and job stores serve every call), closed together at the end.
 */
public final class ProviderPool implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ProviderPool.class);

    private final ImageEditProviders providers;
    private final ProviderConfig config;
    private final Fallback fallback;
    private final Map<String, ImageEditProvider> open = new LinkedHashMap<>();
    private boolean closed;

    public ProviderPool(ImageEditProviders providers, ProviderConfig config, Fallback fallback) {
        this.providers = providers;
        this.config = config;
        this.fallback = fallback;
    }

    public ImageEditProviders providers() {
        return providers;
    }

    /** The provider a call asks for by id, else the one the settings choose (see {@link ImageEditProviders#choose}). */
    public ProviderChoice choose(@Nullable String requestedId) {
        return providers.choose(requestedId, config, fallback);
    }

    /** The provider a call that names none edits with, or null when none can be chosen (no key, say). */
    public @Nullable String defaultId() {
        try {
            return choose(null).id();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Whether the provider is configured (its key is set), for listings. */
    public boolean isConfigured(ImageEditProviderFactory factory) {
        return factory.isConfigured(config);
    }

    /** The opened provider of {@code factory}. */
    public synchronized ImageEditProvider open(ImageEditProviderFactory factory) {
        if (closed) {
            throw new ToolFailure("the server is shutting down");
        }
        ImageEditProvider provider = open.get(factory.id());
        if (provider == null) {
            provider = factory.create(config);
            LOG.debug("opened provider {}", factory.id());
            open.put(factory.id(), provider);
        }
        return provider;
    }

    /** @throws ToolFailure when {@code jobId} is, by its shape, not a job of the provider {@code factory} */
    public void requireOwnJob(ImageEditProviderFactory factory, String jobId) {
        if (factory.jobIdOwnership(jobId) == JobIdOwnership.OWN) {
            return;
        }
        var owner = providers.ownerOfJob(jobId).filter(other -> !other.id().equals(factory.id()));
        if (owner.isPresent()) {
            throw new ToolFailure("job '" + jobId + "' belongs to provider '" + owner.get().id() + "', not '"
                    + factory.id() + "': call again with provider '" + owner.get().id() + "'");
        }
        if (factory.jobIdOwnership(jobId) == JobIdOwnership.FOREIGN) {
            throw new ToolFailure("'" + jobId + "' is not a job id of provider '" + factory.id() + "': give the id "
                    + "that edit_image returned, with its provider");
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        for (ImageEditProvider provider : open.values()) {
            try {
                provider.close();
            } catch (RuntimeException e) {
                LOG.warn("closing provider {} failed: {}", provider.info().id(), e.toString());
            }
        }
        open.clear();
    }
}
