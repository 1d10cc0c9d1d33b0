package dev.imgedit.fake.internal;

import dev.imgedit.AspectRatio;
import dev.imgedit.ImageInput;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/** Makes the edited image: decode, frame, apply the prompt's effects, encode as PNG. Stateless. */
final class FakeEditor {
    private FakeEditor() {}

    /** An edited image and how it was made. */
    record Edit(byte[] png, int width, int height, List<String> effects, long seed) {}

    /**
     * @param seed the caller's seed, or null to derive one from the prompt (the edit stays deterministic)
     * @throws dev.imgedit.exception.InvalidRequestException when the input does not decode
     */
    static Edit edit(ImageInput.Bytes input, String prompt, @Nullable AspectRatio ratio, @Nullable Long seed) {
        BufferedImage decoded = ImageCodec.decode(input.data(), RequestChecks.describe(input), Framing.MAX_LONGER_SIDE);
        BufferedImage image = Framing.frame(decoded, ratio);
        long effectiveSeed = seed != null ? seed : promptSeed(prompt);
        List<Effect> effects = PromptReader.effectsFor(prompt);
        for (Effect effect : effects) {
            // Seeded per effect, so adding a word to the prompt does not move the flakes of another effect.
            image = effect.apply(image, new Random(effectiveSeed * 31 + effect.name().hashCode()));
        }
        List<String> names = effects.stream().map(Effect::name).distinct().toList();
        return new Edit(ImageCodec.encodePng(image), image.getWidth(), image.getHeight(), names, effectiveSeed);
    }

    private static long promptSeed(String prompt) {
        return Math.floorMod(prompt.strip().toLowerCase(Locale.ROOT).hashCode(), 1_000_000L);
    }
}
