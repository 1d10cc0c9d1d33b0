package dev.imgedit.fake.internal.image;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Random;

/** The effects that recolour each pixel on its own, one small function each. */
final class ColorEffects {
    private ColorEffects() {}

    static Effect warm() {
        return of("warm", (red, green, blue) -> Pixels.rgb(red * 1.12 + 22, green * 1.02 + 8, blue * 0.78));
    }

    static Effect cool() {
        return of("cool", (red, green, blue) -> Pixels.rgb(red * 0.80, green * 0.97 + 6, blue * 1.10 + 28));
    }

    static Effect bright() {
        return of("bright", (red, green, blue) -> Pixels.rgb(red * 1.2 + 24, green * 1.2 + 24, blue * 1.2 + 24));
    }

    static Effect dark() {
        return of("dark", (red, green, blue) -> Pixels.rgb(red * 0.6, green * 0.6, blue * 0.6));
    }

    /** Moonlight: most of the light gone, what is left blue. */
    static Effect nightShade() {
        return of("night", (red, green, blue) -> Pixels.rgb(red * 0.20 + 2, green * 0.27 + 6, blue * 0.42 + 26));
    }

    static Effect grayscale() {
        return of("grayscale", (red, green, blue) -> {
            double gray = Pixels.luminance(red, green, blue);
            return Pixels.rgb(gray, gray, gray);
        });
    }

    static Effect sepia() {
        return of("sepia", (red, green, blue) -> Pixels.rgb(
                0.393 * red + 0.769 * green + 0.189 * blue,
                0.349 * red + 0.686 * green + 0.168 * blue,
                0.272 * red + 0.534 * green + 0.131 * blue));
    }

    static Effect invert() {
        return of("invert", (red, green, blue) -> Pixels.rgb(255 - red, 255 - green, 255 - blue));
    }

    /** A wash of one colour whose hue comes from the prompt, so each prompt looks different. */
    static Effect tint(float hue) {
        Color color = Color.getHSBColor(hue, 0.7f, 1.0f);
        double amount = 0.38;
        return of("tint", (red, green, blue) -> Pixels.rgb(
                Pixels.mix(red, color.getRed(), amount),
                Pixels.mix(green, color.getGreen(), amount),
                Pixels.mix(blue, color.getBlue(), amount)));
    }

    private static Effect of(String name, Pixels.ColorFunction function) {
        return new Effect() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public BufferedImage apply(BufferedImage image, Random random) {
                Pixels.map(image, function);
                return image;
            }
        };
    }
}
