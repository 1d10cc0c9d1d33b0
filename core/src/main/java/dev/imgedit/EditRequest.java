package dev.imgedit;

import dev.imgedit.exception.InvalidRequestException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One edit: an image, what to do to it, and the optional knobs. Validated when built, so a bad request fails
 * before any I/O. {@code providerOptions} are passed to the provider as they are (ModelsLab: extra JSON fields).
 */
public record EditRequest(
        ImageInput image,
        String prompt,
        @Nullable AspectRatio aspectRatio,
        @Nullable Long seed,
        Map<String, String> providerOptions) {

    /** Longer prompts are almost certainly a mistake (a file pasted in); Flux reads about 512 tokens. */
    public static final int MAX_PROMPT_LENGTH = 2000;

    public EditRequest {
        Objects.requireNonNull(image, "image is null");
        Objects.requireNonNull(prompt, "prompt is null");
        validatePrompt(prompt);
        if (seed != null && seed < 0) {
            throw new InvalidRequestException("seed must be zero or positive, got " + seed);
        }
        providerOptions = Map.copyOf(providerOptions);
    }

    public static Builder builder(ImageInput image, String prompt) {
        return new Builder(image, prompt);
    }

    public Optional<AspectRatio> aspectRatioOption() {
        return Optional.ofNullable(aspectRatio);
    }

    public Optional<Long> seedOption() {
        return Optional.ofNullable(seed);
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

    /** Builds an {@link EditRequest}; {@link #build()} validates. */
    public static final class Builder {
        private final ImageInput image;
        private final String prompt;
        private @Nullable AspectRatio aspectRatio;
        private @Nullable Long seed;
        private final Map<String, String> providerOptions = new LinkedHashMap<>();

        private Builder(ImageInput image, String prompt) {
            this.image = image;
            this.prompt = prompt;
        }

        public Builder aspectRatio(@Nullable AspectRatio aspectRatio) {
            this.aspectRatio = aspectRatio;
            return this;
        }

        public Builder seed(@Nullable Long seed) {
            this.seed = seed;
            return this;
        }

        public Builder providerOption(String name, String value) {
            providerOptions.put(name, value);
            return this;
        }

        public Builder providerOptions(Map<String, String> options) {
            providerOptions.putAll(options);
            return this;
        }

        public EditRequest build() {
            return new EditRequest(image, prompt, aspectRatio, seed, providerOptions);
        }
    }
}
