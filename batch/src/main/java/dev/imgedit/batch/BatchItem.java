package dev.imgedit.batch;

import dev.imgedit.AspectRatio;
import dev.imgedit.batch.internal.ItemChecks;
import dev.imgedit.exception.InvalidRequestException;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One edit of a batch. Everything in it names the item: change the image, the prompt or an option and it is a new
 * item, edited (and paid for) anew; rerun the batch unchanged and it is recognised, never edited twice.
 *
 * @param input the image to edit
 * @param prompt what to change
 * @param aspectRatio the ratio of the output, or null for the provider's default
 * @param seed the seed, or null for a random one
 * @param outputName where the output goes, relative to the output folder, or null to derive it from the input's
 *     name; its extension always follows the format the provider returns
 * @param providerOptions passed to the provider as they are
 */
public record BatchItem(
        BatchInput input,
        String prompt,
        @Nullable AspectRatio aspectRatio,
        @Nullable Long seed,
        @Nullable String outputName,
        Map<String, String> providerOptions) {

    public BatchItem {
        Objects.requireNonNull(input, "input is null");
        Objects.requireNonNull(prompt, "prompt is null");
        if (prompt.isBlank()) {
            throw new InvalidRequestException("the prompt of '" + input.name() + "' is blank: say what to change");
        }
        try {
            ItemChecks.checkPrompt(prompt);
        } catch (InvalidRequestException e) {
            throw new InvalidRequestException("'" + input.name() + "': " + e.getMessage());
        }
        if (outputName != null) {
            ItemChecks.checkOutputName(outputName);
        }
        providerOptions = Map.copyOf(providerOptions);
        ItemChecks.checkProviderOptions(providerOptions);
    }

    /** An item with the provider's defaults for everything but the prompt. */
    public static BatchItem of(BatchInput input, String prompt) {
        return new BatchItem(input, prompt, null, null, null, Map.of());
    }
}
