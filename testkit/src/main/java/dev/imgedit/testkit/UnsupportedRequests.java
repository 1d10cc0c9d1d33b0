package dev.imgedit.testkit;

import dev.imgedit.AspectRatio;
import dev.imgedit.Capability;
import dev.imgedit.EditRequest;
import dev.imgedit.ImageBytes;
import dev.imgedit.ImageInput;
import dev.imgedit.ImageType;
import dev.imgedit.ModelInfo;
import dev.imgedit.ProviderInfo;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Requests the provider's default model cannot serve, each of them derived from what its info declares. */
final class UnsupportedRequests {
    private static final int MAX_IMAGES_TRIED = 32;

    private final ProviderInfo info;
    private final ModelInfo model;
    private final ImageInput sample;
    private final @Nullable ImageInput url;

    UnsupportedRequests(ProviderInfo info, ImageInput sample, @Nullable ImageInput url) {
        this.info = info;
        this.model = info.defaultModel();
        this.sample = sample;
        this.url = url;
    }

    List<EditRequest> all() {
        List<EditRequest> requests = new ArrayList<>();
        Set<AspectRatio> ratios = EnumSet.allOf(AspectRatio.class);
        ratios.removeAll(model.aspectRatios());
        if (!ratios.isEmpty()) {
            requests.add(base().aspectRatio(ratios.iterator().next()).build());
        }
        if (model.maxImages() < MAX_IMAGES_TRIED) {
            EditRequest.Builder tooMany = base();
            for (int i = 0; i < model.maxImages(); i++) {
                tooMany.reference(sample);
            }
            requests.add(tooMany.build());
        }
        if (info.unlistedModels() == null) {
            requests.add(base().model("no-such-model-0").build());
        }
        if (!model.supports(Capability.SEED)) {
            requests.add(base().seed(42L).build());
        }
        Set<ImageType> formats = EnumSet.allOf(ImageType.class);
        formats.removeAll(model.outputFormats());
        if (!formats.isEmpty()) {
            requests.add(base().outputFormat(formats.iterator().next()).build());
        }
        if (!model.passesOtherOptions()) {
            requests.add(base().providerOption("no_such_option_0", "1").build());
        }
        if (!model.supports(Capability.URL_INPUT)) {
            requests.add(base().image(url != null ? url : ImageInput.url("https://example.invalid/photo.png")).build());
        }
        if (!model.supports(Capability.BYTES_INPUT)) {
            requests.add(base().build());
        }
        if (!model.inputTypes().contains(ImageType.WEBP) && model.supports(Capability.BYTES_INPUT)) {
            requests.add(base().image(ImageInput.bytes(ImageBytes.adopt(TestImages.webpHeader(64, 48)), "x.webp"))
                    .build());
        }
        return requests;
    }

    private EditRequest.Builder base() {
        return EditRequest.builder(sample, "make it snow");
    }
}
