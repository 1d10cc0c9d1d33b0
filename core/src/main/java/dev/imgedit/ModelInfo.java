package dev.imgedit;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One model a provider serves and what it accepts, known without a key or a network. {@link ProviderInfo#check}
 * holds every request against it before any I/O, so what a model cannot do is refused, never silently dropped.
 *
 * @param id the model's id, such as {@code flux-kontext-pro}
 * @param description one line for listings
 * @param aspectRatios the output ratios it can be asked for; empty when it takes none (its output follows the input)
 * @param maxImages how many images one request may carry: the image to edit plus references
 * @param inputTypes the image formats it accepts as input
 * @param maxInputBytes the largest input image, in bytes
 * @param maxInputPixels the largest input image, in pixels (width times height)
 * @param outputFormats the formats it can be asked to produce ({@link EditRequest#outputFormat()}); empty when it
 *     cannot be asked and answers in a format of its own choosing
 * @param capabilities the optional features it offers
 * @param maxJobsInFlight how many jobs one account may have queued or running at once; batch work stays at or below
 * @param options the provider-specific options it takes in {@link EditRequest#providerOptions()}
 * @param passesOtherOptions whether options not listed in {@code options} are passed to the service as they are
 *     (the service decides what they mean) instead of being refused
 */
public record ModelInfo(
        String id,
        String description,
        Set<AspectRatio> aspectRatios,
        int maxImages,
        Set<ImageType> inputTypes,
        long maxInputBytes,
        long maxInputPixels,
        Set<ImageType> outputFormats,
        Set<Capability> capabilities,
        int maxJobsInFlight,
        List<OptionInfo> options,
        boolean passesOtherOptions) {

    public ModelInfo {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(description, "description is null");
        aspectRatios = Set.copyOf(aspectRatios);
        inputTypes = Set.copyOf(inputTypes);
        outputFormats = Set.copyOf(outputFormats);
        capabilities = Set.copyOf(capabilities);
        options = List.copyOf(options);
        if (id.isBlank() || id.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("a model id is one word, got '" + id + "'");
        }
        if (maxImages < 1 || maxInputBytes <= 0 || maxInputPixels <= 0 || maxJobsInFlight < 1) {
            throw new IllegalArgumentException("model " + id + ": maxImages, maxInputBytes, maxInputPixels and "
                    + "maxJobsInFlight must be positive");
        }
        if (inputTypes.isEmpty()) {
            throw new IllegalArgumentException("model " + id + " accepts no input type");
        }
        if (!capabilities.contains(Capability.URL_INPUT) && !capabilities.contains(Capability.BYTES_INPUT)) {
            throw new IllegalArgumentException("model " + id + " takes neither URLs nor bytes");
        }
        Map<String, OptionInfo> byName = new LinkedHashMap<>();
        for (OptionInfo option : options) {
            if (byName.put(option.name(), option) != null) {
                throw new IllegalArgumentException("model " + id + " lists option " + option.name() + " twice");
            }
        }
    }

    /** A builder with the required id and description; the rest start at the defaults its setters name. */
    public static Builder builder(String id, String description) {
        return new Builder(id, description);
    }

    /** A builder holding this model's values, to derive a variant. */
    public Builder toBuilder() {
        return new Builder(id, description).aspectRatios(aspectRatios).maxImages(maxImages).inputTypes(inputTypes)
                .maxInputBytes(maxInputBytes).maxInputPixels(maxInputPixels).outputFormats(outputFormats)
                .capabilities(capabilities).maxJobsInFlight(maxJobsInFlight).options(options)
                .passesOtherOptions(passesOtherOptions);
    }

    /** The same capabilities under another id: how a provider describes a model it does not list. */
    public ModelInfo withId(String otherId) {
        return new ModelInfo(otherId, description, aspectRatios, maxImages, inputTypes, maxInputBytes, maxInputPixels,
                outputFormats, capabilities, maxJobsInFlight, options, passesOtherOptions);
    }

    /** Whether the model has {@code capability}. */
    public boolean supports(Capability capability) {
        return capabilities.contains(capability);
    }

    /** The option the model takes by {@code name}, if any. */
    public Optional<OptionInfo> option(String name) {
        return options.stream().filter(option -> option.name().equals(name)).findFirst();
    }

    /** Builds a {@link ModelInfo}; every setter replaces what was set before. */
    public static final class Builder {
        private final String id;
        private final String description;
        private Set<AspectRatio> aspectRatios = Set.of();
        private int maxImages = 1;
        private Set<ImageType> inputTypes = EnumSet.of(ImageType.PNG, ImageType.JPEG);
        private long maxInputBytes = 10L * 1024 * 1024;
        private long maxInputPixels = 4096L * 4096;
        private Set<ImageType> outputFormats = Set.of();
        private Set<Capability> capabilities = EnumSet.of(Capability.BYTES_INPUT);
        private int maxJobsInFlight = 1;
        private final List<OptionInfo> options = new ArrayList<>();
        private boolean passesOtherOptions;

        private Builder(String id, String description) {
            this.id = id;
            this.description = description;
        }

        /** Default: none (the model takes no ratio). */
        public Builder aspectRatios(Set<AspectRatio> aspectRatios) {
            this.aspectRatios = aspectRatios;
            return this;
        }

        /** Default: 1 (no references). */
        public Builder maxImages(int maxImages) {
            this.maxImages = maxImages;
            return this;
        }

        /** Default: PNG and JPEG. */
        public Builder inputTypes(Set<ImageType> inputTypes) {
            this.inputTypes = inputTypes;
            return this;
        }

        /** Default: 10 MiB. */
        public Builder maxInputBytes(long maxInputBytes) {
            this.maxInputBytes = maxInputBytes;
            return this;
        }

        /** Default: 4096 x 4096. */
        public Builder maxInputPixels(long maxInputPixels) {
            this.maxInputPixels = maxInputPixels;
            return this;
        }

        /** Default: none (the model cannot be asked for a format). */
        public Builder outputFormats(Set<ImageType> outputFormats) {
            this.outputFormats = outputFormats;
            return this;
        }

        /** Default: {@link Capability#BYTES_INPUT} only. */
        public Builder capabilities(Set<Capability> capabilities) {
            this.capabilities = capabilities;
            return this;
        }

        /** Default: 1. */
        public Builder maxJobsInFlight(int maxJobsInFlight) {
            this.maxJobsInFlight = maxJobsInFlight;
            return this;
        }

        /** Default: none. */
        public Builder options(List<OptionInfo> options) {
            this.options.clear();
            this.options.addAll(options);
            return this;
        }

        /** Adds an option the model takes. */
        public Builder option(OptionInfo option) {
            options.add(option);
            return this;
        }

        /** Default: false (options not listed are refused). */
        public Builder passesOtherOptions(boolean passesOtherOptions) {
            this.passesOtherOptions = passesOtherOptions;
            return this;
        }

        /** The model info; its values are checked and copied. */
        public ModelInfo build() {
            return new ModelInfo(id, description, aspectRatios, maxImages, inputTypes, maxInputBytes, maxInputPixels,
                    outputFormats, capabilities, maxJobsInFlight, options, passesOtherOptions);
        }
    }
}
