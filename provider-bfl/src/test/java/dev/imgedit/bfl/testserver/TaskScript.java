package dev.imgedit.bfl.testserver;

import dev.imgedit.testkit.http.Reply;
import java.util.ArrayList;
import java.util.List;

/**
 * How the server plays one task: its answers to successive polls (the last one repeats) and what its image URL
 * serves. Statuses are BFL's six, plus any text a test wants to see handled.
 *
 * @param polls the answers to polls, in order
 * @param output what the signed image URL serves
 */
public record TaskScript(List<Reply> polls, Output output) {

    public TaskScript {
        polls = List.copyOf(polls);
        if (polls.isEmpty()) {
            throw new IllegalArgumentException("a task script answers at least one poll");
        }
    }

    public static TaskScript of(Reply... polls) {
        return new TaskScript(List.of(polls), Output.image());
    }

    /** {@code Pending} for {@code polls} polls, then {@code Ready}. */
    public static TaskScript pendingThenReady(int polls) {
        return then(polls, "Pending", BflReplies.ready());
    }

    /** A status BFL does not document for {@code polls} polls, then {@code Ready}. */
    public static TaskScript unknownThenReady(String status, int polls) {
        return then(polls, status, BflReplies.ready());
    }

    public static TaskScript neverReady() {
        return of(BflReplies.status("Pending"));
    }

    /** Refused by moderation before it ran: the prompt or an input. */
    public static TaskScript requestModerated() {
        return of(BflReplies.status("Request Moderated", "{\"Moderation Reasons\":[\"Derivative Works Filter\"]}"));
    }

    /** Refused by moderation after it ran: the image it made. */
    public static TaskScript contentModerated(int pending) {
        return then(pending, "Pending",
                BflReplies.status("Content Moderated", "{\"Moderation Reasons\":[\"Content\"]}"));
    }

    public static TaskScript failed(int pending) {
        return then(pending, "Pending",
                BflReplies.status("Error", "{\"message\":\"generation failed: out of memory\"}"));
    }

    /** Unknown to BFL, or expired. */
    public static TaskScript notFound() {
        return of(BflReplies.status("Task not found"));
    }

    public static TaskScript readyWithoutSample() {
        return of(Reply.json(200, "{\"id\":\"${id}\",\"status\":\"Ready\",\"result\":{\"prompt\":\"x\"}}"));
    }

    public TaskScript withOutput(Output other) {
        return new TaskScript(polls, other);
    }

    private static TaskScript then(int polls, String status, Reply last) {
        List<Reply> answers = new ArrayList<>();
        for (int i = 0; i < polls; i++) {
            answers.add(BflReplies.status(status));
        }
        answers.add(last);
        return new TaskScript(answers, Output.image());
    }
}
