package dev.imgedit.bfl.internal.failure;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imgedit.bfl.internal.settings.KeyMask;
import dev.imgedit.bfl.internal.wire.TaskAnswer;
import dev.imgedit.bfl.internal.wire.TaskStatus;
import dev.imgedit.exception.ContentRejectedException;
import dev.imgedit.exception.ImageEditException;
import dev.imgedit.exception.JobFailedException;
import java.util.ArrayList;
import java.util.List;

/** The exceptions for tasks that ended without an image: moderated, failed, or gone. */
public final class TaskEnd {
    private TaskEnd() {}

    public static ImageEditException of(TaskStatus status, TaskAnswer answer, String jobId, KeyMask mask) {
        String said = mask.oneLine(describe(answer), 200);
        return switch (status) {
            case REQUEST_MODERATED -> new ContentRejectedException("BFL's moderation refused the request of task "
                    + jobId + " (" + said + "); BFL does not charge for it: change the prompt or the images, or "
                    + "raise safety_tolerance", jobId, null);
            case CONTENT_MODERATED -> new ContentRejectedException("BFL's moderation refused the image task " + jobId
                    + " made (" + said + "); BFL does not charge for it: change the prompt or the images, or raise "
                    + "safety_tolerance", jobId, null);
            case NOT_FOUND -> Failures.notFound(jobId, said);
            default -> new JobFailedException("BFL task " + jobId + " failed (" + said + ")", jobId, null);
        };
    }

    /** The status and whatever {@code details} says, the moderation reasons first. */
    private static String describe(TaskAnswer answer) {
        String status = answer.status() == null ? "no status" : answer.status();
        JsonNode details = answer.details();
        if (details == null || details.isNull() || details.isEmpty() && !details.isTextual()) {
            return status;
        }
        JsonNode reasons = details.path("Moderation Reasons");
        if (reasons.isArray() && !reasons.isEmpty()) {
            List<String> words = new ArrayList<>();
            reasons.forEach(reason -> words.add(reason.asText()));
            return status + ": " + String.join(", ", words);
        }
        return status + ": " + (details.isTextual() ? details.asText() : details.toString());
    }
}
