package dev.imgedit.fake.internal.script;

import dev.imgedit.EditRequest;
import dev.imgedit.exception.ErrorKind;
import dev.imgedit.fake.FakeSettings;
import dev.imgedit.fake.Outcome;
import java.time.Duration;

/**
 * The outcome every submit gets when there is no script: the one {@code IMGEDIT_FAKE_FAIL},
 * {@code IMGEDIT_FAKE_NEVER_FINISH} and the queue settings describe.
 */
public final class SettingsOutcomes implements OutcomeSource {
    /** What a rate limit imitated by {@link FakeSettings#FAIL} asks the caller to wait. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private final Scripted scripted;

    public SettingsOutcomes(FakeSettings settings) {
        this.scripted = new Scripted(outcome(settings), settings.failure() == null
                ? "the fake's settings"
                : FakeSettings.FAIL + "=" + settings.failure() + "; unset it to stop");
    }

    @Override
    public Scripted next(EditRequest request) {
        return scripted;
    }

    private static Outcome outcome(FakeSettings settings) {
        ErrorKind failure = settings.failure();
        Outcome.Kind kind = failure == null ? Outcome.Kind.SUCCEEDS : switch (failure) {
            case INVALID_REQUEST -> Outcome.Kind.INVALID_REQUEST;
            case AUTHENTICATION -> Outcome.Kind.AUTHENTICATION_FAILS;
            case INSUFFICIENT_CREDITS -> Outcome.Kind.INSUFFICIENT_CREDITS;
            case RATE_LIMITED -> Outcome.Kind.RATE_LIMITED;
            case CONTENT_REJECTED -> Outcome.Kind.CONTENT_REJECTED;
            case PROVIDER_UNAVAILABLE -> Outcome.Kind.UNAVAILABLE;
            case UNSUPPORTED_FEATURE -> Outcome.Kind.UNSUPPORTED_FEATURE;
            case OUTCOME_UNKNOWN -> Outcome.Kind.ANSWER_LOST;
            case JOB_FAILED -> Outcome.Kind.JOB_FAILS;
            case JOB_NOT_FOUND -> Outcome.Kind.JOB_EXPIRES;
            case TIMED_OUT, PROVIDER_NOT_FOUND -> throw new IllegalArgumentException("not imitated: " + failure);
        };
        if (!kind.accepted()) {
            return kind == Outcome.Kind.RATE_LIMITED ? Outcome.rateLimited(RETRY_AFTER) : Outcome.of(kind);
        }
        if (settings.neverFinish()) {
            return Outcome.neverFinishes();
        }
        return Outcome.of(kind).afterChecks(settings.queueChecks()).after(settings.queueTime());
    }
}
