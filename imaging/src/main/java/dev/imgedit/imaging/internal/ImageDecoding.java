package dev.imgedit.imaging.internal;

import dev.imgedit.ImageBytes;
import dev.imgedit.ImageType;
import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.exception.UnsupportedFeatureException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** Decodes PNG and JPEG through ImageIO and WebP through TwelveMonkeys' ImageIO reader. */
public final class ImageDecoding {
    private ImageDecoding() {}

    /**
     * Decodes {@code image}, keeping every {@code subsampling}-th pixel of every {@code subsampling}-th row, so an
     * image wanted much smaller never exists at full size in memory.
     *
     * @param what how messages name the image, such as {@code 'photo.jpg'}
     * @throws InvalidRequestException when the bytes do not decode
     */
    public static BufferedImage decode(ImageBytes image, ImageType type, int subsampling, String what) {
        ImageReader reader = reader(type);
        try (ImageInputStream stream = new BufferImageInputStream(image.asReadOnlyBuffer())) {
            reader.setInput(stream, true, true);
            ImageReadParam param = reader.getDefaultReadParam();
            if (subsampling > 1) {
                param.setSourceSubsampling(subsampling, subsampling, 0, 0);
            }
            return reader.read(0, param);
        } catch (IOException | RuntimeException e) {
            throw new InvalidRequestException(what + " cannot be decoded as " + type.displayName() + " ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                    + "): open it in an image editor and save it again as PNG or JPEG", null, e);
        } finally {
            reader.dispose();
        }
    }

    private static ImageReader reader(ImageType type) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type.mimeType());
        if (!readers.hasNext()) {
            // Readers registered by jars ImageIO had not seen yet, such as a class loader made after its first use.
            ImageIO.scanForPlugins();
            readers = ImageIO.getImageReadersByMIMEType(type.mimeType());
        }
        if (!readers.hasNext()) {
            throw new UnsupportedFeatureException("no " + type.displayName() + " reader is installed for ImageIO"
                    + (type == ImageType.WEBP ? ": put com.twelvemonkeys.imageio:imageio-webp on the class path" : ""));
        }
        return readers.next();
    }
}
