package dev.imgedit.cli.internal.jobs;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.imgedit.batch.JobEvent;
import dev.imgedit.batch.JobRecord;
import dev.imgedit.batch.JobRequest;
import dev.imgedit.batch.OutputFile;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The {@code --json} shapes of {@code imgedit jobs}, documented in docs/cli.md; absent values are left out. */
final class JobDocuments {
    private JobDocuments() {}

    /** {@code jobs --json}: the jobs, most recently changed first, and the batches that could not be read. */
    record JobList(List<Job> jobs, List<String> problems) {}

    /** One journaled job; {@code events} only in {@code jobs show}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "state", "batchId", "provider", "model", "jobId", "trackId", "input", "inputSha256",
            "prompt", "aspectRatio", "seed", "options", "plannedOutput", "outputs", "error", "submits", "result",
            "createdAt", "updatedAt", "submittedAt", "finishedAt", "events"})
    record Job(
            String id,
            String state,
            @Nullable String batchId,
            String provider,
            String model,
            @Nullable String jobId,
            @Nullable String trackId,
            String input,
            @Nullable String inputSha256,
            String prompt,
            @Nullable String aspectRatio,
            @Nullable Long seed,
            Map<String, String> options,
            @Nullable String plannedOutput,
            List<Output> outputs,
            @Nullable Error error,
            int submits,
            Map<String, String> result,
            String createdAt,
            String updatedAt,
            @Nullable String submittedAt,
            @Nullable String finishedAt,
            @Nullable List<Event> events) {

        static Job of(JobRecord job, @Nullable List<JobEvent> events) {
            JobRequest request = job.request();
            return new Job(job.id(), job.state().name(), job.batchId(), request.provider(), request.model(),
                    job.jobId(), job.trackId(), UserJournal.shownInput(request), request.inputSha256(), request.prompt(),
                    request.aspectRatio(), request.seed(), request.options(), job.outputStem(),
                    job.outputs().stream().map(Output::of).toList(),
                    job.failure() == null ? null : new Error(job.failure().kind(), job.failure().message()),
                    job.submits(), job.result(), job.createdAt().toString(), job.updatedAt().toString(),
                    job.submittedAt() == null ? null : job.submittedAt().toString(),
                    job.finishedAt() == null ? null : job.finishedAt().toString(),
                    events == null ? null : events.stream().map(Event::of).toList());
        }
    }

    /** A file the job wrote: relative to its batch's folder, or absolute for a single edit. */
    @JsonPropertyOrder({"path", "sha256", "mimeType", "width", "height"})
    record Output(String path, String sha256, String mimeType, int width, int height) {
        static Output of(OutputFile file) {
            return new Output(file.path(), file.sha256(), file.type().mimeType(), file.width(), file.height());
        }
    }

    /** Why the job last failed. */
    record Error(String kind, String message) {}

    /** One state change. */
    @JsonPropertyOrder({"at", "state", "detail"})
    record Event(String at, String state, String detail) {
        static Event of(JobEvent event) {
            return new Event(event.at().toString(), event.state().name(), event.detail());
        }
    }
}
