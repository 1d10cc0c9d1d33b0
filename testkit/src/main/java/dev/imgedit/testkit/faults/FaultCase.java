package dev.imgedit.testkit.faults;

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
 * One row of a fault matrix: a fault, how to inject it, and what an edit (submit, then await) must come to.
 *
 * @param <S> the stage the row runs on, usually the provider's {@link FaultStage}
 * @param <K> what the provider's rows say is kept
 * @param id a stable name, such as {@code submit-reset-after-body}
 * @param fault what goes wrong, in words
 * @param input whether the edit sends a local file or a URL
 * @param settings provider settings on top of the stage's (short timeouts, a wrong key, ...)
 * @param arming sets the fault up on a fresh stage
 * @param timeout how long the edit may wait for its job
 * @param exception the exception the edit ends with, or null when it succeeds
 * @param kind that exception's kind, or null when the edit succeeds
 * @param message a part of the exception's message (one line) that says what happened or what to do
 * @param submits how many submits reach the service: more than one only when it refused all but the last in a way
 *     that proves nothing started
 * @param kept what the caller still has
 * @param evidence what shows the fault really happened, in words
 * @param exercised checks {@code evidence} after the edit
 */
public record FaultCase<S, K extends Kept>(
        String id,
        String fault,
        Input input,
        Map<String, String> settings,
        Consumer<S> arming,
        Duration timeout,
        @Nullable Class<? extends ImageEditException> exception,
        @Nullable ErrorKind kind,
        String message,
        int submits,
        K kept,
        String evidence,
        Predicate<S> exercised) {

    /** What the edit sends. */
    public enum Input {
        /** Local image bytes. */
        FILE,
        /** A URL the stage's server serves ({@link FaultStage#inputUrl()}). */
        URL
    }

    public FaultCase {
        Objects.requireNonNull(id, "id is null");
        settings = Map.copyOf(settings);
        if ((exception == null) != (kind == null)) {
            throw new IllegalArgumentException(id + ": an exception needs its kind, and success has neither");
        }
    }

    /**
     * Builds a row; unset parts take the common case: a file input, no extra settings, one submit, one minute, success.
     *
     * @param output what a row that succeeds keeps: the image
     */
    public static <S, K extends Kept> Builder<S, K> builder(String id, String fault, K output) {
        return new Builder<>(id, fault, output);
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

    public static final class Builder<S, K extends Kept> {
        private final String id;
        private final String fault;
        private Input input = Input.FILE;
        private final Map<String, String> settings = new LinkedHashMap<>();
        private Consumer<S> arming = stage -> {};
        private Duration timeout = Duration.ofMinutes(1);
        private @Nullable Class<? extends ImageEditException> exception;
        private @Nullable ErrorKind kind;
        private String message = "";
        private int submits = 1;
        private final K output;
        private K kept;
        private String evidence = "";
        private Predicate<S> exercised = stage -> true;

        private Builder(String id, String fault, K output) {
            this.id = id;
            this.fault = fault;
            this.output = output;
            this.kept = output;
        }

        public Builder<S, K> input(Input input) {
            this.input = input;
            return this;
        }

        public Builder<S, K> setting(String name, String value) {
            settings.put(name, value);
            return this;
        }

        public Builder<S, K> arm(Consumer<S> arming) {
            this.arming = arming;
            return this;
        }

        public Builder<S, K> timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /** The edit fails with {@code exception} of {@code kind}, its message containing {@code message}. */
        public Builder<S, K> fails(Class<? extends ImageEditException> exception, ErrorKind kind, String message) {
            this.exception = exception;
            this.kind = kind;
            this.message = message;
            return this;
        }

        /** As {@link #fails(Class, ErrorKind, String)}, keeping {@code kept}. */
        public Builder<S, K> fails(Class<? extends ImageEditException> exception, ErrorKind kind, String message,
                K kept) {
            return fails(exception, kind, message).keeps(kept);
        }

        /** The edit succeeds in spite of the fault, and the caller has the image. */
        public Builder<S, K> succeeds() {
            this.exception = null;
            this.kind = null;
            this.message = "";
            this.kept = output;
            return this;
        }

        public Builder<S, K> submits(int submits) {
            this.submits = submits;
            return this;
        }

        public Builder<S, K> keeps(K kept) {
            this.kept = kept;
            return this;
        }

        public Builder<S, K> exercised(String evidence, Predicate<S> exercised) {
            this.evidence = evidence;
            this.exercised = exercised;
            return this;
        }

        public FaultCase<S, K> build() {
            return new FaultCase<>(id, fault, input, settings, arming, timeout, exception, kind, message, submits,
                    kept, evidence, exercised);
        }
    }
}
