package dev.imgedit;

import dev.imgedit.exception.InvalidRequestException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One edit: the images, what to do to them, and the optional knobs. Validated when built, so a malformed request
 * fails before any I/O; what a particular model accepts is checked by {@link ProviderInfo#check} when submitted.
 *
 * @param images at least one: the first is the image edited, the rest are references (a style, a face, an object
 *     to put in), in the order the prompt refers to them
 * @param prompt what to change, in words
 * @param model the model to run, or null for the provider's default
 * @param aspectRatio the output's ratio, or null to let the model decide (usually: as the input)
 * @param seed for repeatable results where the model honours one, or null for a random one
 * @param outputFormat the format to ask the model for, or null for the model's own choice
 * @param trackId an id of the caller's choosing, sent with the job where the service takes one, so that a job whose
 *     submit got no answer can be found again; or null
 * @param providerOptions options of the chosen model ({@link ModelInfo#options()}), by name
 */
public record EditRequest(
        List<ImageInput> images,
        String prompt,
        @Nullable String model,
        @Nullable AspectRatio aspectRatio,
        @Nullable Long seed,
        @Nullable ImageType outputFormat,
        @Nullable String trackId,
        Map<String, String> providerOptions) {

    /** Longer prompts are almost certainly a mistake (a file pasted in); Flux reads about 512 tokens. */
    public static final int MAX_PROMPT_LENGTH = 2000;

    private static final Pattern TRACK_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    public EditRequest {
        images = List.copyOf(images);
        Objects.requireNonNull(prompt, "prompt is null");
        if (images.isEmpty()) {
            throw new InvalidRequestException("an edit needs an image to edit");
        }
        validatePrompt(prompt);
        if (model != null && (model.isBlank() || model.chars().anyMatch(c -> Character.isWhitespace(c)
                || Character.isISOControl(c)))) {
            throw new InvalidRequestException("model '" + model + "' is not a model id: ids are one word, such as "
                    + "flux-kontext-pro");
        }
        if (seed != null && seed < 0) {
            throw new InvalidRequestException("seed must be zero or positive, got " + seed);
        }
        if (trackId != null && !TRACK_ID.matcher(trackId).matches()) {
            throw new InvalidRequestException("track id '" + trackId + "' must be 1 to 64 letters, digits, '.', "
                    + "'_', ':' or '-'");
        }
        providerOptions.forEach((name, value) -> {
            Objects.requireNonNull(name, "a provider option's name is null");
            Objects.requireNonNull(value, () -> "provider option '" + name + "' has a null value");
        });
        providerOptions = Map.copyOf(providerOptions);
    }

    /** A builder for an edit of {@code image} as {@code prompt} says; {@link Builder#build()} validates. */
    public static Builder builder(ImageInput image, String prompt) {
        return new Builder(image, prompt);
    }

    /** The image edited: the first of {@link #images()}. */
    public ImageInput image() {
        return images.get(0);
    }

    /** The images after the first, which the edit refers to. */
    public List<ImageInput> references() {
        return images.subList(1, images.size());
    }

    /** A builder holding this request's values, to derive a variant (another model, the inputs resized). */
    public Builder toBuilder() {
        Builder builder = new Builder(image(), prompt).model(model).aspectRatio(aspectRatio).seed(seed)
                .outputFormat(outputFormat).trackId(trackId).providerOptions(providerOptions);
        references().forEach(builder::reference);
        return builder;
    }

    /** Option names without their values, which may be secrets (a webhook's signing secret). */
    @Override
    public String toString() {
        return "EditRequest[images=" + images + ", prompt=" + prompt.length() + " characters"
                + (model == null ? "" : ", model=" + model) + (aspectRatio == null ? "" : ", aspectRatio=" + aspectRatio)
                + (seed == null ? "" : ", seed=" + seed) + (outputFormat == null ? "" : ", outputFormat=" + outputFormat)
                + (trackId == null ? "" : ", trackId=" + trackId) + ", providerOptions=" + providerOptions.keySet()
                + "]";
    }

    private static void validatePrompt(String prompt) {
        if (prompt.isBlank()) {
            throw new InvalidRequestException("prompt is blank: say what to change, e.g. \"make it snow\"");
        }
        if (prompt.length() > MAX_PROMPT_LENGTH) {
            throw new InvalidRequestException("prompt is " + prompt.length() + " characters long, the limit is "
                    + MAX_PROMPT_LENGTH + ": shorten it");
        }
        for (int i = 0; i < prompt.length(); i++) {
            char c = prompt.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r') {
                throw new InvalidRequestException(String.format(
                        "prompt contains the control character U+%04X at position %d: remove it", (int) c, i));
            }
        }
    }

    /** Builds an {@link EditRequest}; every setter replaces what was set before, except {@link #reference}. */
    public static final class Builder {
        private final List<ImageInput> images = new ArrayList<>();
        private String prompt;
        private @Nullable String model;
        private @Nullable AspectRatio aspectRatio;
        private @Nullable Long seed;
        private @Nullable ImageType outputFormat;
        private @Nullable String trackId;
        private final Map<String, String> providerOptions = new LinkedHashMap<>();

        private Builder(ImageInput image, String prompt) {
            images.add(Objects.requireNonNull(image, "image is null"));
            this.prompt = prompt;
        }

        /** Replaces the image to edit, keeping the references. */
        public Builder image(ImageInput image) {
            images.set(0, Objects.requireNonNull(image, "image is null"));
            return this;
        }

        /** Adds a reference image after those added before. */
        public Builder reference(ImageInput reference) {
            images.add(Objects.requireNonNull(reference, "reference is null"));
            return this;
        }

        /** Replaces the references. */
        public Builder references(List<ImageInput> references) {
            images.subList(1, images.size()).clear();
            references.forEach(this::reference);
            return this;
        }

        /** Replaces the prompt. */
        public Builder prompt(String prompt) {
            this.prompt = prompt;
            return this;
        }

        /** The model to use by id; null (the default) for the provider's default model. */
        public Builder model(@Nullable String model) {
            this.model = model;
            return this;
        }

        /** The output's aspect ratio; null (the default) keeps the input's, where the model can. */
        public Builder aspectRatio(@Nullable AspectRatio aspectRatio) {
            this.aspectRatio = aspectRatio;
            return this;
        }

        /** The seed, zero or more, for a repeatable edit; null (the default) for a random one. */
        public Builder seed(@Nullable Long seed) {
            this.seed = seed;
            return this;
        }

        /** The output's format; null (the default) for the model's own. */
        public Builder outputFormat(@Nullable ImageType outputFormat) {
            this.outputFormat = outputFormat;
            return this;
        }

        /** A client-chosen id sent with the job where the provider takes one, so a lost submit can be found. */
        public Builder trackId(@Nullable String trackId) {
            this.trackId = trackId;
            return this;
        }

        /** Sets one of the model's options ({@link ModelInfo#options()}); neither may be null. */
        public Builder providerOption(String name, String value) {
            Objects.requireNonNull(name, "a provider option's name is null");
            Objects.requireNonNull(value, () -> "provider option '" + name + "' has a null value");
            providerOptions.put(name, value);
            return this;
        }

        /** Replaces the provider options. */
        public Builder providerOptions(Map<String, String> options) {
            providerOptions.clear();
            providerOptions.putAll(options);
            return this;
        }

        /** @throws dev.imgedit.exception.InvalidRequestException naming what is wrong with the request */
        public EditRequest build() {
            return new EditRequest(images, prompt, model, aspectRatio, seed, outputFormat, trackId, providerOptions);
        }
    }
}
