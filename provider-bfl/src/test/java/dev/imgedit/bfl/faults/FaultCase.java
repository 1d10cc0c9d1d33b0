package dev.imgedit.bfl.faults;

import dev.imgedit.exception.ErrorKind;
import dev.imgedit.exception.ImageEditException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * One row of the BFL fault matrix: a fault, how to inject it, and what an edit (submit, then await) must come to.
 *
 * @param id a stable name, such as {@code submit-reset-after-body}
 * @param fault what goes wrong, in words
 * @param urlInput whether the edit sends an image URL instead of a local file
 * @param settings provider settings on top of {@link FaultStage#settings}'s
 * @param arming sets the fault up on a fresh stage
 * @param timeout how long the edit may wait for its task
 * @param exception the exception the edit ends with, or null when it succeeds
 * @param kind that exception's kind, or null
 * @param message a part of the exception's one-line message
 * @param submits how many submits reach the proxy: more than one only after BFL's 429s
 * @param kept what the caller still has
 * @param evidence what shows the fault really happened, in words
 * @param exercised checks {@code evidence} after the edit
 */
public record FaultCase(String id, String fault, boolean urlInput, Map<String, String> settings,
        Consumer<FaultStage> arming, Duration timeout, @Nullable Class<? extends ImageEditException> exception,
        @Nullable ErrorKind kind, String message, int submits, Kept kept, String evidence,
        Predicate<FaultStage> exercised) {

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

    /** Whether the submit's answer was lost: the edit may have been charged. */
    public boolean lostSubmit() {
        return kind == ErrorKind.OUTCOME_UNKNOWN;
    }

    @Override
    public String toString() {
        return id;
    }

    /** Builds a row; unset parts take the common case: a file input, one submit, the image kept, ten seconds. */
    public static final class Builder {
        private final String id;
        private final String fault;
        private boolean urlInput;
        private final Map<String, String> settings = new LinkedHashMap<>();
        private Consumer<FaultStage> arming = stage -> {};
        private Duration timeout = Duration.ofSeconds(10);
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

        public Builder urlInput() {
            urlInput = true;
            return this;
        }

        public Builder setting(String name, String value) {
            settings.put(name, value);
            return this;
        }

        public Builder arm(Consumer<FaultStage> arming) {
            this.arming = arming;
            return this;
        }

        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /** The edit fails with {@code exception} of {@code kind}, its message containing {@code message}. */
        public Builder fails(Class<? extends ImageEditException> exception, ErrorKind kind, String message,
                Kept kept) {
            this.exception = exception;
            this.kind = kind;
            this.message = message;
            this.kept = kept;
            return this;
        }

        public Builder submits(int submits) {
            this.submits = submits;
            return this;
        }

        public Builder exercised(String evidence, Predicate<FaultStage> exercised) {
            this.evidence = evidence;
            this.exercised = exercised;
            return this;
        }

        public FaultCase build() {
            return new FaultCase(id, fault, urlInput, settings, arming, timeout, exception, kind, message, submits,
                    kept, evidence, exercised);
        }
    }
}
