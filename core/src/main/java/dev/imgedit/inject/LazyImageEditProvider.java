package dev.imgedit.inject;

import dev.imgedit.AccountBalance;
import dev.imgedit.EditJob;
import dev.imgedit.EditListener;
import dev.imgedit.EditRequest;
import dev.imgedit.EditResult;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.ProviderInfo;
import dev.imgedit.discovery.ProviderChoice;
import dev.imgedit.spi.ProviderConfig;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The provider an injector hands out: the real one is chosen and opened on the first call that needs it, whatever
 * Guice's stage, so building an injector never opens a connection or reads a key, and a failure to open reaches
 * the caller of that first call as the provider's own {@link dev.imgedit.exception.ImageEditException}. Closing it
 * closes the real provider only when one was opened.
 */
final class LazyImageEditProvider implements ImageEditProvider {
    private final Supplier<ProviderChoice> chooser;
    private final ProviderConfig config;
    private @Nullable ProviderChoice chosen;
    private @Nullable ImageEditProvider opened;
    private boolean closed;

    LazyImageEditProvider(Supplier<ProviderChoice> chooser, ProviderConfig config) {
        this.chooser = chooser;
        this.config = config;
    }

    /** The opened provider's own info: its settings may change its models (a default model, a job store). */
    @Override
    public ProviderInfo info() {
        return provider().info();
    }

    @Override
    public EditJob submit(EditRequest request) {
        return provider().submit(request);
    }

    @Override
    public EditJob submit(EditRequest request, Duration patience, EditListener listener) {
        return provider().submit(request, patience, listener);
    }

    @Override
    public EditResult await(EditJob job, Duration timeout, EditListener listener) {
        return provider().await(job, timeout, listener);
    }

    @Override
    public Optional<AccountBalance> balance() {
        return provider().balance();
    }

    @Override
    public EditJob resume(String jobId) {
        return provider().resume(jobId);
    }

    @Override
    public void close() {
        ImageEditProvider toClose;
        synchronized (this) {
            closed = true;
            toClose = opened;
            opened = null;
        }
        if (toClose != null) {
            toClose.close();
        }
    }

    /** The choice, made once it is first asked for; a failed choice is tried again on the next call. */
    synchronized ProviderChoice choice() {
        if (chosen == null) {
            chosen = chooser.get();
        }
        return chosen;
    }

    private synchronized ImageEditProvider provider() {
        if (closed) {
            throw new IllegalStateException("the image-edit provider is closed");
        }
        if (opened == null) {
            opened = choice().factory().create(config);
        }
        return opened;
    }

    /** Which provider, once chosen; never chooses one, which would read settings. */
    @Override
    public synchronized String toString() {
        if (chosen == null) {
            return "ImageEditProvider[opened on first use, not chosen yet]";
        }
        String state = closed ? "closed" : opened == null ? "not opened yet" : "open";
        return "ImageEditProvider[" + chosen.factory().id() + ", " + state + "]";
    }
}
