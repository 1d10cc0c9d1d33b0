package dev.imgedit.discovery;

import dev.imgedit.spi.ImageEditProviderFactory;
import java.util.Objects;

/**
 * Which provider {@link ImageEditProviders#choose} picked and why.
 *
 * @param factory the chosen provider's factory
 * @param reason why, in words fit to show a user, such as {@code "MODELSLAB_API_KEY is set"}
 * @param fellBack whether it is the offline fallback, chosen because no online provider is configured
 */
public record ProviderChoice(ImageEditProviderFactory factory, String reason, boolean fellBack) {
    public ProviderChoice {
        Objects.requireNonNull(factory, "factory is null");
        Objects.requireNonNull(reason, "reason is null");
    }

    /** The chosen provider's id, such as {@code modelslab}. */
    public String id() {
        return factory.id();
    }

    /** Names the provider by its id rather than by its factory's class. */
    @Override
    public String toString() {
        return "ProviderChoice[id=" + id() + ", reason=" + reason + ", fellBack=" + fellBack + "]";
    }
}
