package dev.imgedit.imaging.internal;

import dev.imgedit.ImageType;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.jspecify.annotations.Nullable;

/** Encodes PNG and JPEG through ImageIO, in memory (ImageIO's default stream would cache in a temporary file). */
public final class ImageEncoding {
    /** The formats written; no maintained pure-Java WebP encoder exists. */
    public static final Set<ImageType> WRITABLE = Set.of(ImageType.PNG, ImageType.JPEG);

    private ImageEncoding() {}

    public static boolean canWrite(ImageType type) {
        return WRITABLE.contains(type);
    }

    /** @param image opaque, of a type ImageIO's JPEG writer takes, such as {@link BufferedImage#TYPE_3BYTE_BGR} */
    public static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByMIMEType("image/jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        return write(writer, image, param);
    }

    public static byte[] png(BufferedImage image) {
        return write(ImageIO.getImageWritersByMIMEType("image/png").next(), image, null);
    }

    private static byte[] write(ImageWriter writer, BufferedImage image, @Nullable ImageWriteParam param) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("encoding an image in memory failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
