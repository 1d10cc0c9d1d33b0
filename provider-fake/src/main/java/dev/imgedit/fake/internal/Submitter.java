package dev.imgedit.fake.internal;

import dev.imgedit.AspectRatio;
import dev.imgedit.CheckedRequest;
import dev.imgedit.EditJob;
import dev.imgedit.EditListener;
import dev.imgedit.EditRequest;
import dev.imgedit.EditedImage;
import dev.imgedit.ImageBytes;
import dev.imgedit.ImageInput;
import dev.imgedit.exception.ProviderUnavailableException;
import dev.imgedit.exception.RateLimitedException;
import dev.imgedit.fake.Outcome;
import dev.imgedit.fake.internal.image.FakeEditor;
import dev.imgedit.fake.internal.job.FakeJob;
import dev.imgedit.fake.internal.job.JobIds;
import dev.imgedit.fake.internal.job.JobState;
import dev.imgedit.fake.internal.script.Scripted;
import dev.imgedit.util.Durations;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A submit as the imitated service handles it: record it, wait the latency, hold it to an earlier rate limit, take
 * its outcome, and for an accepted job make the edit (on the calling thread) and keep it.
 */
final class Submitter {
    private static final Logger LOGGER = LoggerFactory.getLogger(Submitter.class);
    /** Where {@link EditJob#details()} and the result's metadata carry the track id, as ModelsLab's provider does. */
    static final String TRACK_ID = "track_id";

    private final String providerId;
    private final ServiceSetup service;

    Submitter(String providerId, ServiceSetup service) {
        this.providerId = providerId;
        this.service = service;
    }

    /**
     * Submits, sending a rate-limited submit again as {@link SubmitRetries} say while the wait fits before
     * {@code deadlineNanos} (on the service's time; {@link Long#MAX_VALUE} for none), telling {@code listener} of each
     * wait and each submit going out.
     */
    EditJob submit(CheckedRequest checked, long deadlineNanos, EditListener listener) {
        for (int retriesDone = 0; ; retriesDone++) {
            listener.onSubmitting();
            try {
                return submitOnce(checked);
            } catch (RateLimitedException limited) {
                Duration wait = service.retries().nextWait(retriesDone, limited.retryAfter());
                if (wait == null || (deadlineNanos != Long.MAX_VALUE
                        && wait.toNanos() >= deadlineNanos - service.time().nanoTime())) {
                    throw limited;
                }
                LOGGER.info("Fake: the submit was rate limited; trying again in {} (retry {} of {})",
                        Durations.describe(wait), retriesDone + 1, service.retries().maxRetries());
                listener.onWaiting(wait, "rate limited");
                if (!service.time().pause(wait)) {
                    throw limited;
                }
            }
        }
    }

    private EditJob submitOnce(CheckedRequest checked) {
        EditRequest request = checked.request();
        service.calls().submitted(request);
        if (!service.time().pause(service.latency())) {
            throw new ProviderUnavailableException("interrupted before the fake service accepted the job; nothing "
                    + "was submitted", null, null);
        }
        String trackId = request.trackId() != null ? request.trackId() : JobIds.newTrackId();
        Duration limited = service.rateLimit().remaining(service.time().now());
        if (limited != null) {
            throw ImitatedFailures.atSubmit(new Scripted(Outcome.rateLimited(limited), "the rate limit of an earlier "
                    + "submit, whose retry-after has not passed"), null, trackId, limited);
        }
        Scripted scripted = service.outcomes().next(request);
        Outcome outcome = scripted.outcome();
        if (!outcome.kind().accepted()) {
            if (outcome.retryAfter() != null) {
                service.rateLimit().limitUntil(service.time().now().plus(outcome.retryAfter()));
            }
            throw ImitatedFailures.atSubmit(scripted, null, trackId, outcome.retryAfter());
        }
        FakeJob job = accept(checked, scripted, trackId);
        return switch (outcome.kind()) {
            case ANSWER_LOST -> throw ImitatedFailures.atSubmit(scripted, job.id(), trackId, null);
            case ANSWER_LOST_WITHOUT_JOB_ID -> throw ImitatedFailures.atSubmit(scripted, null, trackId, null);
            default -> {
                JobState state = job.stateAfter(0, job.createdAt());
                yield EditJob.builder(providerId, job.id()).submittedAt(job.createdAt()).status(state.status())
                        .estimatedWait(state.estimatedWait()).detail(TRACK_ID, trackId).build();
            }
        };
    }

    /** Makes the edit and keeps the job. */
    private FakeJob accept(CheckedRequest checked, Scripted scripted, String trackId) {
        FakeEditor.Edit edit = FakeEditor.edit(checked);
        Instant now = service.time().now();
        FakeJob job = FakeJob.accepted(JobIds.newId(edit.bytes()), now, scripted,
                List.of(new FakeJob.Output(edit.type(), edit.width(), edit.height(), edit.bytes().length,
                        JobIds.sha256(edit.bytes()))),
                metadata(checked, edit, trackId), edit.notices());
        service.jobs().add(job, List.of(new EditedImage(null, edit.type(), ImageBytes.adopt(edit.bytes()),
                edit.width(), edit.height())));
        LOGGER.debug("Fake job {} accepted {} ({}): effects {}, {} {}x{}, seed {}", job.id(), service.jobs().where(),
                scripted.outcome(), edit.effects(), edit.type().displayName(), edit.width(), edit.height(),
                edit.seed());
        return job;
    }

    private static Map<String, String> metadata(CheckedRequest checked, FakeEditor.Edit edit, String trackId) {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("model", checked.model().id());
        metadata.put("effects", String.join(", ", edit.effects()));
        metadata.put("seed", Long.toString(edit.seed()));
        AspectRatio ratio = checked.request().aspectRatio();
        if (ratio != null) {
            metadata.put("aspectRatio", ratio.label());
        }
        List<ImageInput> references = checked.request().references();
        if (!references.isEmpty()) {
            metadata.put("references", Integer.toString(references.size()));
        }
        metadata.put(TRACK_ID, trackId);
        return metadata;
    }
}
