package dev.imgedit.fake.internal;

import dev.imgedit.AspectRatio;
import dev.imgedit.Capability;
import dev.imgedit.EditRequest;
import dev.imgedit.ImageInput;
import dev.imgedit.ProviderInfo;
import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.exception.UnsupportedFeatureException;

/** Checks a request against what the provider says it accepts, before any work. */
final class RequestChecks {
    private RequestChecks() {}

    /**
     * @return the input image, which is bytes by then
     * @throws UnsupportedFeatureException for a URL input, an unlisted ratio or image type
     * @throws InvalidRequestException for an input larger than the limit
     */
    static ImageInput.Bytes check(ProviderInfo info, EditRequest request) {
        AspectRatio ratio = request.aspectRatio();
        if (ratio != null && !info.aspectRatios().contains(ratio)) {
            throw new UnsupportedFeatureException("the " + info.id() + " provider cannot make " + ratio
                    + " images: use one of " + info.aspectRatios());
        }
        if (!(request.image() instanceof ImageInput.Bytes bytes)) {
            if (!info.supports(Capability.URL_INPUT)) {
                throw new UnsupportedFeatureException("the " + info.id() + " provider works offline and cannot "
                        + "fetch image URLs: download the image and pass the file instead");
            }
            throw new IllegalStateException("a provider taking URLs needs its own check here");
        }
        if (!info.inputTypes().contains(bytes.type())) {
            throw new UnsupportedFeatureException("the " + info.id() + " provider reads " + info.inputTypes()
                    + " images, not " + bytes.type() + ": convert the image first");
        }
        if (bytes.data().size() > info.maxInputBytes()) {
            throw new InvalidRequestException(describe(bytes) + " is " + bytes.data().size()
                    + " bytes, over the limit of " + info.maxInputBytes() + " bytes: scale it down first");
        }
        return bytes;
    }

    /** The input's name for messages. */
    static String describe(ImageInput.Bytes bytes) {
        String name = bytes.name();
        return name == null ? "the input image" : "'" + name + "'";
    }
}
