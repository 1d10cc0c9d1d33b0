package dev.imgedit;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A handle on a submitted edit. It is a plain value: store {@link #id()} (or the whole record) and hand it back to
 * {@link ImageEditProvider#await} later, in this process or, after {@link ImageEditProvider#resume}, in another.
 *
 * @param providerId the id of the provider that owns the job
 * @param id the provider's job id
 * @param submittedAt when the submit was answered (or, for a resumed job, when it was resumed)
 * @param status the status the provider last reported
 * @param estimatedWait the provider's estimate of the time left, when it gave one
 * @param outputs output locations already known (a submit that finished at once, or the provider's future links)
 * @param details provider-specific facts needed to await the job, such as the URL to poll; never secrets
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

    /** A job known only by its id, as after a restart. */
    public static EditJob ofId(String providerId, String id) {
        return new EditJob(providerId, id, Instant.now(), JobStatus.PROCESSING, null, List.of(), Map.of());
    }

    public Optional<Duration> estimatedWaitOption() {
        return Optional.ofNullable(estimatedWait);
    }
}
