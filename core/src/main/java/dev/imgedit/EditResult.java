package dev.imgedit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A finished edit. Providers build one with {@link #builder(EditJob)}.
 *
 * @param providerId the provider that made it
 * @param jobId the provider's job id
 * @param images at least one output image
 * @param elapsed from submit (or resume) to the last byte downloaded
 * @param metadata what the provider said about the edit (seed used, generation time, cost, ...), as text
 * @param notices what the user should know about how the request was read, one sentence each, such as an effect
 *     used in place of one the provider could not make; never errors
 */
public record EditResult(
        String providerId,
        String jobId,
        List<EditedImage> images,
        Duration elapsed,
        Map<String, String> metadata,
        List<String> notices) {

    public EditResult {
        Objects.requireNonNull(providerId, "providerId is null");
        Objects.requireNonNull(jobId, "jobId is null");
        Objects.requireNonNull(elapsed, "elapsed is null");
        images = List.copyOf(images);
        if (images.isEmpty()) {
            throw new IllegalArgumentException("an edit result has at least one image");
        }
        metadata = Map.copyOf(metadata);
        notices = List.copyOf(notices);
    }

    /** A builder for the result of {@code job}; add at least one image. */
    public static Builder builder(EditJob job) {
        return new Builder(job.providerId(), job.id());
    }

    /** The first (usually the only) image. */
    public EditedImage image() {
        return images.get(0);
    }

    /** Builds an {@link EditResult}. */
    public static final class Builder {
        private final String providerId;
        private final String jobId;
        private final List<EditedImage> images = new ArrayList<>();
        private Duration elapsed = Duration.ZERO;
        private final Map<String, String> metadata = new LinkedHashMap<>();
        private final List<String> notices = new ArrayList<>();

        private Builder(String providerId, String jobId) {
            this.providerId = providerId;
            this.jobId = jobId;
        }

        /** Adds an output image, in order. */
        public Builder image(EditedImage image) {
            images.add(Objects.requireNonNull(image, "image is null"));
            return this;
        }

        /** Default: zero. */
        public Builder elapsed(Duration elapsed) {
            this.elapsed = elapsed;
            return this;
        }

        /** Adds one piece of provider metadata, such as a seed used. */
        public Builder metadata(String name, String value) {
            metadata.put(name, value);
            return this;
        }

        /** Adds provider metadata. */
        public Builder metadata(Map<String, String> values) {
            metadata.putAll(values);
            return this;
        }

        /** Adds a note for the user, such as an option the provider ignored. */
        public Builder notice(String notice) {
            notices.add(Objects.requireNonNull(notice, "notice is null"));
            return this;
        }

        /** @throws IllegalArgumentException when no image was added */
        public EditResult build() {
            return new EditResult(providerId, jobId, images, elapsed, metadata, notices);
        }
    }
}
