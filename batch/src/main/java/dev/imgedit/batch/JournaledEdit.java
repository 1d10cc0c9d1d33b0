package dev.imgedit.batch;

import dev.imgedit.EditRequest;
import dev.imgedit.ImageInput;
import dev.imgedit.exception.ErrorKind;
import dev.imgedit.exception.ImageEditException;
import dev.imgedit.util.HttpUrls;
import dev.imgedit.batch.internal.Ids;
import dev.imgedit.batch.internal.ItemChecks;
import dev.imgedit.batch.internal.TextMaps;
import dev.imgedit.batch.internal.Sha256;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One edit outside a batch, journaled as a batch item is: recorded with a fresh track id before it is submitted,
 * with the provider's job id once accepted, and with its outputs and their SHA-256 once they are written. So a paid
 * job whose wait timed out, or whose process was killed, stays listed and can be collected by its id.
 *
 * <pre>{@code
 * JournaledEdit journaled = JournaledEdit.begin(history.journal(), "modelslab", model.id(), request, "photo.png",
 *         "/home/me/photo.edited.png", null);
 * EditJob job = provider.submit(journaled.withTrackId(request));
 * journaled.accepted(job.id());
 * ...
 * journaled.done(List.of(OutputFile.written(path, image.type(), image.width(), image.height())), result.metadata());
 * }</pre>
 *
 * <p>Each method is one transaction and throws {@link BatchStorageException} when the journal cannot be written.
 * Thread-safe.
 */
public final class JournaledEdit {
    private static final String SHA256_PREFIX = "sha256:";

    private final JobJournal journal;
    /** The track id its submit carries: chosen when it is planned, kept when it is taken up again. */
    private final @Nullable String trackId;
    private JobRecord job;

    private JournaledEdit(JobJournal journal, JobRecord job) {
        this.journal = journal;
        this.job = job;
        this.trackId = job.trackId() != null ? job.trackId() : Ids.newTrackId(job.id());
    }

    /**
     * The key of a request, stored as {@link JobRequest#key()}: the SHA-256 of the provider, the model, every
     * image's SHA-256 (or URL), the prompt, the ratio, the seed, the output format and the options, and of
     * {@code callerKey} when given. The same edit asked again, with the same caller's key, has the same key, which
     * {@link JobHistory#latestWithKey} finds.
     *
     * @param callerKey a key the caller chose for this edit (an idempotency key), or null
     */
    public static String requestKey(String providerId, String modelId, EditRequest request,
            @Nullable String callerKey) {
        return requestKey(providerId, modelId, request, callerKey, imageKeys(request));
    }

    /** Each image as the key has it: the SHA-256 of its bytes, or its URL. */
    private static List<String> imageKeys(EditRequest request) {
        List<String> images = new ArrayList<>();
        for (ImageInput image : request.images()) {
            images.add(image instanceof ImageInput.Bytes bytes ? SHA256_PREFIX + Sha256.of(bytes.data())
                    : ((ImageInput.Url) image).uri().toString());
        }
        return images;
    }

