package dev.imgedit.modelslab.internal;

import dev.imgedit.CheckedRequest;
import dev.imgedit.EditJob;
import dev.imgedit.EditRequest;
import dev.imgedit.ImageInput;
import dev.imgedit.JobStatus;
import dev.imgedit.ModelInfo;
import dev.imgedit.exception.ContentRejectedException;
import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.exception.OutcomeUnknownException;
import dev.imgedit.modelslab.ModelsLabSettings;
import dev.imgedit.modelslab.internal.http.ApiTransport;
import dev.imgedit.modelslab.internal.reply.ApiReply;
import dev.imgedit.modelslab.internal.reply.Failures;
import dev.imgedit.modelslab.internal.reply.OutputLinks;
import dev.imgedit.modelslab.internal.reply.Phase;
import dev.imgedit.modelslab.internal.request.BodyShape;
import dev.imgedit.modelslab.internal.request.ModelsLabModel;
import dev.imgedit.modelslab.internal.request.SubmitBody;
import dev.imgedit.modelslab.internal.retry.Patience;
import dev.imgedit.modelslab.internal.retry.Timing;
import dev.imgedit.modelslab.internal.transfer.Uploader;
import dev.imgedit.util.HttpUrls;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends an edit to {@code POST /api/v7/images/image-to-image}, once: the body is shaped for the model, local images
 * are uploaded first, the request carries a track id (so a lost answer can be traced), and the answer becomes an
 * {@link EditJob}. Everything that can be refused is refused before the first request.
 */
final class Submitter {
    private static final Logger LOGGER = LoggerFactory.getLogger(Submitter.class);

    private final ApiTransport transport;
    private final Uploader uploader;
    private final OutputLinks links;
    private final ModelsLabSettings settings;
    private final Timing timing;

    Submitter(ApiTransport transport, Uploader uploader, OutputLinks links, ModelsLabSettings settings,
            Timing timing) {
        this.transport = transport;
        this.uploader = uploader;
        this.links = links;
        this.settings = settings;
        this.timing = timing;
    }

    EditJob submit(CheckedRequest checked, Patience patience) {
        EditRequest request = checked.request();
        ModelInfo model = checked.model();
        Optional<ModelsLabModel> listed = ModelsLabModel.find(model.id());
        BodyShape shape = listed.map(ModelsLabModel::shape).orElse(BodyShape.GENERIC);
        Map<String, String> options = new LinkedHashMap<>(request.providerOptions());
        String trackId = trackId(request.trackId(), options.remove(SubmitBody.TRACK_ID));
        String sizeOption = shape.sizeField() != null && model.option(shape.sizeField()).isPresent()
                ? options.remove(shape.sizeField()) : null;
        BodyShape.Sizing sizing = shape.sizing(model.id(), request, sizeOption);
        Map<String, Object> extra = SubmitBody.extraFields(options);
        request.images().forEach(this::checkReachable);
        List<String> notices = new ArrayList<>();
        if (listed.isEmpty()) {
            notices.add("model " + model.id() + " is not one imgedit lists, so it was sent as given, with one "
                    + "init_image URL" + (sizing.value() == null ? "" : " and the aspect_ratio"));
        }
        if (sizing.notice() != null) {
            notices.add(sizing.notice());
        }

        SubmitBody body = new SubmitBody(settings.apiKey().reveal(), model.id(), shape,
                uploader.urls(request.images(), patience), request.prompt(), sizing.value(), trackId, extra);
        ApiReply reply = transport.send(Phase.SUBMIT, (api, waits) -> api.submit(body, waits), patience);
        EditJob job = toJob(reply, trackId, notices);
        LOGGER.debug("submitted ModelsLab job {} (track_id {}): {}", job.id(), trackId, job.status());
        return job;
    }

    private EditJob toJob(ApiReply reply, String trackId, List<String> notices) {
        if (reply.status().isFailure()) {
            throw Failures.of(reply, Phase.SUBMIT, null, trackId);
        }
        if (reply.status() == ApiReply.Status.SUCCEEDED) {
            String id = reply.jobId() != null ? reply.jobId() : trackId;
            List<URI> outputs = links.of(reply, List.of(), id);
            if (outputs.isEmpty()) {
                if (reply.nsfwDetected()) {
                    throw new ContentRejectedException("ModelsLab's safety check flagged the edit "
                            + "(nsfw_content_detected) and returned no image: change the prompt or the image", id,
                            null);
                }
                throw Failures.jobFailed(id, "it answered success without an output URL");
            }
            return EditJob.builder(ModelsLabProvider.PROVIDER_ID, id).submittedAt(timing.now())
                    .status(JobStatus.SUCCEEDED).outputs(outputs)
                    .details(new JobState(trackId, null, false, reply.metadata(), notices).toDetails()).build();
        }
        String id = jobId(reply);
        List<URI> futureLinks = links.future(reply, List.of(), id != null ? id : trackId);
        if (id == null && futureLinks.isEmpty()) {
            throw new OutcomeUnknownException("ModelsLab accepted the edit (" + reply.detail() + ") but gave no job "
                    + "id, fetch URL or future link to follow it; its track_id is " + trackId + ": look for it in "
                    + "the ModelsLab dashboard before editing again", null, trackId, null);
        }
        JobState state = new JobState(trackId, reply.fetchResult(), id == null, Map.of(), notices);
        return EditJob.builder(ModelsLabProvider.PROVIDER_ID, id != null ? id : trackId).submittedAt(timing.now())
                .estimatedWait(reply.eta()).outputs(futureLinks).details(state.toDetails()).build();
    }

    /** The reply's id, else the last segment of {@code fetch_result}, else null. */
    private static @Nullable String jobId(ApiReply reply) {
        if (reply.jobId() != null || reply.fetchResult() == null) {
            return reply.jobId();
        }
        try {
            String path = new URI(reply.fetchResult()).getPath();
            String last = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
            return PollTarget.isValidJobId(last) ? last : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** The caller's track id, given once (as the request's or as the {@code track_id} option), else a new one. */
    private static String trackId(@Nullable String requested, @Nullable String option) {
        if (requested != null && option != null && !requested.equals(option.strip())) {
            throw new InvalidRequestException("the track id is given twice, as '" + requested + "' and as the "
                    + "track_id option '" + option + "': give it once");
        }
        String given = requested != null ? requested : option;
        if (given == null) {
            return UUID.randomUUID().toString();
        }
        if (given.isBlank() || given.length() > 200) {
            throw new InvalidRequestException("provider option track_id must be 1 to 200 characters");
        }
        return given.strip();
    }

    /** A URL on this machine cannot be fetched by ModelsLab's servers; say so before paying for the failure. */
    private void checkReachable(ImageInput image) {
        if (image instanceof ImageInput.Url url && HttpUrls.isLoopback(url.uri())
                && !HttpUrls.isLoopback(settings.baseUrl())) {
            throw new InvalidRequestException("the image URL " + url.uri() + " points at this machine, which "
                    + "ModelsLab cannot reach: pass the file itself instead");
        }
    }
}
