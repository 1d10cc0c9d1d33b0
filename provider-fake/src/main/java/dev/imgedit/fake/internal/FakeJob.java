package dev.imgedit.fake.internal;

import dev.imgedit.EditedImage;
import dev.imgedit.JobStatus;
import dev.imgedit.exception.ErrorKind;
import dev.imgedit.fake.FakeSettings;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * One accepted job: its finished image and how the imitated service lets it finish. The image is made at submit;
 * the queue is only pretended, so the job is done once enough status checks were made and enough time has passed.
 */
final class FakeJob {
    private final String id;
    private final long submittedNanos;
    private final int queueChecks;
    private final Duration queueTime;
    private final boolean neverFinish;
    private final @Nullable ErrorKind failure;
    private final EditedImage image;
    private final Map<String, String> metadata;
    private final AtomicInteger checksMade = new AtomicInteger();

    FakeJob(String id, long submittedNanos, FakeSettings settings, EditedImage image, Map<String, String> metadata) {
        this.id = id;
        this.submittedNanos = submittedNanos;
        this.queueChecks = settings.queueChecks();
        this.queueTime = settings.queueTime();
        this.neverFinish = settings.neverFinish();
        this.failure = settings.failureOption().filter(FakeJob::failsWhileAwaited).orElse(null);
        this.image = image;
        this.metadata = Map.copyOf(metadata);
    }

    static boolean failsWhileAwaited(ErrorKind kind) {
        return kind == ErrorKind.JOB_FAILED || kind == ErrorKind.JOB_NOT_FOUND;
    }

    String id() {
        return id;
    }

    EditedImage image() {
        return image;
    }

    Map<String, String> metadata() {
        return metadata;
    }

    /** The failure to report once the job would have finished, if it is to fail. */
    @Nullable ErrorKind failure() {
        return failure;
    }

    long retainedBytes() {
        return image.bytes().size();
    }

    /** Answers a status check, which counts towards the queue. */
    JobState check(long nowNanos) {
        return stateAfter(checksMade.getAndIncrement(), nowNanos);
    }

    /** The status as it stands, without counting a check. */
    JobState peek(long nowNanos) {
        return stateAfter(checksMade.get(), nowNanos);
    }

    private JobState stateAfter(int earlierChecks, long nowNanos) {
        if (neverFinish) {
            return new JobState(JobStatus.PROCESSING, null, "processing (this fake job never finishes)");
        }
        Duration queuedFor = Duration.ofNanos(nowNanos - submittedNanos);
        Duration timeLeft = queueTime.minus(queuedFor);
        int checksLeft = queueChecks - earlierChecks;
        if (checksLeft > 0 || timeLeft.compareTo(Duration.ZERO) > 0) {
            Duration estimate = timeLeft.compareTo(Duration.ZERO) > 0 ? timeLeft : null;
            String message = checksLeft > 0
                    ? "queued, " + checksLeft + (checksLeft == 1 ? " status check" : " status checks") + " to go"
                    : "processing";
            return new JobState(JobStatus.PROCESSING, estimate, message);
        }
        if (failure != null) {
            return new JobState(JobStatus.FAILED, null, "failed as told by " + FakeSettings.FAIL + "=" + failure);
        }
        return new JobState(JobStatus.SUCCEEDED, Duration.ZERO, "done");
    }
}
