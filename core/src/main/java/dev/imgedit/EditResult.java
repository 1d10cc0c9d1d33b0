package dev.imgedit;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A finished edit.
 *
 * @param providerId the provider that made it
 * @param jobId the provider's job id
 * @param images at least one output image
 * @param elapsed from submit (or resume) to the last byte downloaded
 * @param metadata what the provider said about the edit (seed used, generation time, ...), as text
 */
public record EditResult(
        String providerId, String jobId, List<EditedImage> images, Duration elapsed, Map<String, String> metadata) {

    public EditResult {
        Objects.requireNonNull(providerId, "providerId is null");
        Objects.requireNonNull(jobId, "jobId is null");
        Objects.requireNonNull(elapsed, "elapsed is null");
        images = List.copyOf(images);
        if (images.isEmpty()) {
            throw new IllegalArgumentException("an edit result has at least one image");
        }
        metadata = Map.copyOf(metadata);
    }

    /** The first (usually the only) image. */
    public EditedImage image() {
        return images.get(0);
    }
}
