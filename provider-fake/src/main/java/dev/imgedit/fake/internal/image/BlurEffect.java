package dev.imgedit.fake.internal.image;

import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * A Gaussian blur strong enough to see at any size, done as two one-dimensional passes with the edges repeated
 * ({@link java.awt.image.ConvolveOp} would leave a sharp border).
 */
final class BlurEffect implements Effect {

    @Override
    public String name() {
        return "blur";
    }

    @Override
    public BufferedImage apply(BufferedImage image, Random random) {
        int width = image.getWidth();
        int height = image.getHeight();
        double[] kernel = kernel(Math.max(2.0, Math.min(width, height) / 110.0));
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        int[] across = new int[pixels.length];
        pass(pixels, across, width, height, kernel, true);
        pass(across, pixels, width, height, kernel, false);
        image.setRGB(0, 0, width, height, pixels, 0, width);
        return image;
    }

    private static double[] kernel(double sigma) {
        int radius = (int) Math.ceil(sigma * 2.5);
        double[] weights = new double[2 * radius + 1];
        double sum = 0;
        for (int i = -radius; i <= radius; i++) {
            weights[i + radius] = Math.exp(-(i * i) / (2 * sigma * sigma));
            sum += weights[i + radius];
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] /= sum;
        }
        return weights;
    }

    private static void pass(int[] from, int[] to, int width, int height, double[] kernel, boolean horizontal) {
        int radius = kernel.length / 2;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double alpha = 0;
                double red = 0;
                double green = 0;
                double blue = 0;
                for (int k = -radius; k <= radius; k++) {
                    int sampleX = horizontal ? Math.min(width - 1, Math.max(0, x + k)) : x;
                    int sampleY = horizontal ? y : Math.min(height - 1, Math.max(0, y + k));
                    int argb = from[sampleY * width + sampleX];
                    double weight = kernel[k + radius];
                    alpha += weight * (argb >>> 24);
                    red += weight * Pixels.red(argb);
                    green += weight * Pixels.green(argb);
                    blue += weight * Pixels.blue(argb);
                }
                to[y * width + x] = (Pixels.clamp(alpha) << 24) | Pixels.rgb(red, green, blue);
            }
        }
    }
}
