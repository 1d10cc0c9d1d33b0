package dev.imgedit.cli;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Small images written on the spot. */
final class TestImages {
    private TestImages() {}

    /** A PNG of a blue sky over a green field, {@code width} x {@code height}. */
    static Path png(Path file, int width, int height) {
        return write(file, "png", width, height);
    }

    static Path jpeg(Path file, int width, int height) {
        return write(file, "jpg", width, height);
    }

    static BufferedImage read(Path file) {
        try {
            BufferedImage image = ImageIO.read(file.toFile());
            if (image == null) {
                throw new IllegalStateException(file + " is not an image ImageIO can read");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(Path file, String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setColor(new Color(100, 160, 230));
            graphics.fillRect(0, 0, width, height);
            graphics.setColor(new Color(70, 150, 60));
            graphics.fillRect(0, height * 2 / 3, width, height - height * 2 / 3);
        } finally {
            graphics.dispose();
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (!ImageIO.write(image, format, file.toFile())) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
