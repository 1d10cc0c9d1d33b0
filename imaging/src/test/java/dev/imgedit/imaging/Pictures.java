package dev.imgedit.imaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgedit.ImageBytes;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Images for the imaging tests, made on the spot, and the means to look at what came out. */
final class Pictures {
    static final Color TOP_LEFT = new Color(220, 30, 30);
    static final Color TOP_RIGHT = new Color(30, 180, 30);
    static final Color BOTTOM_LEFT = new Color(30, 60, 220);
    static final Color BOTTOM_RIGHT = new Color(240, 220, 40);

    private Pictures() {}

    /** An upright image of four coloured quarters, so any turn or mirror shows. */
    static BufferedImage quarters(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D graphics = image.createGraphics();
        fill(graphics, TOP_LEFT, 0, 0, width / 2, height / 2);
        fill(graphics, TOP_RIGHT, width / 2, 0, width - width / 2, height / 2);
        fill(graphics, BOTTOM_LEFT, 0, height / 2, width / 2, height - height / 2);
        fill(graphics, BOTTOM_RIGHT, width / 2, height / 2, width - width / 2, height - height / 2);
        graphics.dispose();
        return image;
    }

    /**
     * How a camera stores {@code upright} under an EXIF orientation, from the standard's table of which side of the
     * upright image the stored row 0 and column 0 show (1: top, left; 2: top, right; 3: bottom, right; 4: bottom,
     * left; 5: left, top; 6: right, top; 7: right, bottom; 8: left, bottom).
     */
    static BufferedImage stored(BufferedImage upright, int orientation) {
        String[] table = {"top left", "top right", "bottom right", "bottom left", "left top", "right top",
            "right bottom", "left bottom"};
        String[] sides = table[orientation - 1].split(" ");
        String rowZero = sides[0];
        String columnZero = sides[1];
        int width = upright.getWidth();
        int height = upright.getHeight();
        boolean swapped = rowZero.equals("left") || rowZero.equals("right");
        BufferedImage stored = new BufferedImage(swapped ? height : width, swapped ? width : height,
                BufferedImage.TYPE_3BYTE_BGR);
        for (int storedY = 0; storedY < stored.getHeight(); storedY++) {
            for (int storedX = 0; storedX < stored.getWidth(); storedX++) {
                int[] at = new int[2];
                place(at, rowZero, storedY, width, height);
                place(at, columnZero, storedX, width, height);
                stored.setRGB(storedX, storedY, upright.getRGB(at[0], at[1]));
            }
        }
        return stored;
    }

    /** Steps {@code distance} pixels in from {@code side} of the upright image, setting x or y of {@code at}. */
    private static void place(int[] at, String side, int distance, int width, int height) {
        switch (side) {
            case "top" -> at[1] = distance;
            case "bottom" -> at[1] = height - 1 - distance;
            case "left" -> at[0] = distance;
            case "right" -> at[0] = width - 1 - distance;
            default -> throw new IllegalArgumentException(side);
        }
    }


    static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A PNG with a transparent background and an opaque disc: transparency that matters. */
    static BufferedImage cutOut(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(TOP_LEFT);
        graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
        graphics.dispose();
        return image;
    }

    /** Decodes written bytes with ImageIO (TwelveMonkeys for WebP); fails the test when they do not decode. */
    static BufferedImage decode(ImageBytes bytes) {
        try (InputStream in = bytes.openStream()) {
            BufferedImage image = ImageIO.read(in);
            assertThat(image).as("decoded image").isNotNull();
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BufferedImage decode(byte[] bytes) {
        return decode(ImageBytes.copyOf(bytes));
    }

    static byte[] resource(String name) {
        try (InputStream in = Pictures.class.getResourceAsStream(name)) {
            assertThat(in).as("test resource " + name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts the pixel at ({@code x}, {@code y}) is {@code expected}, give or take JPEG's losses. */
    static void assertColour(BufferedImage image, int x, int y, Color expected) {
        Color actual = new Color(image.getRGB(x, y), true);
        assertThat(Math.abs(actual.getRed() - expected.getRed()) + Math.abs(actual.getGreen() - expected.getGreen())
                + Math.abs(actual.getBlue() - expected.getBlue()))
                .as("colour at %d,%d: expected %s, got %s", x, y, expected, actual)
                .isLessThan(60);
    }

    /** Asserts the upright image shows {@link #quarters} at its own size. */
    static void assertQuarters(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        assertColour(image, width / 4, height / 4, TOP_LEFT);
        assertColour(image, width * 3 / 4, height / 4, TOP_RIGHT);
        assertColour(image, width / 4, height * 3 / 4, BOTTOM_LEFT);
        assertColour(image, width * 3 / 4, height * 3 / 4, BOTTOM_RIGHT);
    }

    static void fill(Graphics2D graphics, Color colour, int x, int y, int width, int height) {
        graphics.setColor(colour);
        graphics.fillRect(x, y, width, height);
    }
}
