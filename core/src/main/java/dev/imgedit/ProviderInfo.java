package dev.imgedit;

import java.util.Objects;
import java.util.Set;

/**
 * What a provider is and what it accepts, known without opening it (no key, no network).
 *
 * @param id the id used to choose it, such as {@code modelslab}
 * @param description one line for listings
 * @param model the model it runs, such as {@code flux-kontext-pro}
 * @param aspectRatios the ratios it can produce
 * @param inputTypes the image formats it accepts
 * @param maxInputBytes the largest input image it accepts
 * @param maxJobsInFlight how many jobs it lets one account have queued or running at once; batch work stays below
 * @param capabilities optional features it offers
 */
public record ProviderInfo(
        String id,
        String description,
        String model,
        Set<AspectRatio> aspectRatios,
        Set<ImageType> inputTypes,
        long maxInputBytes,
        int maxJobsInFlight,
        Set<Capability> capabilities) {

    public ProviderInfo {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(description, "description is null");
        Objects.requireNonNull(model, "model is null");
        aspectRatios = Set.copyOf(aspectRatios);
        inputTypes = Set.copyOf(inputTypes);
        capabilities = Set.copyOf(capabilities);
        if (maxInputBytes <= 0 || maxJobsInFlight <= 0) {
            throw new IllegalArgumentException("maxInputBytes and maxJobsInFlight must be positive");
        }
    }

    public boolean supports(Capability capability) {
        return capabilities.contains(capability);
    }
}
