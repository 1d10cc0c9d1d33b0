package dev.imgedit.modelslab.internal;

/** What came of one HTTP call to the API: an answer, or none. */
sealed interface CallResult {

    /** The server answered (with any status). */
    record Answered(HttpReply reply) implements CallResult {}

    /**
     * No answer.
     *
     * @param description what happened, in words for a message (no class names)
     * @param requestMayHaveArrived false only when the request provably never left this machine (connection refused,
     *     unknown host, connect timeout); a submit is resent only then
     */
    record Unanswered(String description, boolean requestMayHaveArrived) implements CallResult {}
}
