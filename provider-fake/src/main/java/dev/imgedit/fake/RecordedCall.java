package dev.imgedit.fake;

import dev.imgedit.EditRequest;
import dev.imgedit.util.Durations;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One call an application made to a {@link FakeService}'s provider, as {@link Recording} keeps it: a submit, an
 * await or a resume. Submits refused by the provider's own checks before anything is sent (an unsupported ratio, too
 * many images) are not calls to the service and are not recorded.
 */
public sealed interface RecordedCall permits RecordedCall.Submit, RecordedCall.Await, RecordedCall.Resume {

    /** The call's place among all calls to the service, from 1. */
    int number();

    /** When the service received it, on its clock. */
    Instant at();

    /**
     * A submit.
     *
     * @param request the request as the application built it, model options in their canonical form
     * @param images each of {@code request.images()} described, the image edited first
     */
    record Submit(int number, Instant at, EditRequest request, List<RecordedImage> images) implements RecordedCall {
        public Submit {
            Objects.requireNonNull(at, "at is null");
            Objects.requireNonNull(request, "request is null");
            images = List.copyOf(images);
        }

        static Submit of(int number, Instant at, EditRequest request) {
            return new Submit(number, at, request, request.images().stream().map(RecordedImage::of).toList());
        }

        public String prompt() {
            return request.prompt();
        }

        /** The image edited. */
        public RecordedImage image() {
            return images.get(0);
        }

        /** The reference images, in order. */
        public List<RecordedImage> references() {
            return images.subList(1, images.size());
        }

        @Override
        public String toString() {
            return "#" + number + " submit at " + at + ": '" + request.prompt() + "' on " + images
                    + (request.model() == null ? "" : ", model " + request.model())
                    + (request.aspectRatio() == null ? "" : ", ratio " + request.aspectRatio().label())
                    + (request.seed() == null ? "" : ", seed " + request.seed())
                    + (request.outputFormat() == null ? "" : ", as " + request.outputFormat().displayName())
                    + (request.trackId() == null ? "" : ", track id " + request.trackId())
                    + (request.providerOptions().isEmpty() ? "" : ", options " + request.providerOptions());
        }
    }

    /** An await of the job {@code jobId}, for at most {@code timeout}. */
    record Await(int number, Instant at, String jobId, Duration timeout) implements RecordedCall {
        public Await {
            Objects.requireNonNull(at, "at is null");
            Objects.requireNonNull(jobId, "jobId is null");
            Objects.requireNonNull(timeout, "timeout is null");
        }

        @Override
        public String toString() {
            return "#" + number + " await at " + at + ": job " + jobId + " for up to " + Durations.describe(timeout);
        }
    }

    /** A resume of the job {@code jobId} by its id. */
    record Resume(int number, Instant at, String jobId) implements RecordedCall {
        public Resume {
            Objects.requireNonNull(at, "at is null");
            Objects.requireNonNull(jobId, "jobId is null");
        }

        @Override
        public String toString() {
            return "#" + number + " resume at " + at + ": job " + jobId;
        }
    }
}
