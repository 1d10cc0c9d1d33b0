package dev.imgedit.modelslab.faults;

import dev.imgedit.exception.ErrorKind;
import dev.imgedit.exception.ImageEditException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * One row of the fault matrix: a fault, how to inject it, and what an edit (submit, then await) must come to.
 *
 * @param id a stable name, such as {@code submit-reset-after-body}
 * @param fault what goes wrong, in words
 * @param input whether the edit sends a local file (uploaded first) or a URL
 * @param settings provider settings on top of {@link FaultStage#settings}'s (short timeouts, a wrong key, ...)
 * @param arming sets the fault up on a fresh stage
 * @param timeout how long the edit may wait for its job
 * @param exception the exception the edit ends with, or null when it succeeds
 * @param kind that exception's kind, or null when the edit succeeds
 * @param message a part of the exception's message (one line) that says what happened or what to do
 * @param submits how many submits reach the server: never more than one unless the server refused (429, 503) all
 *     but the last
 * @param kept what the caller still has
 * @param evidence what shows the fault really happened, in words
 * @param exercised checks {@code evidence} after the edit
 */
public record FaultCase(
        String id,
        String fault,
        Input input,
        Map<String, String> settings,
        Arming arming,
        Duration timeout,
        @Nullable Class<? extends ImageEditException> exception,
        @Nullable ErrorKind kind,
        String message,
        int submits,
        Kept kept,
        String evidence,
        Predicate<FaultStage> exercised) {

    /** What the edit sends. */
    public enum Input {
        /** Local image bytes: uploaded through {@code base64_to_url}, then submitted. */
        FILE,
        /** A URL ({@link FaultStage#inputUrl()}): submitted as it is. */
        URL
    }

    /** Sets a fault up on a stage before the edit. */
    @FunctionalInterface
    public interface Arming {
        void arm(FaultStage stage);
    }

    public FaultCase {
        Objects.requireNonNull(id, "id is null");
        settings = Map.copyOf(settings);
        if ((exception == null) != (kind == null)) {
            throw new IllegalArgumentException(id + ": an exception needs its kind, and success has neither");
        }
    }

    public static Builder builder(String id, String fault) {
        return new Builder(id, fault);
    }

    public boolean succeeds() {
        return exception == null;
    }

    /** The CLI's exit code for this row (docs/cli.md). */
    public int exitCode() {
        return ExitCodes.of(kind);
    }

    /** Whether the submit's answer was lost: the message must say the edit may have been charged. */
    public boolean lostSubmit() {
        return kind == ErrorKind.OUTCOME_UNKNOWN;
    }

    @Override
    public String toString() {
        return id;
    }

    /** Builds a row; unset parts take the common case (a file input, no extra settings, one minute). */
    public static final class Builder {
        private final String id;
        private final String fault;
        private Input input = Input.FILE;
        private final Map<String, String> settings = new LinkedHashMap<>();
        private Arming arming = stage -> {};
        private Duration timeout = Duration.ofMinutes(1);
        private @Nullable Class<? extends ImageEditException> exception;
        private @Nullable ErrorKind kind;
        private String message = "";
        private int submits = 1;
        private Kept kept = Kept.OUTPUT;
        private String evidence = "";
        private Predicate<FaultStage> exercised = stage -> true;

        private Builder(String id, String fault) {
            this.id = id;
            this.fault = fault;
        }

        public Builder input(Input input) {
            this.input = input;
            return this;
        }

        public Builder setting(String name, String value) {
            settings.put(name, value);
            return this;
        }

        public Builder arm(Arming arming) {
            this.arming = arming;
            return this;
        }

        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /** The edit fails with {@code exception} of {@code kind}, its message containing {@code message}. */
        public Builder fails(Class<? extends ImageEditException> exception, ErrorKind kind, String message) {
            this.exception = exception;
            this.kind = kind;
            this.message = message;
            return this;
        }

        /** The edit succeeds in spite of the fault. */
        public Builder succeeds() {
            this.exception = null;
            this.kind = null;
            this.message = "";
            this.kept = Kept.OUTPUT;
            return this;
        }

        public Builder submits(int submits) {
            this.submits = submits;
            return this;
        }

        public Builder keeps(Kept kept) {
            this.kept = kept;
            return this;
        }

        public Builder exercised(String evidence, Predicate<FaultStage> exercised) {
            this.evidence = evidence;
            this.exercised = exercised;
            return this;
        }

        public FaultCase build() {
            return new FaultCase(id, fault, input, settings, arming, timeout, exception, kind, message, submits, kept,
                    evidence, exercised);
        }
    }
}
