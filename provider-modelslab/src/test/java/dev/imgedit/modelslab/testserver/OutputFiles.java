package dev.imgedit.modelslab.testserver;

import dev.imgedit.testkit.TestImages;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;

/** The images the server hands out, made once per aspect ratio: the longer side is 256 pixels. */
final class OutputFiles {
    private static final int LONG_SIDE = 256;

    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    byte[] image(@Nullable String aspectRatio, String format) {
        String ratio = aspectRatio == null || !aspectRatio.matches("\\d+:\\d+") ? "1:1" : aspectRatio;
        return cache.computeIfAbsent(ratio + "/" + format, key -> {
            String[] parts = ratio.split(":");
            int width = Integer.parseInt(parts[0]);
            int height = Integer.parseInt(parts[1]);
            int scale = Math.max(1, LONG_SIDE / Math.max(width, height));
            return encode(TestImages.scene(width * scale, height * scale), format);
        });
    }

    /** A 64x48 PNG filled with {@link Output#stampOf(String) the job's colour}. */
    byte[] stamped(String jobId) {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        int rgb = Output.stampOf(jobId);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, rgb);
            }
        }
        return encode(image, "png");
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
