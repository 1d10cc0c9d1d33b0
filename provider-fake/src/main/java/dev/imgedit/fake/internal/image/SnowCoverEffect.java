package dev.imgedit.fake.internal.image;

import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * Lying snow: a cold, pale cast over everything, a white cap on the top edge of whatever stands against a lighter
 * background (roofs, trees, ridges), and the lower part of the picture covered up to a wavy line.
 */
final class SnowCoverEffect implements Effect {
    private static final double CAST = 0.35;
    private static final double COVER = 0.8;
    private static final double CAP = 0.85;
    private static final double EDGE_CONTRAST = 40;
    private static final int CLOUD_MINIMUM = 200;

    @Override
    public String name() {
        return "snow";
    }

    @Override
    public BufferedImage apply(BufferedImage image, Random random) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        double[] caps = softened(caps(pixels, width, height), width);
        double phase = random.nextDouble() * 2 * Math.PI;
        double ripplePhase = random.nextDouble() * 2 * Math.PI;
        for (int x = 0; x < width; x++) {
            double across = (double) x / width;
            double snowLine = 0.62 + 0.05 * Math.sin(across * 3 * Math.PI + phase)
                    + 0.015 * Math.sin(across * 13 * Math.PI + ripplePhase);
            for (int y = 0; y < height; y++) {
                int index = y * width + x;
                double cover = Math.max(COVER * smoothStep(snowLine, snowLine + 0.15, (double) y / height),
                        caps[index]);
                pixels[index] = (pixels[index] & 0xFF000000) | snowy(pixels[index], cover);
            }
        }
        image.setRGB(0, 0, width, height, pixels, 0, width);
        return image;
    }

    /**
     * Where snow settles: the first rows of anything darker than what is two rows above it. Two rows, because an
     * antialiased edge spreads its contrast over two, and a one-row test would miss every other column.
     */
    private static double[] caps(int[] pixels, int width, int height) {
        double[] luminance = new double[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            luminance[i] = luminance(pixels[i]);
        }
        double[] caps = new double[pixels.length];
        int thickness = Math.max(2, height / 100);
        for (int x = 0; x < width; x++) {
            int left = 0;
            for (int y = 2; y < height; y++) {
                int index = y * width + x;
                int above = index - 2 * width;
                if (left == 0 && luminance[above] - luminance[index] > EDGE_CONTRAST && !isCloud(pixels[above])
                        && !isSky(pixels[index], luminance[index])) {
                    left = thickness;
                }
                if (left > 0) {
                    caps[index] = CAP;
                    left--;
                }
            }
        }
        return caps;
    }

    /** Snow does not settle under a cloud, whose underside is the only other light-over-dark edge in a sky. */
    private static boolean isCloud(int argb) {
        return Math.min(Pixels.red(argb), Math.min(Pixels.green(argb), Pixels.blue(argb))) > CLOUD_MINIMUM;
    }

    private static boolean isSky(int argb, double luminance) {
        return Pixels.blue(argb) > Pixels.red(argb) + 30 && luminance > 120;
    }

    private static double[] softened(double[] mask, int width) {
        double[] soft = new double[mask.length];
        for (int i = 0; i < mask.length; i++) {
            int x = i % width;
            double left = x > 0 ? mask[i - 1] : mask[i];
            double right = x < width - 1 ? mask[i + 1] : mask[i];
            soft[i] = (left + 2 * mask[i] + right) / 4;
        }
        return soft;
    }

    private static int snowy(int argb, double cover) {
        double luminance = luminance(argb);
        double red = Pixels.mix(Pixels.red(argb), luminance, CAST) + 26;
        double green = Pixels.mix(Pixels.green(argb), luminance, CAST) + 32;
        double blue = Pixels.mix(Pixels.blue(argb), luminance, CAST) + 48;
        return Pixels.rgb(Pixels.mix(red, 244, cover), Pixels.mix(green, 247, cover), Pixels.mix(blue, 255, cover));
    }

    private static double luminance(int argb) {
        return Pixels.luminance(Pixels.red(argb), Pixels.green(argb), Pixels.blue(argb));
    }

    private static double smoothStep(double from, double to, double value) {
        double t = Math.max(0, Math.min(1, (value - from) / (to - from)));
        return t * t * (3 - 2 * t);
    }
}
