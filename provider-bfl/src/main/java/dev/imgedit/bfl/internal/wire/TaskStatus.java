package dev.imgedit.bfl.internal.wire;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A task's {@code status}, read case-insensitively. BFL documents six; {@code Failed} (which other clients of BFL
 * expect) counts as an error; any other text is {@link #UNKNOWN}, which the poller takes as still running, so a new
 * status neither loses the task nor fails it while it may still deliver.
 */
public enum TaskStatus {
    PENDING,
    READY,
    ERROR,
    REQUEST_MODERATED,
    CONTENT_MODERATED,
    NOT_FOUND,
    UNKNOWN;

    public static TaskStatus of(@Nullable String text) {
        if (text == null) {
            return UNKNOWN;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "pending" -> PENDING;
            case "ready" -> READY;
            case "error", "failed" -> ERROR;
            case "request moderated" -> REQUEST_MODERATED;
            case "content moderated" -> CONTENT_MODERATED;
            case "task not found" -> NOT_FOUND;
            default -> UNKNOWN;
        };
    }
}
