package dev.imgedit.fake.internal.image;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Per-pixel helpers over packed ARGB ints; alpha is always kept as it was. */
final class Pixels {
    private Pixels() {}

    /** Computes a new colour from the red, green and blue of one pixel, each 0 to 255. */
    @FunctionalInterface
    interface ColorFunction {
        int apply(int red, int green, int blue);
    }

    static void map(BufferedImage image, ColorFunction function) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int argb = row[x];
                int rgb = function.apply(red(argb), green(argb), blue(argb));
                row[x] = (argb & 0xFF000000) | (rgb & 0x00FFFFFF);
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
    }

    /** A packed colour from components that may be out of range or fractional. */
    static int rgb(double red, double green, double blue) {
        return (clamp(red) << 16) | (clamp(green) << 8) | clamp(blue);
    }

    /** {@code from} moved {@code amount} (0 to 1) of the way towards {@code to}. */
    static double mix(double from, double to, double amount) {
        return from + (to - from) * amount;
    }

    static double luminance(int red, int green, int blue) {
        return 0.299 * red + 0.587 * green + 0.114 * blue;
    }

    static int red(int argb) {
        return (argb >> 16) & 0xFF;
    }

    static int green(int argb) {
        return (argb >> 8) & 0xFF;
    }

    static int blue(int argb) {
        return argb & 0xFF;
    }

    static int clamp(double value) {
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }

    /** Graphics that draw smooth shapes; the caller disposes them. */
    static Graphics2D smoothGraphics(BufferedImage image) {
        Graphics2D graphics = image.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        return graphics;
    }
}
