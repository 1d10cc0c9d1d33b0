package dev.imgedit;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A handle on a submitted edit. It is a plain value: store {@link #id()} (or the whole record) and hand it back to
 * {@link ImageEditProvider#await} later, in this process or, after {@link ImageEditProvider#resume}, in another.
 * Providers build one with {@link #builder(String, String)}.
 *
 * @param providerId the id of the provider that owns the job
 * @param id the provider's job id
 * @param submittedAt when the submit was answered (or, for a resumed job, when it was resumed)
 * @param status the status the provider last reported
 * @param estimatedWait the provider's estimate of the time left, or null when it gave none
 * @param outputs output locations already known (a submit that finished at once, or the provider's future links)
 * @param details what the provider needs to await the job in another process, such as the URL to poll, as text a
 *     journal can store; never secrets
 */
public record EditJob(
        String providerId,
        String id,
        Instant submittedAt,
        JobStatus status,
        @Nullable Duration estimatedWait,
        List<URI> outputs,
        Map<String, String> details) {

    public EditJob {
        Objects.requireNonNull(providerId, "providerId is null");
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(submittedAt, "submittedAt is null");
        Objects.requireNonNull(status, "status is null");
        outputs = List.copyOf(outputs);
        details = Map.copyOf(details);
    }

    /** A builder for a job of {@code providerId} with this id, submitted now and {@link JobStatus#PROCESSING}. */
    public static Builder builder(String providerId, String id) {
        return new Builder(providerId, id);
    }

    /** A job known only by its id, as after a restart. */
    public static EditJob ofId(String providerId, String id) {
        return builder(providerId, id).build();
    }

    /** A builder holding this job's values, to record what a later answer changed. */
    public Builder toBuilder() {
        return new Builder(providerId, id).submittedAt(submittedAt).status(status).estimatedWait(estimatedWait)
                .outputs(outputs).details(details);
    }

    /** Builds an {@link EditJob}; every setter replaces what was set before. */
    public static final class Builder {
        private final String providerId;
        private final String id;
        private Instant submittedAt = Instant.now();
        private JobStatus status = JobStatus.PROCESSING;
        private @Nullable Duration estimatedWait;
        private final List<URI> outputs = new ArrayList<>();
        private final Map<String, String> details = new LinkedHashMap<>();

        private Builder(String providerId, String id) {
            this.providerId = providerId;
            this.id = id;
        }

        /** Default: now. */
        public Builder submittedAt(Instant submittedAt) {
            this.submittedAt = submittedAt;
            return this;
        }

        /** Default: {@link JobStatus#PROCESSING}. */
        public Builder status(JobStatus status) {
            this.status = status;
            return this;
        }

        /** How long the provider expects the job to take; null when it did not say. */
        public Builder estimatedWait(@Nullable Duration estimatedWait) {
            this.estimatedWait = estimatedWait;
            return this;
        }

        /** Replaces the output URLs (known ones, or where they will appear). */
        public Builder outputs(List<URI> outputs) {
            this.outputs.clear();
            this.outputs.addAll(outputs);
            return this;
        }

        /** Replaces the provider's details, which it needs to resume the job. */
        public Builder details(Map<String, String> details) {
            this.details.clear();
            this.details.putAll(details);
            return this;
        }

        /** Adds one provider detail. */
        public Builder detail(String name, String value) {
            details.put(name, value);
            return this;
        }

        /** The job; its values are checked and copied. */
        public EditJob build() {
            return new EditJob(providerId, id, submittedAt, status, estimatedWait, outputs, details);
        }
    }
}
