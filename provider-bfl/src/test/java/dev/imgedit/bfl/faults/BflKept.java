package dev.imgedit.bfl.faults;

import dev.imgedit.testkit.faults.Kept;

/** What a caller still has after a BFL fault: what lets it finish the edit without paying twice. */
public enum BflKept implements Kept {
    /** No task was made, or none was charged: editing again is safe. */
    NOTHING("nothing: no task was made, editing again is safe"),
    /** The task exists but BFL's moderation refused it, which BFL does not charge for. */
    UNCHARGED_TASK("the task id; BFL does not charge a moderated task: change the input and edit again"),
    /**
     * The submit may have made a task; BFL takes no id of the caller's choosing, so the message points at the
     * account's history.
     */
    ACCOUNT_HISTORY("the message: the edit may be charged; look in the account's history before editing again"),
    /** The task exists and may still give its image: its id, to resume it, is in the message and {@code jobId()}. */
    TASK_ID("the task id, in the message and `jobId()`: resuming it fetches the image"),
    /** The task exists but gives no usable image: its id is in the message and {@code jobId()}. */
    FAILED_TASK_ID("the task id, in the message and `jobId()`"),
    /** The edit succeeded, after safe retries: the image. */
    OUTPUT("the edited image");

    private final String text;

    BflKept(String text) {
        this.text = text;
    }

    /** For the table in docs/bfl.md. */
    @Override
    public String text() {
        return text;
    }
}
