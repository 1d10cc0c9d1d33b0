package dev.imgedit.batch;

import dev.imgedit.ImageType;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a journaled job asked for, as recorded before it was submitted.
 *
 * @param key the SHA-256 of everything below: a batch item with the same key is the same item
 * @param provider the provider's id
 * @param model the model the provider ran
 * @param input the input's name: a path relative to the folder or manifest it came from, or the URL
 * @param inputLocation the input's absolute path, or the URL
 * @param inputSha256 the SHA-256 of the input's bytes, or null for a URL (imgedit never fetches it) or a file that
 *     could not be read
 * @param inputType the input's format, or null when it is a URL or not an image
 * @param prompt the prompt
 * @param aspectRatio the ratio asked for, such as {@code 16:9}, or null
 * @param seed the seed asked for, or null
 * @param options the provider options, never a secret
 */
public record JobRequest(
        String key,
        String provider,
        String model,
        String input,
        String inputLocation,
        @Nullable String inputSha256,
        @Nullable ImageType inputType,
        String prompt,
        @Nullable String aspectRatio,
        @Nullable Long seed,
        Map<String, String> options) {

    public JobRequest {
        Objects.requireNonNull(key, "key is null");
        Objects.requireNonNull(provider, "provider is null");
        Objects.requireNonNull(model, "model is null");
        Objects.requireNonNull(input, "input is null");
        Objects.requireNonNull(inputLocation, "inputLocation is null");
        Objects.requireNonNull(prompt, "prompt is null");
        options = Map.copyOf(options);
    }
}
