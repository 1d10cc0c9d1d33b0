package dev.imgedit.mcp.internal;

/**
 * A tool call that cannot be done as asked, for a reason the agent can fix (a path outside the open directories, an
 * output that exists): reported as a tool error with this message, never as a protocol error.
 */
public final class ToolFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ToolFailure(String message) {
        super(message, null, false, false);
    }
}
