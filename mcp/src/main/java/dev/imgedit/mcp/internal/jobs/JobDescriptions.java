package dev.imgedit.mcp.internal.jobs;

import dev.imgedit.batch.JobEvent;
import dev.imgedit.batch.JobRecord;
import dev.imgedit.batch.JobRequest;
import dev.imgedit.batch.OutputFile;
import dev.imgedit.mcp.internal.Secrets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Journaled jobs as get_job and list_jobs give them: one shape for both (absent values left out, as the output
 * schemas say), with what can be done about each. Text the provider wrote (failures, events, what it said of
 * the result) has every secret setting's value hidden.
 */
final class JobDescriptions {
    private final Secrets secrets;

    JobDescriptions(Secrets secrets) {
        this.secrets = secrets;
    }

    /**
     * @param batchFolder the folder of the job's batch, which its outputs' paths are relative to, or null
     * @param events the job's events, or null to leave them out
     */
    Map<String, Object> describe(JobRecord job, @Nullable Path batchFolder, @Nullable List<JobEvent> events) {
        JobRequest request = job.request();
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("id", job.id());
        described.put("state", job.state().name());
        described.put("provider", request.provider());
        described.put("model", request.model());
        putIfPresent(described, "job_id", job.jobId());
        putIfPresent(described, "track_id", job.trackId());
        putIfPresent(described, "batch_id", job.batchId());
        described.put("input", request.inputLocation());
        described.put("prompt", request.prompt());
        putIfPresent(described, "aspect_ratio", request.aspectRatio());
        putIfPresent(described, "seed", request.seed());
        described.put("options", new TreeMap<>(request.options()));
        if (job.outputs().isEmpty() && job.batchId() == null) {
            putIfPresent(described, "planned_output", job.outputStem());
        }
        described.put("outputs", job.outputs().stream().map(output -> output(output, batchFolder)).toList());
        if (job.failure() != null) {
            described.put("error", Map.of("kind", job.failure().kind(), "message",
                    secrets.hide(job.failure().message())));
        }
        described.put("submits", job.submits());
        Map<String, String> result = new TreeMap<>();
        job.result().forEach((name, value) -> result.put(name, secrets.hide(value)));
        described.put("result", result);
        described.put("created_at", job.createdAt().toString());
        described.put("updated_at", job.updatedAt().toString());
        putIfPresent(described, "submitted_at", job.submittedAt() == null ? null : job.submittedAt().toString());
        putIfPresent(described, "finished_at", job.finishedAt() == null ? null : job.finishedAt().toString());
        if (job.finishedAt() != null) {
            described.put("elapsed_ms", Duration.between(job.createdAt(), job.finishedAt()).toMillis());
        }
        putIfPresent(described, "next", next(job));
        if (events != null) {
            described.put("events", events.stream().map(event -> Map.of("at", event.at().toString(), "state",
                    event.state().name(), "detail", secrets.hide(event.detail()))).toList());
        }
        return described;
    }

    /** What can be done about the job now, or null when nothing is left to do. */
    static @Nullable String next(JobRecord job) {
        String provider = job.request().provider();
        String collect = job.batchId() == null ? "fetch_job with job_id '" + job.id() + "' waits for it and writes "
                + "its result" : "batch_edit on its batch's folder again collects it";
        return switch (job.state()) {
            case DONE -> null;
            case SUBMITTED -> "accepted (and paid for) and not collected yet: " + collect + "; nothing is paid again";
            case SUBMITTING, OUTCOME_UNKNOWN -> "the answer to its submit was lost: it may have been accepted (and "
                    + "charged) under track id " + job.trackId() + "; look for that track id with provider "
                    + provider + " before editing again";
            case FAILED -> job.jobId() == null ? "refused before provider " + provider + " accepted it: nothing was "
                    + "charged" : "failed at provider " + provider + ": editing again is a new paid job";
            case PENDING -> "planned in a batch and not sent yet: batch_edit on its batch's folder again goes on";
        };
    }

    private static Map<String, Object> output(OutputFile output, @Nullable Path batchFolder) {
        Path path = batchFolder == null ? Path.of(output.path()) : batchFolder.resolve(output.path());
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("path", path.toString());
        described.put("uri", path.toUri().toString());
        described.put("mime_type", output.type().mimeType());
        described.put("width", output.width());
        described.put("height", output.height());
        described.put("sha256", output.sha256());
        described.put("exists", Files.isRegularFile(path));
        return described;
    }

    private static void putIfPresent(Map<String, Object> map, String name, @Nullable Object value) {
        if (value != null) {
            map.put(name, value);
        }
    }
}