    private static String requestKey(String providerId, String modelId, EditRequest request,
            @Nullable String callerKey, List<String> images) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("provider", providerId);
        fields.put("model", modelId);
        fields.put("images", String.join(" ", images));
        fields.put("prompt", request.prompt());
        putIfPresent(fields, "aspect_ratio", request.aspectRatio() == null ? null : request.aspectRatio().label());
        putIfPresent(fields, "seed", request.seed() == null ? null : request.seed().toString());
        putIfPresent(fields, "output_format", request.outputFormat() == null ? null : request.outputFormat().name());
        fields.put("options", TextMaps.write(request.providerOptions()));
        putIfPresent(fields, "caller_key", callerKey);
        return Sha256.of(TextMaps.write(fields));
    }

    private static void putIfPresent(Map<String, String> fields, String name, @Nullable String value) {
        if (value != null) {
            fields.put(name, value);
        }
    }

    /**
     * Holds provider options to the rules of every journaled edit, a batch's items and single edits alike, before
     * anything is journaled or sent.
     *
     * @throws dev.imgedit.exception.InvalidRequestException for a blank name, {@code track_id} (imgedit chooses the
     *     track id, so a lost submit can be found), or a name that looks like a secret (options are journaled)
     */
    public static void checkProviderOptions(Map<String, String> options) {
        ItemChecks.checkProviderOptions(options);
    }

    /**
     * Records the edit as about to be submitted, with a track id of its own, before anything is sent.
     *
     * @param modelId the model it runs on (the provider's default when the request names none)
     * @param input where the input came from, for listings: a file's absolute path, or {@code -} for standard input
     *     (a URL input is recorded as messages show it, without user information or query, which may hold a token)
     * @param plannedOutput the absolute path its first output is to be written to, or null when it goes to no file
     * @param callerKey a key the caller chose to recognise a retry of the same edit, or null
     * @throws dev.imgedit.exception.InvalidRequestException when its provider options break
     *     {@link #checkProviderOptions}; nothing is journaled then
     */
    public static JournaledEdit begin(JobJournal journal, String providerId, String modelId, EditRequest request,
            String input, @Nullable String plannedOutput, @Nullable String callerKey) {
        JournaledEdit planned = new JournaledEdit(journal, planned(providerId, modelId, request, input, plannedOutput,
                callerKey, Instant.now()));
        planned.job = planned.job.withSubmitting(planned.trackId, planned.job.createdAt());
        journal.add(List.of(planned.job), "submitting with track id " + planned.trackId);
        return planned;
    }

    /**
     * Records the edit as planned, with the track id it is to be sent with, when what comes before its submit (an
     * upload, a wait) may take a while: {@link #submitting()} then records the moment the submit goes out. A run that
     * stops before that moment leaves the job {@link ItemState#PENDING}, known never to have been sent.
     *
     * @see #begin
     */
    public static JournaledEdit plan(JobJournal journal, String providerId, String modelId, EditRequest request,
            String input, @Nullable String plannedOutput, @Nullable String callerKey) {
        JournaledEdit planned = new JournaledEdit(journal, planned(providerId, modelId, request, input, plannedOutput,
                callerKey, Instant.now()));
        journal.add(List.of(planned.job), "planned with track id " + planned.trackId + "; not sent yet");
        return planned;
    }

    private static JobRecord planned(String providerId, String modelId, EditRequest request, String input,
            @Nullable String plannedOutput, @Nullable String callerKey, Instant now) {
        checkProviderOptions(request.providerOptions());
        ImageInput image = request.image();
        ImageInput.Bytes bytes = image instanceof ImageInput.Bytes b ? b : null;
        String location = bytes == null ? HttpUrls.shown(((ImageInput.Url) image).uri()) : input;
        // Each image hashed once: a 12-megapixel photo takes about 0.1 s in a JVM that has only just started.
        List<String> images = imageKeys(request);
        JobRequest asked = new JobRequest(requestKey(providerId, modelId, request, callerKey, images), providerId,
                modelId, input, location, bytes == null ? null : images.get(0).substring(SHA256_PREFIX.length()),
                bytes == null ? null : bytes.type(), request.prompt(),
                request.aspectRatio() == null ? null : request.aspectRatio().label(), request.seed(),
                request.providerOptions());
        return JobRecord.planned(Ids.newId(), null, 0, asked, plannedOutput, now);
    }

    /** A journaled job taken up again to collect its result: what happens next is recorded on the same record. */
    public static JournaledEdit resume(JobJournal journal, JobRecord job) {
        return new JournaledEdit(Objects.requireNonNull(journal, "journal is null"),
                Objects.requireNonNull(job, "job is null"));
    }

    /** The record as last written. */
    public synchronized JobRecord record() {
        return job;
    }

    /** The journal's id of the job. */
    public synchronized String id() {
        return job.id();
    }

    /** {@code request} carrying this edit's track id, to submit. */
    public synchronized EditRequest withTrackId(EditRequest request) {
        return request.toBuilder().trackId(trackId).build();
    }

    /** The track id its submit carries. */
    public @Nullable String trackId() {
        return trackId;
    }

    /**
     * The submit of a {@linkplain #plan planned} edit goes out now: from here, if the run stops before the answer is
     * recorded, it may have been accepted (and charged). Called again for a submit sent again, it records nothing.
     */
    public synchronized void submitting() {
        if (job.state() == ItemState.PENDING) {
            job = update(job.withSubmitting(trackId, Instant.now()), "submitting with track id " + trackId);
        }
    }

    /** The provider accepted the edit as {@code jobId}. */
    public synchronized void accepted(String jobId) {
        job = update(sent().withSubmitted(jobId, Instant.now()), "accepted as job " + jobId);
    }

    /** The outputs are written; {@code result} is what the provider said about the edit (its metadata). */
    public synchronized void done(List<OutputFile> outputs, Map<String, String> result) {
        Instant now = Instant.now();
        List<String> paths = outputs.stream().map(OutputFile::path).toList();
        job = update(job.withOutputs(outputs, result, now).withDone(now), "done: wrote " + String.join(", ", paths));
    }

    /**
     * The edit failed as {@code failure} says. A job the provider accepted and that may still deliver (a wait that
     * ran out, a service that could not be reached) stays {@link ItemState#SUBMITTED}, to be collected later; a
     * submit whose answer was lost is {@link ItemState#OUTCOME_UNKNOWN}; anything else is {@link ItemState#FAILED}
     * (with no submit counted for a {@linkplain #plan planned} edit whose submit never went out).
     */
    public synchronized void failed(ImageEditException failure) {
        if (job.jobId() == null && failure.jobId() != null) {
            accepted(Objects.requireNonNull(failure.jobId()));
        }
        ItemFailure why = ItemFailure.of(failure);
        if (job.state() == ItemState.PENDING && failure.kind() != ErrorKind.OUTCOME_UNKNOWN) {
            job = update(job.withFailure(ItemState.FAILED, why, Instant.now()), "not sent: " + failure.kind());
            return;
        }
        job = sent();
        if (job.jobId() == null) {
            ItemState state = failure.kind() == ErrorKind.OUTCOME_UNKNOWN ? ItemState.OUTCOME_UNKNOWN
                    : ItemState.FAILED;
            job = update(job.withFailure(state, why, Instant.now()), state == ItemState.FAILED
                    ? "refused: " + failure.kind() : "the answer to the submit was lost");
        } else if (failure.kind() == ErrorKind.TIMED_OUT || failure.kind() == ErrorKind.OUTCOME_UNKNOWN
                || failure.isRetriable()) {
            job = update(job.withFailure(ItemState.SUBMITTED, why, Instant.now()),
                    "still running at the provider: " + failure.kind());
        } else {
            job = update(job.withFailure(ItemState.FAILED, why, Instant.now()), "failed: " + failure.kind());
        }
    }

    /**
     * The edit failed on this side, as {@code kind} (such as {@link ItemFailure#LOCAL_IO}: its output could not be
     * written) says: a job the provider accepted stays {@link ItemState#SUBMITTED}, since collecting it again costs
     * nothing; one never accepted is {@link ItemState#FAILED} (and one {@linkplain #plan planned}, never sent).
     */
    public synchronized void failedHere(String kind, String message) {
        if (job.state() == ItemState.PENDING) {
            job = update(job.withFailure(ItemState.FAILED, new ItemFailure(kind, message), Instant.now()),
                    "not sent: " + kind);
            return;
        }
        ItemState state = job.jobId() != null ? ItemState.SUBMITTED : ItemState.FAILED;
        job = update(job.withFailure(state, new ItemFailure(kind, message), Instant.now()),
                state == ItemState.SUBMITTED ? "its result could not be collected here: " + kind : "failed: " + kind);
    }

    /**
     * The record as one whose submit went out: a planned edit whose provider answered without saying it was sending
     * (a lost answer, an accepted job) was sent all the same.
     */
    private JobRecord sent() {
        return job.state() == ItemState.PENDING ? job.withSubmitting(trackId, Instant.now()) : job;
    }

    private JobRecord update(JobRecord changed, String event) {
        journal.update(changed, event);
        return changed;
    }

    @Override
    public synchronized String toString() {
        return "JournaledEdit[" + job.id() + ", " + job.state() + "]";
    }
}
