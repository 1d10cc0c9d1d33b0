package dev.imgedit.batch.internal.engine;

import dev.imgedit.EditRequest;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.ImageInput;
import dev.imgedit.batch.BatchItem;
import dev.imgedit.batch.internal.ItemChecks;

/** The requests sent for items, and what the provider declares about them, each read in one place. */
final class Requests {
    private Requests() {}

    static EditRequest build(BatchItem item, ImageInput image, String trackId) {
        EditRequest.Builder builder = EditRequest.builder(image, item.prompt())
                .aspectRatio(item.aspectRatio())
                .seed(item.seed())
                .providerOptions(item.providerOptions());
        return withTrackId(builder, trackId).build();
    }

    /** The track id travels as the {@code track_id} provider option, which the ModelsLab provider sends. */
    static EditRequest.Builder withTrackId(EditRequest.Builder builder, String trackId) {
        return builder.providerOption(ItemChecks.TRACK_ID_OPTION, trackId);
    }

    static String model(ImageEditProvider provider) {
        return provider.info().model();
    }

    /** The provider's declared limit of jobs queued or running at once. */
    static int declaredConcurrency(ImageEditProvider provider) {
        return provider.info().maxJobsInFlight();
    }
}
