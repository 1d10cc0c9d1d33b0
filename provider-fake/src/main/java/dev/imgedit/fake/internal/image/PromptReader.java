package dev.imgedit.fake.internal.image;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a prompt into effects by the words it contains. The effects run in a fixed order, whatever the order of
 * the words, so that combinations look right: colour first, then snow and night, then blur, then the treatments
 * that recolour everything (grayscale, sepia, invert).
 */
final class PromptReader {
    private static final Set<String> WARM = Set.of("warm", "warmer", "sunset", "sunrise", "golden", "summer");
    private static final Set<String> COOL = Set.of("cool", "cooler", "cold", "colder", "icy", "frosty");
    private static final Set<String> BRIGHT = Set.of("bright", "brighter", "brighten", "lighter", "lighten");
    private static final Set<String> DARK = Set.of("dark", "darker", "darken", "gloomy");
    private static final Set<String> SNOW = Set.of(
            "snow", "snowy", "snowing", "snowfall", "snowstorm", "blizzard", "winter", "wintry");
    private static final Set<String> NIGHT = Set.of(
            "night", "nighttime", "midnight", "moonlight", "moonlit", "starry");
    private static final Set<String> BLUR = Set.of("blur", "blurry", "blurred", "unfocused");
    private static final Set<String> GRAYSCALE = Set.of("grayscale", "greyscale", "monochrome", "noir");
    private static final Set<String> SEPIA = Set.of("sepia", "vintage", "antique");
    private static final Set<String> INVERT = Set.of("invert", "inverted", "negative");

    private PromptReader() {}

    /** What the fake does when it recognises none of the prompt's words, for the notice that says so. */
    static final String FALLBACK_NOTICE = "no effect word recognised in the prompt, so a tint and a caption were "
            + "applied instead; the fake knows words such as snow, night, black and white, sepia, invert, blur, "
            + "warm, cool, bright and dark";

    /** The tint and caption made of a prompt the fake does not understand. */
    static List<Effect> fallback(String prompt) {
        return List.of(ColorEffects.tint(hueOf(prompt)), new CaptionEffect(prompt));
    }

    /** The effects the prompt's words ask for, in their fixed order; none when it has none of the known words. */
    static List<Effect> recognisedEffects(String prompt) {
        String lower = prompt.toLowerCase(Locale.ROOT);
        List<String> words = Arrays.stream(lower.split("[^\\p{L}]+")).filter(word -> !word.isEmpty()).toList();
        Set<String> distinct = words.stream().collect(Collectors.toSet());
        String spaced = " " + String.join(" ", words) + " ";
        boolean grayscale = mentions(distinct, GRAYSCALE) || spaced.contains(" black and white ")
                || lower.contains("b&w") || lower.contains("b/w");
        boolean snow = mentions(distinct, SNOW);

        List<Effect> effects = new ArrayList<>();
        addIf(effects, mentions(distinct, WARM), ColorEffects.warm());
        addIf(effects, mentions(distinct, COOL), ColorEffects.cool());
        addIf(effects, mentions(distinct, BRIGHT), ColorEffects.bright());
        addIf(effects, mentions(distinct, DARK), ColorEffects.dark());
        addIf(effects, snow, new SnowCoverEffect());
        addIf(effects, mentions(distinct, NIGHT), new NightEffect());
        // Flakes after night, so that they stay white in the dark.
        addIf(effects, snow, new SnowfallEffect());
        addIf(effects, mentions(distinct, BLUR), new BlurEffect());
        addIf(effects, grayscale, ColorEffects.grayscale());
        addIf(effects, mentions(distinct, SEPIA), ColorEffects.sepia());
        addIf(effects, mentions(distinct, INVERT), ColorEffects.invert());
        return List.copyOf(effects);
    }

    /** A hue from 0 to 1 that depends only on the prompt's words, not on case or spacing. */
    static float hueOf(String prompt) {
        String normalized = prompt.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return Math.floorMod(normalized.hashCode(), 360) / 360f;
    }

    private static boolean mentions(Set<String> words, Set<String> wanted) {
        return !Collections.disjoint(words, wanted);
    }

    private static void addIf(List<Effect> effects, boolean wanted, Effect effect) {
        if (wanted) {
            effects.add(effect);
        }
    }
}
