package dev.imgedit.fake.internal.script;

import dev.imgedit.EditRequest;

/** Decides the outcome of each submit that reaches the fake service: a script, or the settings. Thread-safe. */
@FunctionalInterface
public interface OutcomeSource {

    /**
     * The outcome of this submit, taken (so that the next submit gets the next one).
     *
     * @throws dev.imgedit.exception.InvalidRequestException when a script has no outcome left for it
     */
    Scripted next(EditRequest request);
}
