package dev.imgedit.bench;

import dev.imgedit.testkit.TestImages;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;

/**
 * Deterministic images that compress like photographs (smooth light, fine grain), so the bytes a benchmark moves are
 * as many as a real photo's: at 4000x3000 and JPEG quality 0.92, grain 12 gives 3.4 MB and grain 48 gives
 * 7.8 MB.
 *
 * <p>Run: {@code java -cp bench/target/classes dev.imgedit.bench.SyntheticPhoto OUT.jpg|OUT.png WIDTH HEIGHT GRAIN},
 * or with a COUNT after GRAIN, OUT is a folder that gets COUNT different PNGs (photo-001.png, ...).
 */
public final class SyntheticPhoto {
    private SyntheticPhoto() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 4 && args.length != 5) {
            System.err.println("usage: SyntheticPhoto OUT.jpg|OUT.png WIDTH HEIGHT GRAIN, "
                    + "or SyntheticPhoto FOLDER WIDTH HEIGHT GRAIN COUNT");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int width = Integer.parseInt(args[1]);
        int height = Integer.parseInt(args[2]);
        int grain = Integer.parseInt(args[3]);
        if (args.length == 4) {
            BufferedImage image = render(width, height, grain);
            Files.write(out, args[0].endsWith(".png") ? png(image) : TestImages.jpeg(image, 0.92f));
            return;
        }
        Files.createDirectories(out);
        int count = Integer.parseInt(args[4]);
        for (int i = 1; i <= count; i++) {
            // A different width each, so no two inputs are the same image.
            Files.write(out.resolve(String.format("photo-%03d.png", i)), png(render(width + i, height, grain)));
        }
    }

    /** {@code grain}: the noise's amplitude per channel, 0 to 255. */
    public static BufferedImage render(int width, int height, int grain) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        SplittableRandom random = new SplittableRandom(width * 31L + height);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            double sky = (double) y / height;
            for (int x = 0; x < width; x++) {
                double across = (double) x / width;
                double wave = Math.sin(across * 17 + sky * 5) * Math.cos(sky * 11 - across * 3);
                int red = channel(90 + 120 * sky + 30 * wave, grain, random);
                int green = channel(120 + 60 * across - 40 * sky + 25 * wave, grain, random);
                int blue = channel(200 - 110 * sky + 20 * wave, grain, random);
                row[x] = red << 16 | green << 8 | blue;
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        return image;
    }

    public static byte[] png(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static int channel(double value, int grain, SplittableRandom random) {
        int noisy = (int) Math.round(value) + (grain == 0 ? 0 : random.nextInt(-grain, grain + 1));
        return Math.max(0, Math.min(255, noisy));
    }
}
