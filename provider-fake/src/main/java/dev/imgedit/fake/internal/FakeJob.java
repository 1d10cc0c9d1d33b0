package dev.imgedit.fake.internal;

import dev.imgedit.ImageType;
import dev.imgedit.JobStatus;
import dev.imgedit.exception.ErrorKind;
import dev.imgedit.fake.FakeSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One accepted job as the imitated service keeps it: when it was accepted, the rules by which it finishes, what its
 * outputs are and how they were made. Immutable; the images and the count of status checks made so far are kept by
 * the {@link JobStore}. The queue is only pretended: the job is done once enough status checks were made (by
 * anyone, in any process) and enough time has passed since {@link #createdAt()} (on the wall clock, which every
 * process shares).
 *
 * @param queueChecks how many status checks answer "processing"
 * @param queueTime how long after {@code createdAt} the job is done at the earliest
 * @param neverFinish whether the job stays "processing" for ever
 * @param failure the failure reported once the job would have finished, if it is to fail
 * @param outputs the outputs, in order; their bytes are in the store
 * @param metadata what {@link dev.imgedit.EditResult#metadata()} reports
 */
record FakeJob(
        String id,
        Instant createdAt,
        int queueChecks,
        Duration queueTime,
        boolean neverFinish,
        @Nullable ErrorKind failure,
        List<Output> outputs,
        Map<String, String> metadata) {

    FakeJob {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(createdAt, "createdAt is null");
        Objects.requireNonNull(queueTime, "queueTime is null");
        if (queueChecks < 0 || queueTime.isNegative()) {
            throw new IllegalArgumentException("queueChecks and queueTime must not be negative");
        }
        if (failure != null && !failsWhileAwaited(failure)) {
            throw new IllegalArgumentException("a job can only fail with JOB_FAILED or JOB_NOT_FOUND, not " + failure);
        }
        outputs = List.copyOf(outputs);
        metadata = Map.copyOf(metadata);
    }

    /** A job accepted at {@code createdAt} under {@code settings}. */
    static FakeJob accepted(String id, Instant createdAt, FakeSettings settings, List<Output> outputs,
            Map<String, String> metadata) {
        return new FakeJob(id, createdAt, settings.queueChecks(), settings.queueTime(), settings.neverFinish(),
                settings.failureOption().filter(FakeJob::failsWhileAwaited).orElse(null), outputs, metadata);
    }

    /** One output image: its bytes are kept apart, these describe them. */
    record Output(ImageType type, int width, int height, long size, String sha256) {
        Output {
            Objects.requireNonNull(type, "type is null");
            Objects.requireNonNull(sha256, "sha256 is null");
        }
    }

    static boolean failsWhileAwaited(ErrorKind kind) {
        return kind == ErrorKind.JOB_FAILED || kind == ErrorKind.JOB_NOT_FOUND;
    }

    long retainedBytes() {
        return outputs.stream().mapToLong(Output::size).sum();
    }

    /** Whether one more status check still counts towards the queue. */
    boolean countsCheck(int checksMade) {
        return checksMade < queueChecks;
    }

    /** What a status check answers after {@code checksMade} earlier checks, at {@code now}. */
    JobState stateAfter(int checksMade, Instant now) {
        if (neverFinish) {
            return new JobState(JobStatus.PROCESSING, null, "processing (this fake job never finishes)");
        }
        Duration timeLeft = queueTime.minus(Duration.between(createdAt, now));
        int checksLeft = queueChecks - checksMade;
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
