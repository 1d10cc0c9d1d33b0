package dev.imgedit.fake.internal.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.MultipleGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.Random;

/** Night: the light turned down to a dark blue, and a moon and stars where the sky was. */
final class NightEffect implements Effect {
    private static final double SKY_LIMIT = 0.6;
    private static final int PIXELS_PER_STAR = 2500;

    @Override
    public String name() {
        return "night";
    }

    @Override
    public BufferedImage apply(BufferedImage image, Random random) {
        int width = image.getWidth();
        int height = image.getHeight();
        boolean[] sky = skyMask(image);
        ColorEffects.nightShade().apply(image, random);
        Graphics2D graphics = Pixels.smoothGraphics(image);
        try {
            drawMoon(graphics, sky, width, height, random);
            drawStars(graphics, sky, width, height, random);
        } finally {
            graphics.dispose();
        }
        return image;
    }

    /** Light, bluish pixels in the upper part: where stars may shine. */
    private static boolean[] skyMask(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        boolean[] sky = new boolean[pixels.length];
        int lastRow = (int) (height * SKY_LIMIT);
        for (int i = 0; i < lastRow * width; i++) {
            int red = Pixels.red(pixels[i]);
            int green = Pixels.green(pixels[i]);
            int blue = Pixels.blue(pixels[i]);
            sky[i] = blue >= red && blue + 20 >= green && Pixels.luminance(red, green, blue) > 100;
        }
        return sky;
    }

    private static void drawMoon(Graphics2D graphics, boolean[] sky, int width, int height, Random random) {
        double radius = Math.max(4, Math.min(width, height) / 16.0);
        double x = width * 0.8;
        double y = height * 0.16;
        for (int attempt = 0; attempt < 24; attempt++) {
            double candidateX = width * (0.45 + 0.45 * random.nextDouble());
            double candidateY = height * (0.08 + 0.22 * random.nextDouble());
            if (isSky(sky, width, candidateX, candidateY)) {
                x = candidateX;
                y = candidateY;
                break;
            }
        }
        float glow = (float) (radius * 3.5);
        graphics.setPaint(new RadialGradientPaint(new Point2D.Double(x, y), glow, new float[] {0f, 1f},
                new Color[] {new Color(255, 246, 214, 110), new Color(255, 246, 214, 0)},
                MultipleGradientPaint.CycleMethod.NO_CYCLE));
        graphics.fill(new Ellipse2D.Double(x - glow, y - glow, 2 * glow, 2 * glow));
        graphics.setColor(new Color(250, 245, 222));
        graphics.fill(new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius));
        graphics.setColor(new Color(226, 220, 196));
        graphics.fill(new Ellipse2D.Double(x - radius * 0.35, y - radius * 0.3, radius * 0.45, radius * 0.4));
        graphics.fill(new Ellipse2D.Double(x + radius * 0.2, y + radius * 0.15, radius * 0.3, radius * 0.3));
    }

    private static void drawStars(Graphics2D graphics, boolean[] sky, int width, int height, Random random) {
        int stars = Math.max(12, width * height / PIXELS_PER_STAR);
        double scale = Math.max(0.5, Math.min(width, height) / 512.0);
        for (int i = 0; i < stars; i++) {
            double x = random.nextDouble() * width;
            double y = random.nextDouble() * height * SKY_LIMIT;
            double radius = scale * (0.6 + random.nextDouble() * random.nextDouble() * 1.6);
            int alpha = 140 + random.nextInt(116);
            if (isSky(sky, width, x, y)) {
                graphics.setColor(new Color(255, 255, 235, alpha));
                graphics.fill(new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius));
            }
        }
    }

    private static boolean isSky(boolean[] sky, int width, double x, double y) {
        int index = (int) y * width + (int) x;
        return index >= 0 && index < sky.length && sky[index];
    }
}
