package dev.imgedit.fake.internal.image;

import dev.imgedit.ImageBytes;
import dev.imgedit.ImageInput;
import dev.imgedit.ImageSize;
import dev.imgedit.ImageType;
import dev.imgedit.ModelInfo;
import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.util.HttpUrls;
import java.awt.image.BufferedImage;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The pixels of a request's images: bytes decoded, URLs downloaded and then held to the limits core holds bytes to
 * (core cannot see what is behind a URL), each scaled down on reading to about the size it will be drawn at.
 */
final class InputImages {
    private InputImages() {}

    /**
     * @param position 0 for the image edited, 1 and on for the references
     * @param wantedLongerSide about how large the image will be drawn
     */
    static BufferedImage read(ImageInput input, int position, ModelInfo model, int wantedLongerSide) {
        if (input instanceof ImageInput.Bytes bytes) {
            return ImageCodec.decode(bytes.data(), describe(position, bytes.name()), wantedLongerSide);
        }
        ImageInput.Url url = (ImageInput.Url) input;
        String what = "the image URL " + HttpUrls.shown(url.uri());
        ImageBytes downloaded = ImageBytes.adopt(UrlDownloads.download(url.uri(), model.maxInputBytes()));
        ImageType type = ImageType.detect(downloaded.head(12)).orElseThrow(() -> new InvalidRequestException(
                what + " did not answer with a PNG, JPEG or WebP image: give the address of the image itself"));
        if (!model.inputTypes().contains(type)) {
            throw new InvalidRequestException(what + " holds a " + type.displayName() + " image, which model "
                    + model.id() + " does not take: convert it first");
        }
        Optional<ImageSize> size = ImageSize.read(downloaded, type);
        if (size.isPresent() && size.get().pixels() > model.maxInputPixels()) {
            throw new InvalidRequestException(String.format(Locale.ROOT, "%s is %s pixels, over the %,d-pixel input "
                    + "limit of model %s: give a smaller image", what, size.get(), model.maxInputPixels(), model.id()));
        }
        return ImageCodec.decode(downloaded, what, wantedLongerSide);
    }

    private static String describe(int position, @Nullable String name) {
        String which = position == 0 ? "the input image" : "reference image " + position;
        return name == null ? which : which + " '" + name + "'";
    }
}
