package dev.imgedit.imaging.internal;

import dev.imgedit.ImageBytes;
import dev.imgedit.ImageInput;
import dev.imgedit.ImageSize;
import dev.imgedit.ImageType;
import dev.imgedit.ModelInfo;
import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.imaging.internal.metadata.Metadata;
import dev.imgedit.imaging.internal.metadata.Orientation;
import java.awt.image.BufferedImage;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-encodes an input image upright and within a model's limits. Memory stays near one decoded image: the decoder
 * subsamples when the target is at most half the size, and each try draws one image of the target size from it.
 */
public final class Fitting {
    private static final Logger LOG = LoggerFactory.getLogger(Fitting.class);
    private static final float QUALITY = 0.90f;
    private static final float LOWER_QUALITY = 0.80f;
    /** Byte sizes of a new encoding are predicted, not known: aim a tenth under the limit. */
    private static final double HEADROOM = 0.9;
    private static final int MAX_TRIES = 6;

    private Fitting() {}

    /**
     * What a fit made.
     *
     * @param flattened whether transparency was laid on white
     */
    public record Fitted(ImageBytes bytes, ImageType type, ImageSize size, boolean flattened) {}

    /**
     * The task: {@code input}, stored at {@code stored} pixels, for {@code model}.
     *
     * @param writable the formats the model takes that can be written: JPEG, PNG or both, never empty
     * @param turnOnly whether the input fits as it is and only needs turning upright
     * @param mayResize whether the size and format may change to fit; when not, a fit that needs it is refused
     * @param what how messages name the image
     */
    public record Task(ImageInput.Bytes input, ImageSize stored, Metadata metadata, ModelInfo model,
            Set<ImageType> writable, boolean turnOnly, boolean mayResize, boolean keepMetadata, String what) {}

    public static Fitted fit(Task task) {
        Orientation orientation = task.metadata().orientation();
        ImageSize upright = orientation.upright(task.stored());
        ImageSize target = task.turnOnly() ? upright : firstTarget(task, upright);
        ImageSize storedTarget = orientation.stored(target);
        int subsampling = Math.max(1, Math.min(task.stored().width() / storedTarget.width(),
                task.stored().height() / storedTarget.height()));
        LOG.debug("fitting {} ({}, {} bytes) for {}: aiming at {}, decoding every {} pixel(s)", task.what(),
                upright, task.input().data().size(), task.model().id(), target, subsampling);
        BufferedImage decoded = ImageDecoding.decode(task.input().data(), task.input().type(), subsampling,
                task.what());
        boolean transparent = Rendering.hasVisibleTransparency(decoded);
        ImageType type = firstType(task, transparent);
        long limit = task.model().maxInputBytes();
        for (int tries = 1; ; tries++) {
            byte[] encoded = encode(task, decoded, target, type);
            LOG.debug("try {}: {} {} is {} bytes (limit {})", tries, type.displayName(), target, encoded.length,
                    limit);
            if (encoded.length <= limit) {
                return new Fitted(ImageBytes.adopt(encoded), type, target, transparent && type == ImageType.JPEG);
            }
            if (!task.mayResize() || tries == MAX_TRIES) {
                throw new InvalidRequestException(Wording.cannotFit(task.what(), upright, encoded.length, target,
                        task.model(), task.mayResize()));
            }
            if (type == ImageType.PNG && task.writable().contains(ImageType.JPEG)) {
                type = ImageType.JPEG;
            } else {
                target = scaled(target, Math.sqrt(HEADROOM * limit / encoded.length), task.model().maxInputPixels());
            }
        }
    }

    /** The size to try first: within the pixel limit and, for a JPEG, the size its bytes per pixel predict. */
    private static ImageSize firstTarget(Task task, ImageSize upright) {
        ModelInfo model = task.model();
        double scale = Math.min(1, Math.sqrt((double) model.maxInputPixels() / upright.pixels()));
        long bytes = task.metadata().withoutMetadata().size();
        if (task.input().type() == ImageType.JPEG && bytes > model.maxInputBytes()) {
            // Re-encoded at a like quality, a JPEG takes about as many bytes per pixel as before.
            scale = Math.min(scale, Math.sqrt(HEADROOM * model.maxInputBytes() / bytes));
        }
        return scaled(upright, scale, model.maxInputPixels());
    }

    private static ImageType firstType(Task task, boolean transparent) {
        Set<ImageType> writable = task.writable();
        if (transparent && writable.contains(ImageType.PNG)) {
            return ImageType.PNG;
        }
        if (task.turnOnly() && writable.contains(task.input().type())) {
            return task.input().type();
        }
        return writable.contains(ImageType.JPEG) ? ImageType.JPEG : ImageType.PNG;
    }

    /** One try at one size; the drawn image lives only as long as this call, so tries never hold two at once. */
    private static byte[] encode(Task task, BufferedImage decoded, ImageSize target, ImageType type) {
        boolean jpeg = type == ImageType.JPEG;
        BufferedImage rendered = Rendering.render(decoded, task.metadata().orientation(), target, jpeg);
        byte[] encoded = jpeg ? ImageEncoding.jpeg(rendered, QUALITY) : ImageEncoding.png(rendered);
        if (jpeg && encoded.length > task.model().maxInputBytes()
                && encoded.length * HEADROOM <= task.model().maxInputBytes()) {
            // A little over: a lower quality costs less detail than fewer pixels would.
            encoded = ImageEncoding.jpeg(rendered, LOWER_QUALITY);
        }
        return task.keepMetadata() ? task.metadata().carryInto(encoded, type) : encoded;
    }

    /** {@code size} times {@code factor}, at least one pixel a side and within {@code maxPixels}. */
    static ImageSize scaled(ImageSize size, double factor, long maxPixels) {
        int width = Math.max(1, (int) (size.width() * factor));
        int height = Math.max(1, (int) (size.height() * factor));
        while ((long) width * height > maxPixels && (width > 1 || height > 1)) {
            if (width >= height) {
                width--;
            } else {
                height--;
            }
        }
        return new ImageSize(width, height);
    }
}
