package dev.imgedit;

import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.exception.UnsupportedFeatureException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Holds a request against a model's capabilities: {@link ProviderInfo#check} in detail. */
final class RequestCheck {
    private RequestCheck() {}

    static EditRequest check(String providerId, ModelInfo model, EditRequest request) {
        String subject = "model " + model.id() + " (" + providerId + ")";
        checkImages(subject, model, request.images());
        if (request.aspectRatio() != null && !model.aspectRatios().contains(request.aspectRatio())) {
            throw new UnsupportedFeatureException(subject + " cannot make aspect ratio " + request.aspectRatio()
                    + (model.aspectRatios().isEmpty()
                            ? ": it takes none, its output follows the input's shape; leave the ratio out"
                            : ": it makes " + ratios(model.aspectRatios())));
        }
        if (request.seed() != null && !model.supports(Capability.SEED)) {
            throw new UnsupportedFeatureException(subject + " does not honour a seed, so the same request cannot be "
                    + "repeated exactly; leave the seed out");
        }
        ImageType format = request.outputFormat();
        if (format != null && !model.outputFormats().contains(format)) {
            throw new UnsupportedFeatureException(subject + " cannot be asked for " + name(format)
                    + (model.outputFormats().isEmpty() ? ": it answers in a format of its own"
                            : ": it makes " + names(model.outputFormats())));
        }
        return request.toBuilder().providerOptions(checkOptions(subject, model, request.providerOptions())).build();
    }

    private static void checkImages(String subject, ModelInfo model, List<ImageInput> images) {
        if (images.size() > model.maxImages()) {
            throw new UnsupportedFeatureException(subject + " takes " + (model.maxImages() == 1
                    ? "one image and no references"
                    : "at most " + model.maxImages() + " images (the one to edit and " + (model.maxImages() - 1)
                            + (model.maxImages() == 2 ? " reference)" : " references)")) + ", not " + images.size());
        }
        for (ImageInput image : images) {
            if (image instanceof ImageInput.Url url) {
                if (!model.supports(Capability.URL_INPUT)) {
                    throw new UnsupportedFeatureException(subject + " takes no image URLs, such as " + url.uri()
                            + ": download the image and give the file");
                }
            } else if (image instanceof ImageInput.Bytes bytes) {
                checkBytes(subject, model, bytes);
            }
        }
    }

    private static void checkBytes(String subject, ModelInfo model, ImageInput.Bytes bytes) {
        String what = bytes.name() == null ? "the image" : "'" + bytes.name() + "'";
        if (!model.supports(Capability.BYTES_INPUT)) {
            throw new UnsupportedFeatureException(subject + " takes images by URL only, not " + what
                    + ": publish the image and give its https URL");
        }
        if (!model.inputTypes().contains(bytes.type())) {
            throw new UnsupportedFeatureException(subject + " takes " + names(model.inputTypes()) + ", not "
                    + name(bytes.type()) + " (" + what + "): convert it first");
        }
        String orUrl = model.supports(Capability.URL_INPUT) ? ", or pass a public URL" : "";
        if (bytes.data().size() > model.maxInputBytes()) {
            throw new InvalidRequestException(String.format(Locale.ROOT,
                    "%s is %,d bytes, over the %,d-byte input limit of %s: shrink it or save it as JPEG%s",
                    what, bytes.data().size(), model.maxInputBytes(), subject, orUrl));
        }
        Optional<ImageSize> size = ImageSize.read(bytes.data(), bytes.type());
        if (size.isPresent() && size.get().pixels() > model.maxInputPixels()) {
            throw new InvalidRequestException(String.format(Locale.ROOT,
                    "%s is %s pixels (%,d), over the %,d-pixel input limit of %s: scale it down%s", what,
                    size.get(), size.get().pixels(), model.maxInputPixels(), subject, orUrl));
        }
    }

    private static Map<String, String> checkOptions(String subject, ModelInfo model, Map<String, String> options) {
        Map<String, String> canonical = new LinkedHashMap<>();
        options.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            Optional<OptionInfo> option = model.option(entry.getKey());
            if (option.isPresent()) {
                canonical.put(entry.getKey(), option.get().validate(entry.getValue(), subject));
            } else if (model.passesOtherOptions()) {
                canonical.put(entry.getKey(), entry.getValue());
            } else {
                throw new UnsupportedFeatureException(subject + " has no option '" + entry.getKey() + "': "
                        + (model.options().isEmpty() ? "it takes none"
                                : "its options are " + model.options().stream().map(OptionInfo::name)
                                        .collect(Collectors.joining(", "))));
            }
        });
        return canonical;
    }

    private static String ratios(Set<AspectRatio> ratios) {
        return ratios.stream().sorted().map(AspectRatio::label).collect(Collectors.joining(", "));
    }

    static String names(Set<ImageType> types) {
        return types.stream().sorted(Comparator.naturalOrder()).map(RequestCheck::name)
                .collect(Collectors.joining(", "));
    }

    private static String name(ImageType type) {
        return type.displayName();
    }
}
