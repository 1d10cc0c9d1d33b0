package dev.imgedit.batch;

import dev.imgedit.EditJob;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.JobStatus;
import dev.imgedit.exception.ErrorKind;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One job in the journal: what was asked, the ids it was sent and known by, where it stands, and what it wrote. The
 * {@code with...} methods give the record after a state change; the journal stores each change in one transaction.
 * Times are kept to the millisecond, as the journal stores them.
 *
 * @param id the journal's own id of the job, short and unique
 * @param batchId the batch it belongs to, or null for a single edit
 * @param position its place in the batch's list of items, from 0
 * @param request what was asked
 * @param outputStem where its output goes: in a batch, relative to the output folder and without an extension; for a
 *     single edit, the absolute path its first output was to be written to; null when it goes to no file (standard
 *     output)
 * @param trackId the client-chosen id sent with the last submit, so a submit whose answer was lost can be found
 * @param jobId the provider's job id, once known
 * @param state where it stands
 * @param failure why it last failed, or null
 * @param submits how many times it was sent to the provider
 * @param outputs the files written, once done
 * @param result what the provider said about the finished edit (seed used, timings), as text
 * @param createdAt when it was planned
 * @param updatedAt when it last changed
 * @param submittedAt when the provider accepted it, or null
 * @param finishedAt when it was done or failed, or null
 */
public record JobRecord(
        String id,
        @Nullable String batchId,
        int position,
        JobRequest request,
        @Nullable String outputStem,
        @Nullable String trackId,
        @Nullable String jobId,
        ItemState state,
        @Nullable ItemFailure failure,
        int submits,
        List<OutputFile> outputs,
        Map<String, String> result,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant submittedAt,
        @Nullable Instant finishedAt) {

    /** The failures after which the provider holds the job as ended without outputs. */
    private static final Set<String> ENDED_BY_THE_PROVIDER = Set.of(ErrorKind.JOB_FAILED.name(),
            ErrorKind.CONTENT_REJECTED.name(), ErrorKind.JOB_NOT_FOUND.name());

    public JobRecord {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(request, "request is null");
        Objects.requireNonNull(state, "state is null");
        Objects.requireNonNull(createdAt, "createdAt is null");
        Objects.requireNonNull(updatedAt, "updatedAt is null");
        outputs = List.copyOf(outputs);
        result = Map.copyOf(result);
        createdAt = createdAt.truncatedTo(ChronoUnit.MILLIS);
        updatedAt = updatedAt.truncatedTo(ChronoUnit.MILLIS);
        submittedAt = submittedAt == null ? null : submittedAt.truncatedTo(ChronoUnit.MILLIS);
        finishedAt = finishedAt == null ? null : finishedAt.truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * The provider's job as the journal knows it, to wait for after {@link ImageEditProvider#resume} (providers
     * resume a job from its id alone), or null while no job id is known.
     */
    public @Nullable EditJob editJob() {
        if (jobId == null) {
            return null;
        }
        return EditJob.builder(request.provider(), jobId).submittedAt(submittedAt != null ? submittedAt : updatedAt)
                .status(jobStatus()).build();
    }

    /**
     * Where the job stands at the provider, as far as this record knows: done (or only its files lost here) is
     * succeeded, ended by the provider is failed, anything else may still be running.
     */
    private JobStatus jobStatus() {
        if (state == ItemState.DONE) {
            return JobStatus.SUCCEEDED;
        }
        if (state != ItemState.FAILED || failure == null) {
            return JobStatus.PROCESSING;
        }
        if (failure.kind().equals(ItemFailure.LOCAL_IO)) {
            return JobStatus.SUCCEEDED;
        }
        return ENDED_BY_THE_PROVIDER.contains(failure.kind()) ? JobStatus.FAILED : JobStatus.PROCESSING;
    }

    /** A job planned and not yet sent. */
    public static JobRecord planned(String id, @Nullable String batchId, int position, JobRequest request,
            @Nullable String outputStem, Instant now) {
        return new JobRecord(id, batchId, position, request, outputStem, null, null, ItemState.PENDING, null, 0,
                List.of(), Map.of(), now, now, null, null);
    }

    /** About to be sent with {@code newTrackId}: recorded before the submit, so a crash here is never sent twice. */
    public JobRecord withSubmitting(String newTrackId, Instant now) {
        return new JobRecord(id, batchId, position, request, outputStem, newTrackId, null, ItemState.SUBMITTING,
                null, submits + 1, List.of(), Map.of(), createdAt, now, null, null);
    }

    /** Accepted by the provider as {@code providerJobId}. */
    public JobRecord withSubmitted(String providerJobId, Instant now) {
        return new JobRecord(id, batchId, position, request, outputStem, trackId, providerJobId,
                ItemState.SUBMITTED, null, submits, List.of(), Map.of(), createdAt, now, now, null);
    }

    /** Refused before it was accepted (a rate limit, say): nothing was charged and it waits to be sent again. */
    public JobRecord withPendingAgain(@Nullable ItemFailure why, Instant now) {
        return new JobRecord(id, batchId, position, request, outputStem, trackId, null, ItemState.PENDING, why,
                submits, List.of(), Map.of(), createdAt, now, null, null);
    }

    /**
     * Its outputs are about to be moved into place: recorded first, so that after a crash the files found there are
     * known to be this job's.
     */
    public JobRecord withOutputs(List<OutputFile> files, Map<String, String> providerResult, Instant now) {
        return new JobRecord(id, batchId, position, request, outputStem, trackId, jobId, state, failure, submits,
                files, providerResult, createdAt, now, submittedAt, finishedAt);
    }

    public JobRecord withDone(Instant now) {
        return new JobRecord(id, batchId, position, request, outputStem, trackId, jobId, ItemState.DONE, null,
                submits, outputs, result, createdAt, now, submittedAt, now);
    }

    /** Finished without an output, or (when {@code state} stays {@link ItemState#SUBMITTED}) still running. */
    public JobRecord withFailure(ItemState newState, ItemFailure why, Instant now) {
        Instant finished = newState == ItemState.FAILED ? now : finishedAt;
        return new JobRecord(id, batchId, position, request, outputStem, trackId, jobId, newState, why, submits,
                outputs, result, createdAt, now, submittedAt, finished);
    }
}
