package dev.imgedit.fake;

import dev.imgedit.EditResult;
import dev.imgedit.ImageBytes;
import dev.imgedit.ImageInput;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Images for the fake's tests, and ways to measure what an edit did to them. */
final class Pictures {
    private Pictures() {}

    static ImageInput input(BufferedImage image) {
        return ImageInput.bytes(ImageBytes.adopt(png(image)), "test.png");
    }

    /** A file of this package's test resources, such as {@code scene-lossy.webp} (made with cwebp, 160 x 120). */
    static byte[] resource(String name) {
        try (InputStream in = Pictures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BufferedImage solid(int width, int height, Color color) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, color.getRGB());
            }
        }
        return image;
    }

    /** Black and white squares of {@code cell} pixels: the sharpest picture there is. */
    static BufferedImage checkerboard(int width, int height, int cell) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, ((x / cell + y / cell) % 2 == 0) ? 0xFFFFFF : 0x000000);
            }
        }
        return image;
    }

    static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BufferedImage decode(EditResult result) {
        try {
            BufferedImage image = ImageIO.read(result.image().bytes().openStream());
            if (image == null) {
                throw new AssertionError("the result does not decode");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Mean red, green, blue and luminance over the rows from {@code fromRow} (inclusive) to {@code toRow}. */
    static Means means(BufferedImage image, int fromRow, int toRow) {
        double red = 0;
        double green = 0;
        double blue = 0;
        long count = 0;
        for (int y = fromRow; y < toRow; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color color = new Color(image.getRGB(x, y));
                red += color.getRed();
                green += color.getGreen();
                blue += color.getBlue();
                count++;
            }
        }
        return new Means(red / count, green / count, blue / count);
    }

    static Means means(BufferedImage image) {
        return means(image, 0, image.getHeight());
    }

    /** The mean absolute difference between horizontally adjacent pixels: high for sharp images. */
    static double sharpness(BufferedImage image) {
        double sum = 0;
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 1; x < image.getWidth(); x++) {
                sum += Math.abs((image.getRGB(x, y) & 0xFF) - (image.getRGB(x - 1, y) & 0xFF));
                count++;
            }
        }
        return sum / count;
    }

    record Means(double red, double green, double blue) {
        double luminance() {
            return 0.299 * red + 0.587 * green + 0.114 * blue;
        }
    }
}
