package dev.imgedit.fake.internal.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.Random;

/** Falling flakes, mostly small, a few large and close; their places come from the seed. */
final class SnowfallEffect implements Effect {
    private static final int PIXELS_PER_FLAKE = 600;

    @Override
    public String name() {
        return "snow";
    }

    @Override
    public BufferedImage apply(BufferedImage image, Random random) {
        int width = image.getWidth();
        int height = image.getHeight();
        double scale = Math.max(0.5, Math.min(width, height) / 512.0);
        int flakes = Math.max(30, width * height / PIXELS_PER_FLAKE);
        Graphics2D graphics = Pixels.smoothGraphics(image);
        try {
            for (int i = 0; i < flakes; i++) {
                double x = random.nextDouble() * width;
                double y = random.nextDouble() * height;
                double size = random.nextDouble();
                int alpha = 150 + random.nextInt(100);
                double radius = scale * (size < 0.7 ? 0.9 + size * 1.4 : size < 0.95 ? 1.9 + (size - 0.7) * 6
                        : 3.4 + (size - 0.95) * 40);
                graphics.setColor(new Color(255, 255, 255, radius > 3 ? alpha * 3 / 4 : alpha));
                graphics.fill(new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius));
            }
        } finally {
            graphics.dispose();
        }
        return image;
    }
}
