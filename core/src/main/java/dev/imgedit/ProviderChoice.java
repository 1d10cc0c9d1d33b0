package dev.imgedit;

import dev.imgedit.spi.ImageEditProviderFactory;
import java.util.Objects;

/**
 * Which provider {@link ImageEditProviders#choose} picked and why, in words fit to show a user.
 *
 * @param factory the chosen provider's factory
 * @param reason such as {@code "MODELSLAB_API_KEY is set"}
 */
public record ProviderChoice(ImageEditProviderFactory factory, String reason) {
    public ProviderChoice {
        Objects.requireNonNull(factory, "factory is null");
        Objects.requireNonNull(reason, "reason is null");
    }
}
