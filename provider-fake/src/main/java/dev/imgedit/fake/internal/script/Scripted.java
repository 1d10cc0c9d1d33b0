package dev.imgedit.fake.internal.script;

import dev.imgedit.fake.Outcome;
import java.util.Objects;

/**
 * The outcome a submit gets, and what told the fake so, for messages: {@code "outcome 2 of the fake's script"},
 * {@code "IMGEDIT_FAKE_FAIL=RATE_LIMITED; unset it to stop"}.
 */
public record Scripted(Outcome outcome, String told) {
    public Scripted {
        Objects.requireNonNull(outcome, "outcome is null");
        Objects.requireNonNull(told, "told is null");
    }
}
