package dev.imgedit.fake;

import dev.imgedit.exception.ErrorKind;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the fake service does with one submit, as a line of a {@link FakeScript}: refuse it as a real service
 * refuses (the submit throws), or accept it and run the job to a result, to a failure, or for ever. Each failure is
 * the exception ModelsLab's provider throws in the same case, with the same type, kind, retry-after, job id and
 * track id; {@link Kind} lists them. Immutable; the modifiers return a new outcome.
 *
 * <p>{@link #toString()} is the outcome's line in a script file, such as
 * {@code rate-limited retry-after=2s} or {@code job-fails after-checks=1 when-prompt-contains="a cat"}.
 *
 * @param kind what happens
 * @param retryAfter for {@link Kind#RATE_LIMITED}: the wait the service asks for, or null when it does not say
 * @param afterChecks for an accepted job: how many status checks answer "processing" before it ends
 * @param after for an accepted job: how long after the submit, on the fake's clock, it ends at the earliest
 * @param promptContains null to be taken by the next submit in script order; otherwise taken by the first submit
 *     whose prompt contains this text, ignoring case, whatever its place
 */
public record Outcome(
        Kind kind,
        @Nullable Duration retryAfter,
        int afterChecks,
        Duration after,
        @Nullable String promptContains) {

    /** The outcomes, each with the exception the application sees and the call that throws it. */
    public enum Kind {
        /** Accepted; the job finishes with an image. */
        SUCCEEDS("succeeds", null, true),
        /** Accepted; the job stays "processing": await throws {@code EditTimeoutException} with the job id. */
        NEVER_FINISHES("never-finishes", ErrorKind.TIMED_OUT, true),
        /** Accepted; await throws {@code JobFailedException} with the job id. */
        JOB_FAILS("job-fails", ErrorKind.JOB_FAILED, true),
        /** Accepted; moderation rejects the result: await throws {@code ContentRejectedException} with the job id. */
        JOB_REJECTED("job-rejected", ErrorKind.CONTENT_REJECTED, true),
        /** Accepted; the service forgets the job: await throws {@code JobNotFoundException} with the job id. */
        JOB_EXPIRES("job-expires", ErrorKind.JOB_NOT_FOUND, true),
        /**
         * Accepted; the first status check finds the service unreachable: that await throws
         * {@code ProviderUnavailableException} with the job id. The job goes on, so resuming it finishes it.
         */
        UNAVAILABLE_WHILE_AWAITING("unavailable-while-awaiting", ErrorKind.PROVIDER_UNAVAILABLE, true),
        /**
         * Accepted, and the answer lost: submit throws {@code OutcomeUnknownException} with the job id and the track
         * id; the job goes on and can be resumed by that id.
         */
        ANSWER_LOST("answer-lost", ErrorKind.OUTCOME_UNKNOWN, true),
        /**
         * Accepted, and the answer lost before any id came back (a gateway timeout): submit throws
         * {@code OutcomeUnknownException} with the track id only.
         */
        ANSWER_LOST_WITHOUT_JOB_ID("answer-lost-without-job-id", ErrorKind.OUTCOME_UNKNOWN, true),
        /** Refused: submit throws {@code RateLimitedException} with {@link Outcome#retryAfter()}. */
        RATE_LIMITED("rate-limited", ErrorKind.RATE_LIMITED, false),
        /** Refused: submit throws {@code AuthenticationException}. */
        AUTHENTICATION_FAILS("authentication-fails", ErrorKind.AUTHENTICATION, false),
        /** Refused: submit throws {@code InsufficientCreditsException}. */
        INSUFFICIENT_CREDITS("insufficient-credits", ErrorKind.INSUFFICIENT_CREDITS, false),
        /** Refused by moderation: submit throws {@code ContentRejectedException} without a job id. */
        CONTENT_REJECTED("content-rejected", ErrorKind.CONTENT_REJECTED, false),
        /** Refused as invalid by the service: submit throws {@code InvalidRequestException}. */
        INVALID_REQUEST("invalid-request", ErrorKind.INVALID_REQUEST, false),
        /** Refused, the service being down: submit throws {@code ProviderUnavailableException} without a job id. */
        UNAVAILABLE("unavailable", ErrorKind.PROVIDER_UNAVAILABLE, false),
        /** Refused as something the service cannot do: submit throws {@code UnsupportedFeatureException}. */
        UNSUPPORTED_FEATURE("unsupported-feature", ErrorKind.UNSUPPORTED_FEATURE, false);

        private final String word;
        private final @Nullable ErrorKind errorKind;
        private final boolean accepted;

        Kind(String word, @Nullable ErrorKind errorKind, boolean accepted) {
            this.word = word;
            this.errorKind = errorKind;
            this.accepted = accepted;
        }

        /** How a script file names it, such as {@code rate-limited}. */
        public String word() {
            return word;
        }

        /** The kind of the exception the application sees, or null for {@link #SUCCEEDS}. */
        public @Nullable ErrorKind errorKind() {
            return errorKind;
        }

        /** Whether the service accepts the job (which then exists, and may be resumed), whatever submit answers. */
        public boolean accepted() {
            return accepted;
        }

        /** Whether the application can await the job: accepted, and submit answered with it. */
        public boolean awaitable() {
            return accepted && errorKind != ErrorKind.OUTCOME_UNKNOWN;
        }

        /** The kind a script file names, such as {@code rate-limited}; null when none has that word. */
        public static @Nullable Kind ofWord(String word) {
            for (Kind kind : values()) {
                if (kind.word.equals(word.toLowerCase(Locale.ROOT))) {
                    return kind;
                }
            }
            return null;
        }
    }

    public Outcome {
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(after, "after is null");
        if (retryAfter != null && (kind != Kind.RATE_LIMITED || retryAfter.isNegative() || retryAfter.isZero())) {
            throw new IllegalArgumentException("retry-after is a positive wait of rate-limited, not of " + kind.word);
        }
        if (afterChecks < 0 || after.isNegative()) {
            throw new IllegalArgumentException("after-checks and after must not be negative");
        }
        boolean queues = afterChecks > 0 || !after.isZero();
        if (queues && (!kind.accepted || kind == Kind.NEVER_FINISHES)) {
            throw new IllegalArgumentException(kind.word + " takes no after-checks or after: "
                    + (kind.accepted ? "its job never ends" : "the submit is refused, so no job runs"));
        }
        if (promptContains != null && promptContains.isBlank()) {
            throw new IllegalArgumentException("when-prompt-contains must not be blank");
        }
    }

    /** An outcome of this kind, taken in script order, whose job (if any) ends at its first status check. */
    public static Outcome of(Kind kind) {
        return new Outcome(kind, null, 0, Duration.ZERO, null);
    }

    public static Outcome succeeds() {
        return of(Kind.SUCCEEDS);
    }

    public static Outcome neverFinishes() {
        return of(Kind.NEVER_FINISHES);
    }

    public static Outcome jobFails() {
        return of(Kind.JOB_FAILS);
    }

    public static Outcome jobRejected() {
        return of(Kind.JOB_REJECTED);
    }

    public static Outcome jobExpires() {
        return of(Kind.JOB_EXPIRES);
    }

    public static Outcome unavailableWhileAwaiting() {
        return of(Kind.UNAVAILABLE_WHILE_AWAITING);
    }

    public static Outcome answerLost() {
        return of(Kind.ANSWER_LOST);
    }

    public static Outcome answerLostWithoutJobId() {
        return of(Kind.ANSWER_LOST_WITHOUT_JOB_ID);
    }

    /** Rate limited, the service asking to wait {@code retryAfter}. */
    public static Outcome rateLimited(Duration retryAfter) {
        return new Outcome(Kind.RATE_LIMITED, Objects.requireNonNull(retryAfter, "retryAfter is null"), 0,
                Duration.ZERO, null);
    }

    /** Rate limited, the service not saying how long to wait. */
    public static Outcome rateLimited() {
        return of(Kind.RATE_LIMITED);
    }

    public static Outcome authenticationFails() {
        return of(Kind.AUTHENTICATION_FAILS);
    }

    public static Outcome insufficientCredits() {
        return of(Kind.INSUFFICIENT_CREDITS);
    }

    public static Outcome contentRejected() {
        return of(Kind.CONTENT_REJECTED);
    }

    public static Outcome invalidRequest() {
        return of(Kind.INVALID_REQUEST);
    }

    public static Outcome unavailable() {
        return of(Kind.UNAVAILABLE);
    }

    public static Outcome unsupportedFeature() {
        return of(Kind.UNSUPPORTED_FEATURE);
    }

    /** The job answers "processing" to this many status checks before it ends. */
    public Outcome afterChecks(int checks) {
        return new Outcome(kind, retryAfter, checks, after, promptContains);
    }

    /** The job ends no earlier than this long after the submit, on the fake's clock. */
    public Outcome after(Duration duration) {
        return new Outcome(kind, retryAfter, afterChecks, duration, promptContains);
    }

    /** Taken by the first submit whose prompt contains {@code text} (ignoring case) instead of in script order. */
    public Outcome whenPromptContains(String text) {
        return new Outcome(kind, retryAfter, afterChecks, after, Objects.requireNonNull(text, "text is null"));
    }

    /** Whether this outcome is for a submit of this prompt: any, or one containing {@link #promptContains()}. */
    public boolean isFor(String prompt) {
        return promptContains == null
                || prompt.toLowerCase(Locale.ROOT).contains(promptContains.toLowerCase(Locale.ROOT));
    }

    /** The line of a script file that reads as this outcome. */
    @Override
    public String toString() {
        return ScriptSyntax.line(this);
    }
}
