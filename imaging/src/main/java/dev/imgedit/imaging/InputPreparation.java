package dev.imgedit.imaging;

import dev.imgedit.ImageBytes;
import dev.imgedit.ImageInput;
import dev.imgedit.ImageSize;
import dev.imgedit.ImageType;
import dev.imgedit.ModelInfo;
import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.exception.UnsupportedFeatureException;
import dev.imgedit.imaging.internal.Fitting;
import dev.imgedit.imaging.internal.ImageEncoding;
import dev.imgedit.imaging.internal.Wording;
import dev.imgedit.imaging.internal.metadata.Metadata;
import dev.imgedit.imaging.internal.metadata.Orientation;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes an input image ready for a model before it is sent: turned upright as its EXIF orientation says (the
 * model would not read it, and the metadata that holds it is stripped), stripped of EXIF, GPS, XMP and comments
 * unless kept, and scaled down and/or re-encoded when it is over the model's byte or pixel limit or in a format the
 * model does not take. Stripping alone drops whole metadata segments or chunks and leaves the pixels' bytes as they
 * were; an image that needs nothing comes back as the very input.
 */
public final class InputPreparation {
    private static final Logger LOG = LoggerFactory.getLogger(InputPreparation.class);

    private InputPreparation() {}

    /**
     * @throws InvalidRequestException when the image is over the model's limits and {@code policy} does not let it be
     *     resized, or when it does not decode
     * @throws UnsupportedFeatureException when the model does not take its format and {@code policy} does not let it
     *     be converted, or when it takes no format that can be written (PNG or JPEG)
     */
    public static PreparedInput prepare(ImageInput.Bytes input, ModelInfo model, PreparationPolicy policy) {
        Objects.requireNonNull(input, "input is null");
        Objects.requireNonNull(model, "model is null");
        Objects.requireNonNull(policy, "policy is null");
        String what = input.name() == null ? "the image" : "'" + input.name() + "'";
        ImageSize stored = input.size().orElseThrow(() -> new InvalidRequestException(what + " is cut short or "
                + "damaged: its " + input.type().displayName() + " header gives no size; save it again and retry"));
        Metadata metadata = Metadata.read(input.data(), input.type());
        ImageBytes bytes = policy.keepMetadata() ? input.data() : metadata.withoutMetadata();
        boolean typeTaken = model.inputTypes().contains(input.type());
        boolean withinLimits = bytes.size() <= model.maxInputBytes() && stored.pixels() <= model.maxInputPixels();
        boolean upright = metadata.orientation() == Orientation.NORMAL;
        if (bytes != input.data()) {
            LOG.debug("stripped {} bytes of metadata from {}", input.data().size() - bytes.size(), what);
        }
        if (typeTaken && withinLimits && upright) {
            return new PreparedInput(sameOrNew(input, bytes), List.of());
        }
        if (!policy.resizeToFit() && !withinLimits) {
            throw new InvalidRequestException(Wording.overLimits(what, stored, bytes.size(), model));
        }
        if (!policy.resizeToFit() && !typeTaken) {
            throw new UnsupportedFeatureException(Wording.typeNotTaken(what, input.type(), model));
        }
        Set<ImageType> writable = EnumSet.noneOf(ImageType.class);
        writable.addAll(model.inputTypes());
        writable.retainAll(ImageEncoding.WRITABLE);
        boolean turnOnly = typeTaken && withinLimits;
        if (writable.isEmpty() && turnOnly) {
            return new PreparedInput(sameOrNew(input, bytes), List.of(Wording.notTurned(what, model)));
        }
        if (writable.isEmpty()) {
            throw new UnsupportedFeatureException(Wording.nothingWritable(what, model));
        }
        Fitting.Fitted fitted = Fitting.fit(new Fitting.Task(input, stored, metadata, model, writable, turnOnly,
                policy.resizeToFit(), policy.keepMetadata(), what));
        ImageSize uprightSize = metadata.orientation().upright(stored);
        ImageInput.Bytes image = new ImageInput.Bytes(fitted.bytes(), fitted.type(), input.name());
        boolean changedAsTold = turnOnly && fitted.type() == input.type() && fitted.size().equals(uprightSize);
        if (changedAsTold) {
            return new PreparedInput(image, List.of());
        }
        boolean lostMetadata = policy.keepMetadata() && metadata.partlyLostIn(fitted.type());
        return new PreparedInput(image, List.of(Wording.fitted(what, input.type(), uprightSize, bytes.size(), fitted,
                model, lostMetadata)));
    }

    private static ImageInput.Bytes sameOrNew(ImageInput.Bytes input, ImageBytes bytes) {
        return bytes == input.data() ? input : new ImageInput.Bytes(bytes, input.type(), input.name());
    }
}
