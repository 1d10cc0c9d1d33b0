package dev.imgedit.fake.internal.image;

import dev.imgedit.ImageBytes;
import dev.imgedit.ImageType;
import dev.imgedit.exception.InvalidRequestException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * Reads input images (PNG, JPEG, and WebP through TwelveMonkeys' ImageIO plug-in) and writes PNG or JPEG with
 * ImageIO, in memory: ImageIO's default stream cache would write temporary files.
 */
final class ImageCodec {
    /** A small file can hold a huge image; past this many pixels it is refused before decoding. */
    static final long MAX_INPUT_PIXELS = 100_000_000L;
    private static final float JPEG_QUALITY = 0.9f;

    private ImageCodec() {}

    /**
     * Decodes the image, reading every {@code n}th pixel when it is far larger than {@code wantedLongerSide}, so a
     * camera photo needs a fraction of its memory.
     *
     * @throws InvalidRequestException when the bytes do not decode, or hold too many pixels
     */
    static BufferedImage decode(ImageBytes bytes, String what, int wantedLongerSide) {
        try (ImageInputStream in = new MemoryCacheImageInputStream(bytes.openStream())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new InvalidRequestException(what + " could not be decoded: no reader recognises it");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if ((long) width * height > MAX_INPUT_PIXELS) {
                    throw new InvalidRequestException(what + " is " + width + "x" + height + " pixels, over the limit"
                            + " of " + MAX_INPUT_PIXELS / 1_000_000 + " megapixels: scale it down first");
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.max(width, height) / (2 * wantedLongerSide));
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (InvalidRequestException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Decoders of damaged files throw anything from IIOException to ArrayIndexOutOfBoundsException.
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new InvalidRequestException(what + " could not be decoded (" + reason + "): the file may be "
                    + "damaged or cut short, or use an encoding Java cannot read", null, e);
        }
    }

    /** The image as PNG or JPEG bytes; JPEG has no transparency, so a transparent image is laid on white. */
    static byte[] encode(BufferedImage image, ImageType type) {
        return switch (type) {
            case PNG -> write(image, "png", null);
            case JPEG -> write(opaque(image), "jpeg", JPEG_QUALITY);
            case WEBP -> throw new IllegalArgumentException("the fake writes no WebP: its model does not offer it");
        };
    }

    private static byte[] write(BufferedImage image, String format, @Nullable Float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = null;
            if (quality != null) {
                param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("writing a " + format + " image to memory failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static BufferedImage opaque(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return image;
        }
        BufferedImage opaque = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = opaque.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
            graphics.drawImage(image, 0, 0, null);
        } finally {
            graphics.dispose();
        }
        return opaque;
    }
}
