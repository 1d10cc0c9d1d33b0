package dev.imgedit.testkit;

import dev.imgedit.ImageBytes;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Small images made on the spot, for tests: no files, no network. */
public final class TestImages {
    private TestImages() {}

    /** A PNG of a sky gradient, a green hill and a red square, so edits have something to change. */
    public static byte[] png(int width, int height) {
        return encode(scene(width, height), "png");
    }

    public static byte[] jpeg(int width, int height) {
        return encode(scene(width, height), "jpg");
    }

    public static ImageBytes pngBytes(int width, int height) {
        return ImageBytes.adopt(png(width, height));
    }

    /** Bytes that start like a PNG and are {@code size} long: enough to pass a magic-byte check, not to decode. */
    public static byte[] pngSignatureFollowedByZeros(int size) {
        byte[] bytes = new byte[size];
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        System.arraycopy(signature, 0, bytes, 0, Math.min(size, signature.length));
        return bytes;
    }

    /**
     * The header of a lossless WebP image of this size (RIFF, {@code VP8L}, the size bits) followed by zeros: its
     * type and size are read from it, its pixels are not there.
     */
    public static byte[] webpHeader(int width, int height) {
        byte[] bytes = new byte[30];
        byte[] riff = {'R', 'I', 'F', 'F', 22, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', 'L', 10, 0, 0, 0, 0x2F};
        System.arraycopy(riff, 0, bytes, 0, riff.length);
        long bits = (width - 1L) | (height - 1L) << 14;
        for (int i = 0; i < 4; i++) {
            bytes[21 + i] = (byte) (bits >> (8 * i));
        }
        return bytes;
    }

    /**
     * A 12-megapixel-class photo as a phone saves it: a scene under sensor noise, JPEG at quality 0.95, about 8 MB
     * at 4000x3000. The same every time.
     */
    public static byte[] noisyPhoto(int width, int height) {
        BufferedImage photo = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D graphics = photo.createGraphics();
        graphics.drawImage(scene(width, height), 0, 0, null);
        graphics.dispose();
        byte[] samples = ((DataBufferByte) photo.getRaster().getDataBuffer()).getData();
        Random random = new Random(42);
        for (int i = 0; i < samples.length; i++) {
            int noisy = (samples[i] & 0xFF) + random.nextInt(65) - 32;
            samples[i] = (byte) Math.max(0, Math.min(255, noisy));
        }
        return jpeg(photo, 0.95f);
    }

    /** {@code image} as a JPEG of this quality (0 to 1). */
    public static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    public static BufferedImage scene(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, new Color(90, 150, 230), 0, height, new Color(200, 225, 250)));
            g.fillRect(0, 0, width, height);
            g.setColor(new Color(60, 140, 60));
            g.fillOval(-width / 4, height / 2, width * 3 / 2, height);
            g.setColor(new Color(200, 40, 40));
            g.fillRect(width / 3, height / 3, Math.max(1, width / 6), Math.max(1, height / 6));
        } finally {
            g.dispose();
        }
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
