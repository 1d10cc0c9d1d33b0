package dev.imgedit.modelslab.internal;

/** What a ModelsLab reply means, decided from its HTTP status and its {@code status} field together. */
sealed interface Outcome {

    /** The job is done; the reply names the outputs. */
    record Succeeded(WireReply reply) implements Outcome {}

    /** The job is queued or running. */
    record Processing(WireReply reply) implements Outcome {}

    record Failed(Problem problem) implements Outcome {}
}
