package dev.imgedit.mcp.internal.edit;

import dev.imgedit.EditJob;
import dev.imgedit.EditResult;
import dev.imgedit.EditedImage;
import dev.imgedit.ImageBytes;
import dev.imgedit.batch.JobRecord;
import dev.imgedit.batch.OutputFile;
import dev.imgedit.exception.ImageEditException;
import dev.imgedit.mcp.internal.JobCompletion;
import dev.imgedit.mcp.internal.Secrets;
import dev.imgedit.mcp.internal.ToolFailure;
import dev.imgedit.mcp.internal.ToolResults;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Idempotency keys, made durable by the job journal: the key an agent passes is folded into the journal's key of the
 * request ({@code JournaledEdit.requestKey}), so a call that repeats it with the same edit, to this server or to a new
 * one on the same journal, finds the job the first call made. Calls with one key run one at a time in a server, so a
 * retry racing the first call waits for it.
 */
final class KeyedEdits {
    static final Pattern PATTERN = Pattern.compile("^[A-Za-z0-9._:-]{1,64}$");

    /** Each key in use, with how many calls hold or wait for it; forgotten when none does. */
    private final Map<String, Holders> inUse = new HashMap<>();

    private static final class Holders {
        int count;
    }

    /**
     * What a repeat does about the job an earlier call with its key made.
     *
     * @param answer the answer to give at once (the result written, the failure), or null
     * @param toCollect the job to wait for and write (still running, or done with its files gone), or null
     */
    record Earlier(McpSchema.@Nullable CallToolResult answer, @Nullable JobRecord toCollect) {}

    /** @throws ToolFailure when {@code key} is not a key this server takes */
    static void check(String key) {
        if (!PATTERN.matcher(key).matches()) {
            throw new ToolFailure("idempotency_key '" + key + "' must be 1 to 64 letters, digits, '.', '_', ':' or "
                    + "'-'");
        }
    }

    /** Runs {@code call} while no other call of this server holds {@code key}. */
    McpSchema.CallToolResult exclusively(String key, Supplier<McpSchema.CallToolResult> call) {
        Holders holders;
        synchronized (inUse) {
            holders = inUse.computeIfAbsent(key, unused -> new Holders());
            holders.count++;
        }
        try {
            synchronized (holders) {
                return call.get();
            }
        } finally {
            synchronized (inUse) {
                if (--holders.count == 0) {
                    inUse.remove(key);
                }
            }
        }
    }

    /**
     * What to do about {@code job}, which an earlier call with the same key and edit made; null when nothing was
     * paid for it (the provider refused it before accepting it), so the edit is submitted again.
     */
    static @Nullable Earlier earlier(JobRecord job, Secrets secrets) {
        String provider = job.request().provider();
        return switch (job.state()) {
            case DONE -> {
                ToolResults.Finished finished = fromJournal(job);
                yield finished != null ? new Earlier(ToolResults.finished(finished), null) : new Earlier(null, job);
            }
            case SUBMITTED -> new Earlier(null, job);
            case FAILED -> job.jobId() == null ? null : new Earlier(ToolResults.failure(
                    failedBefore(job, secrets)), null);
            case SUBMITTING, OUTCOME_UNKNOWN -> new Earlier(ToolResults.failure("OUTCOME_UNKNOWN: an earlier call "
                    + "with this idempotency_key sent this edit to provider " + provider + " (journal id " + job.id()
                    + ") and its answer was lost, so it may have been accepted, and charged, under track id "
                    + job.trackId() + ": look for that track id with provider " + provider + " before editing again; "
                    + "a new idempotency_key submits the edit anew"), null);
            case PENDING -> null;
        };
    }

    private static String failedBefore(JobRecord job, Secrets secrets) {
        String kind = job.failure() == null ? "JOB_FAILED" : job.failure().kind();
        String message = job.failure() == null ? "the job failed" : secrets.hide(job.failure().message());
        return kind + ": " + message + " (job " + job.jobId() + " of provider " + job.request().provider()
                + ", journal id " + job.id() + ", submitted by an earlier call with this idempotency_key; nothing "
                + "was submitted again: a new idempotency_key submits the edit anew, as a new paid job)";
    }

    /** The earlier call's result from the journal and its files, or null when a file is gone or was changed. */
    private static ToolResults.@Nullable Finished fromJournal(JobRecord job) {
        EditJob editJob = Objects.requireNonNull(job.editJob(), "a done job has a job id");
        List<ToolResults.Written> written = new ArrayList<>();
        EditResult.Builder result = EditResult.builder(editJob).metadata(job.result());
        for (OutputFile output : job.outputs()) {
            Path path = Path.of(output.path());
            try {
                if (!Files.isRegularFile(path) || !OutputFile.written(path, output.type(), output.width(),
                        output.height()).sha256().equals(output.sha256())) {
                    return null;
                }
                EditedImage image = EditedImage.of(ImageBytes.adopt(Files.readAllBytes(path)), null, editJob.id());
                result.image(image);
                written.add(new ToolResults.Written(path, image));
            } catch (IOException | UncheckedIOException | ImageEditException e) {
                return null;
            }
        }
        if (written.isEmpty()) {
            return null;
        }
        Duration elapsed = Duration.between(job.createdAt(), job.finishedAt() != null ? job.finishedAt()
                : job.updatedAt());
        return new ToolResults.Finished(result.build(), written, job.result().getOrDefault("model",
                job.request().model()), JobCompletion.seedUsed(job.request().seed(), job.result()), elapsed, List.of("the result of an earlier call with this "
                + "idempotency_key; nothing was submitted again"), job.id());
    }
}
