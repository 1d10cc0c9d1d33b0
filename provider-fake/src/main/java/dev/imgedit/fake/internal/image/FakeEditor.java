package dev.imgedit.fake.internal.image;

import dev.imgedit.AspectRatio;
import dev.imgedit.CheckedRequest;
import dev.imgedit.EditRequest;
import dev.imgedit.ImageType;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * Makes the edited image: read the inputs, frame, apply the prompt's effects, inset the references, encode.
 * Stateless; the same pixels, prompt, ratio, seed, references and format give the same bytes.
 */
public final class FakeEditor {
    private FakeEditor() {}

    /**
     * An edited image and how it was made.
     *
     * @param effects the names of the effects applied, in order
     * @param seed the seed the effects were drawn with
     * @param notices what the user should know about how the request was read
     */
    public record Edit(byte[] bytes, ImageType type, int width, int height, List<String> effects, long seed,
            List<String> notices) {}

    /**
     * Edits as {@code checked} asks, downloading its URL inputs; PNG unless it asks for another format.
     *
     * @throws dev.imgedit.exception.InvalidRequestException when an image does not decode or a URL does not answer
     *     with one
     * @throws dev.imgedit.exception.ProviderUnavailableException when a URL cannot be reached
     */
    public static Edit edit(CheckedRequest checked) {
        EditRequest request = checked.request();
        BufferedImage input = InputImages.read(request.image(), 0, checked.model(), Framing.MAX_LONGER_SIDE);
        int thumbnail = ReferenceInsets.thumbnailSide(input.getWidth(), input.getHeight());
        List<BufferedImage> references = new ArrayList<>();
        for (int i = 1; i < request.images().size(); i++) {
            references.add(InputImages.read(request.images().get(i), i, checked.model(), thumbnail));
        }
        ImageType format = request.outputFormat() != null ? request.outputFormat() : ImageType.PNG;
        return edit(input, references, request.prompt(), request.aspectRatio(), request.seed(), format);
    }

    /**
     * @param references the reference images, in order, to inset
     * @param seed the caller's seed, or null to derive one from the prompt (the edit stays deterministic)
     */
    static Edit edit(BufferedImage input, List<BufferedImage> references, String prompt, @Nullable AspectRatio ratio,
            @Nullable Long seed, ImageType format) {
        BufferedImage image = Framing.frame(input, ratio);
        long effectiveSeed = seed != null ? seed : promptSeed(prompt);
        List<String> notices = new ArrayList<>();
        List<Effect> effects = PromptReader.recognisedEffects(prompt);
        if (effects.isEmpty()) {
            effects = PromptReader.fallback(prompt);
            notices.add(PromptReader.FALLBACK_NOTICE);
        }
        for (Effect effect : effects) {
            // Seeded per effect, so adding a word to the prompt does not move the flakes of another effect.
            image = effect.apply(image, new Random(effectiveSeed * 31 + effect.name().hashCode()));
        }
        if (!references.isEmpty()) {
            image = ReferenceInsets.draw(image, references);
            notices.add(references.size() == 1
                    ? "the fake shows the reference image as an inset in the top-right corner; it does not blend it "
                            + "into the edit"
                    : "the fake shows the " + references.size() + " reference images as insets down the top-right "
                            + "corner, in order; it does not blend them into the edit");
        }
        List<String> names = effects.stream().map(Effect::name).distinct().toList();
        return new Edit(ImageCodec.encode(image, format), format, image.getWidth(), image.getHeight(), names,
                effectiveSeed, notices);
    }

    private static long promptSeed(String prompt) {
        return Math.floorMod(prompt.strip().toLowerCase(Locale.ROOT).hashCode(), 1_000_000L);
    }
}
