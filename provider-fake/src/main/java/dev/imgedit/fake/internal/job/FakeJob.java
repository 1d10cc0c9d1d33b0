package dev.imgedit.fake.internal.job;

import dev.imgedit.ImageType;
import dev.imgedit.JobStatus;
import dev.imgedit.exception.ErrorKind;
import dev.imgedit.fake.Outcome;
import dev.imgedit.fake.internal.script.Scripted;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One accepted job as the imitated service keeps it: when it was accepted, the rules by which it ends, what its
 * outputs are and how they were made. Immutable; the images and the count of status checks made so far are kept by
 * the {@link dev.imgedit.fake.internal.store.JobStore}. The queue is only pretended: the job is done once enough
 * status checks were made (by anyone, in any process) and enough time has passed since {@link #createdAt()} (on the
 * service's clock).
 *
 * @param unavailableChecks how many status checks, first of all, find the service unreachable
 * @param queueChecks how many status checks after those answer "processing"
 * @param queueTime how long after {@code createdAt} the job ends at the earliest
 * @param neverFinish whether the job stays "processing" for ever
 * @param failure how the job fails once it would have finished ({@link #FAILURES}), or null when it succeeds
 * @param imitated what told the fake to make the job so, for messages
 * @param outputs the outputs, in order; their bytes are in the store
 * @param metadata what {@link dev.imgedit.EditResult#metadata()} reports
 * @param notices what {@link dev.imgedit.EditResult#notices()} reports
 */
public record FakeJob(
        String id,
        Instant createdAt,
        int unavailableChecks,
        int queueChecks,
        Duration queueTime,
        boolean neverFinish,
        @Nullable ErrorKind failure,
        String imitated,
        List<Output> outputs,
        Map<String, String> metadata,
        List<String> notices) {

    /** The ways a job fails while awaited. */
    static final Set<ErrorKind> FAILURES = Set.of(ErrorKind.JOB_FAILED, ErrorKind.CONTENT_REJECTED,
            ErrorKind.JOB_NOT_FOUND);

    public FakeJob {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(createdAt, "createdAt is null");
        Objects.requireNonNull(queueTime, "queueTime is null");
        Objects.requireNonNull(imitated, "imitated is null");
        if (unavailableChecks < 0 || queueChecks < 0 || queueTime.isNegative()) {
            throw new IllegalArgumentException("unavailableChecks, queueChecks and queueTime must not be negative");
        }
        if (failure != null && !FAILURES.contains(failure)) {
            throw new IllegalArgumentException("a job fails with one of " + FAILURES + ", not " + failure);
        }
        outputs = List.copyOf(outputs);
        metadata = Map.copyOf(metadata);
        notices = List.copyOf(notices);
    }

    /** A job accepted at {@code createdAt}, ending as {@code scripted} says. */
    public static FakeJob accepted(String id, Instant createdAt, Scripted scripted, List<Output> outputs,
            Map<String, String> metadata, List<String> notices) {
        Outcome outcome = scripted.outcome();
        ErrorKind failure = switch (outcome.kind()) {
            case JOB_FAILS -> ErrorKind.JOB_FAILED;
            case JOB_REJECTED -> ErrorKind.CONTENT_REJECTED;
            case JOB_EXPIRES -> ErrorKind.JOB_NOT_FOUND;
            default -> null;
        };
        int unavailableChecks = outcome.kind() == Outcome.Kind.UNAVAILABLE_WHILE_AWAITING ? 1 : 0;
        return new FakeJob(id, createdAt, unavailableChecks, outcome.afterChecks(), outcome.after(),
                outcome.kind() == Outcome.Kind.NEVER_FINISHES, failure, scripted.told(), outputs, metadata, notices);
    }

    /** One output image: its bytes are kept apart, these describe them. */
    public record Output(ImageType type, int width, int height, long size, String sha256) {
        public Output {
            Objects.requireNonNull(type, "type is null");
            Objects.requireNonNull(sha256, "sha256 is null");
        }
    }

    public long retainedBytes() {
        return outputs.stream().mapToLong(Output::size).sum();
    }

    /** Whether one more status check still counts towards the job's end. */
    public boolean countsCheck(int checksMade) {
        return checksMade < unavailableChecks + queueChecks;
    }

    /** What a status check answers after {@code checksMade} earlier checks, at {@code now}. */
    public JobState stateAfter(int checksMade, Instant now) {
        if (checksMade < unavailableChecks) {
            return new JobState(JobStatus.PROCESSING, null, "the service did not answer", true);
        }
        if (neverFinish) {
            return new JobState(JobStatus.PROCESSING, null, "processing (this fake job never finishes)");
        }
        Duration timeLeft = queueTime.minus(Duration.between(createdAt, now));
        int checksLeft = unavailableChecks + queueChecks - checksMade;
        if (checksLeft > 0 || timeLeft.compareTo(Duration.ZERO) > 0) {
            Duration estimate = timeLeft.compareTo(Duration.ZERO) > 0 ? timeLeft : null;
            String message = checksLeft > 0
                    ? "queued, " + checksLeft + (checksLeft == 1 ? " status check" : " status checks") + " to go"
                    : "processing";
            return new JobState(JobStatus.PROCESSING, estimate, message);
        }
        if (failure != null) {
            return new JobState(JobStatus.FAILED, null, "failed (imitated: " + imitated + ")");
        }
        return new JobState(JobStatus.SUCCEEDED, Duration.ZERO, "done");
    }
}
