package dev.imgedit.batch.internal.engine;

import dev.imgedit.EditRequest;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.ImageInput;
import dev.imgedit.ImageType;
import dev.imgedit.ModelInfo;
import dev.imgedit.ProviderInfo;
import dev.imgedit.batch.BatchItem;
import dev.imgedit.batch.BatchOptions;
import dev.imgedit.batch.ItemFailure;
import dev.imgedit.exception.ImageEditException;
import dev.imgedit.imaging.InputPreparation;
import dev.imgedit.imaging.PreparationPolicy;
import dev.imgedit.imaging.PreparedInput;
import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The requests a run sends, all for one model: each local input readied for it (upright, stripped, fitted, as
 * {@link InputPreparation} does), then held against what the model takes before anything is journaled as sent.
 */
final class Requests {
    private final ProviderInfo info;
    private final ModelInfo model;
    private final @Nullable String modelAsked;
    private final PreparationPolicy preparation;
    /** The model as the items' inputs will reach it once readied: limits and formats that readying fixes lifted. */
    private final ProviderInfo asReadied;

    private Requests(ProviderInfo info, @Nullable String modelAsked, PreparationPolicy preparation) {
        this.info = info;
        this.model = info.model(modelAsked);
        this.modelAsked = modelAsked;
        this.preparation = preparation;
        ModelInfo lifted = preparation.resizeToFit()
                ? model.toBuilder().maxInputBytes(Long.MAX_VALUE).maxInputPixels(Long.MAX_VALUE)
                        .inputTypes(EnumSet.allOf(ImageType.class)).build()
                : model;
        this.asReadied = ProviderInfo.online(info.id(), info.description(), List.of(lifted));
    }

    /**
     * @throws dev.imgedit.exception.UnsupportedFeatureException listing the provider's models when
     *     {@link BatchOptions#model()} is none of them
     */
    static Requests of(ImageEditProvider provider, BatchOptions options) {
        return new Requests(provider.info(), options.model(), options.preparation());
    }

    String providerId() {
        return info.id();
    }

    String providerDescription() {
        return info.description();
    }

    /** The id of the model every item runs on, as journaled. */
    String modelId() {
        return model.id();
    }

    /** The model's declared limit of jobs queued or running at once. */
    int declaredConcurrency() {
        return model.maxJobsInFlight();
    }

    /**
     * Why the model would refuse the item (a ratio or seed it does not take, an unknown option, a URL it cannot
     * fetch), judged when the run is planned from the input as read, or null when it would take it once readied.
     */
    @Nullable ItemFailure refusal(BatchItem item, ImageInput input) {
        try {
            asReadied.check(draft(item, input, null).model(null).build());
            return null;
        } catch (ImageEditException e) {
            return ItemFailure.of(e);
        }
    }

    /**
     * The request for the item: its local input readied for the model, the whole checked as the provider will.
     *
     * @throws ImageEditException when the input cannot be readied or the model refuses the request
     */
    Prepared build(BatchItem item, ImageInput input, String trackId) {
        ImageInput image = input;
        List<String> notices = List.of();
        if (input instanceof ImageInput.Bytes bytes) {
            PreparedInput prepared = InputPreparation.prepare(bytes, model, preparation);
            image = prepared.image();
            notices = prepared.notices();
        }
        return new Prepared(info.check(draft(item, image, trackId).build()).request(), notices);
    }

    private EditRequest.Builder draft(BatchItem item, ImageInput image, @Nullable String trackId) {
        return EditRequest.builder(image, item.prompt())
                .model(modelAsked)
                .aspectRatio(item.aspectRatio())
                .seed(item.seed())
                .trackId(trackId)
                .providerOptions(item.providerOptions());
    }

    /**
     * A request ready to send.
     *
     * @param notices what readying the input changed, one line each (a resize, a conversion)
     */
    record Prepared(EditRequest request, List<String> notices) {}
}
