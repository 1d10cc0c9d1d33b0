package dev.imgedit.modelslab.internal;

import dev.imgedit.CheckedRequest;
import dev.imgedit.EditJob;
import dev.imgedit.EditRequest;
import dev.imgedit.ImageInput;
import dev.imgedit.JobStatus;
import dev.imgedit.exception.ContentRejectedException;
import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.exception.OutcomeUnknownException;
import dev.imgedit.modelslab.ModelsLabSettings;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends an edit to {@code POST /api/v7/images/image-to-image}, once: local bytes are uploaded first, the request
 * carries a track id (so a lost answer can be traced), and the answer becomes an {@link EditJob}.
 */
final class Submitter {
    private static final Logger LOGGER = LoggerFactory.getLogger(Submitter.class);

    private final Sender sender;
    private final Uploader uploader;
    private final OutputLinks links;
    private final ModelsLabSettings settings;
    private final Timing timing;

    Submitter(Sender sender, Uploader uploader, OutputLinks links, ModelsLabSettings settings, Timing timing) {
        this.sender = sender;
        this.uploader = uploader;
        this.links = links;
        this.settings = settings;
        this.timing = timing;
    }

    EditJob submit(CheckedRequest checked) {
        EditRequest request = checked.request();
        Map<String, Object> extra = SubmitBody.extraFields(request.providerOptions());
        String trackId = trackId(request.trackId() != null ? request.trackId()
                : request.providerOptions().get(SubmitBody.TRACK_ID));
        String initImage;
        if (request.image() instanceof ImageInput.Bytes bytes) {
            initImage = uploader.upload(bytes).toString();
        } else {
            URI url = ((ImageInput.Url) request.image()).uri();
            checkReachable(url);
            initImage = url.toString();
        }
        SubmitBody body = new SubmitBody(settings.apiKey().reveal(), checked.model().id(), initImage, request.prompt(),
                request.aspectRatio() == null ? null : request.aspectRatio().label(), request.seed(), trackId, extra);
        Outcome outcome = sender.send(Phase.SUBMIT, api -> api.submit(body), trackId);
        EditJob job = toJob(outcome, trackId);
        LOGGER.debug("submitted ModelsLab job {} (track_id {}): {}", job.id(), trackId, job.status());
        return job;
    }

    private EditJob toJob(Outcome outcome, String trackId) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put(JobDetails.TRACK_ID, trackId);
        if (outcome instanceof Outcome.Failed failed) {
            throw Failures.of(failed.problem(), Phase.SUBMIT, null, trackId);
        }
        if (outcome instanceof Outcome.Succeeded succeeded) {
            WireReply reply = succeeded.reply();
            String replyId = reply.idText();
            String id = replyId != null ? replyId : trackId;
            List<URI> outputs = links.of(reply, List.of(), id);
            if (outputs.isEmpty()) {
                if (reply.nsfwDetected()) {
                    throw new ContentRejectedException("ModelsLab's safety check flagged the edit "
                            + "(nsfw_content_detected) and returned no image: change the prompt or the image", id,
                            null);
                }
                throw Failures.jobFailed(id, "it answered success without an output URL");
            }
            details.putAll(JobDetails.resultFacts(reply.metadata()));
            return new EditJob(ModelsLabProvider.PROVIDER_ID, id, timing.now(), JobStatus.SUCCEEDED, null, outputs,
                    details);
        }
        WireReply reply = ((Outcome.Processing) outcome).reply();
        String fetchResult = reply.fetchResultUrl();
        if (fetchResult != null) {
            details.put(JobDetails.FETCH_RESULT, fetchResult);
        }
        String id = jobId(reply, fetchResult);
        List<URI> futureLinks = links.future(reply, List.of(), id != null ? id : trackId);
        if (id == null) {
            if (futureLinks.isEmpty()) {
                throw new OutcomeUnknownException("ModelsLab accepted the edit (status '" + reply.statusText()
                        + "') but gave no job id, fetch URL or future link to follow it; its track_id is " + trackId
                        + ": look for it in the ModelsLab dashboard before editing again", null, trackId, null);
            }
            id = trackId;
            details.put(JobDetails.POLL, JobDetails.POLL_FUTURE_LINKS);
        }
        return new EditJob(ModelsLabProvider.PROVIDER_ID, id, timing.now(), JobStatus.PROCESSING,
                reply.etaDuration().orElse(null), futureLinks, details);
    }

    /** The reply's id, else the last segment of {@code fetch_result}, else null. */
    private static @Nullable String jobId(WireReply reply, @Nullable String fetchResult) {
        String id = reply.idText();
        if (id != null) {
            return id;
        }
        if (fetchResult == null) {
            return null;
        }
        try {
            String path = new URI(fetchResult).getPath();
            String last = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
            return JobDetails.isValidJobId(last) ? last : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String trackId(@Nullable String given) {
        if (given == null) {
            return UUID.randomUUID().toString();
        }
        if (given.isBlank() || given.length() > 200) {
            throw new InvalidRequestException("provider option track_id must be 1 to 200 characters");
        }
        return given.strip();
    }

    /** A URL on this machine cannot be fetched by ModelsLab's servers; say so before paying for the failure. */
    private void checkReachable(URI image) {
        if (Origins.isLoopback(image) && !Origins.isLoopback(settings.baseUrl())) {
            throw new InvalidRequestException("the image URL " + image + " points at this machine, which ModelsLab "
                    + "cannot reach: pass the file itself instead");
        }
    }
}
