package dev.imgedit.mcp.internal.stdio;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCMessage;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One line of input read as a JSON-RPC message, or why it is none: the JSON-RPC error to answer it with (parse error
 * or invalid request, with the request's id when it has a usable one) and a one-line account for the log.
 */
sealed interface Decoded {
    /** A message for the session. */
    record Message(JSONRPCMessage message) implements Decoded {
    }

    /**
     * A line that is no message: {@code errorCode} and {@code errorMessage} answer it under {@code id} (null when it
     * has none), unless {@code answered} is false (a malformed response, which JSON-RPC never answers).
     */
    record Refused(boolean answered, @Nullable Object id, int errorCode, String errorMessage) implements Decoded {
    }

    static Decoded of(McpJsonMapper json, String line) {
        Object tree;
        try {
            tree = json.readValue(line, Object.class);
        } catch (IOException e) {
            return new Refused(true, null, McpSchema.ErrorCodes.PARSE_ERROR, "Parse error: the line is not JSON ("
                    + firstLine(e.getMessage()) + ")");
        }
        if (!(tree instanceof Map<?, ?> fields)) {
            return new Refused(true, null, McpSchema.ErrorCodes.INVALID_REQUEST,
                    "Invalid Request: a message is one JSON object (batches are not supported)");
        }
        try {
            // The SDK's own reading of a message's kind (McpSchema.deserializeJsonRpcMessage), without parsing twice.
            if (fields.containsKey("method")) {
                Class<? extends JSONRPCMessage> kind = fields.containsKey("id") ? McpSchema.JSONRPCRequest.class
                        : McpSchema.JSONRPCNotification.class;
                return new Message(json.convertValue(fields, kind));
            }
            if (fields.containsKey("result") || fields.containsKey("error")) {
                return new Message(json.convertValue(fields, McpSchema.JSONRPCResponse.class));
            }
        } catch (IllegalArgumentException e) {
            return refused(fields, firstLine(e.getMessage()));
        }
        return refused(fields, "neither a request, a notification nor a response");
    }

    private static Refused refused(Map<?, ?> fields, String why) {
        Object id = fields.get("id");
        boolean usableId = id instanceof String || id instanceof Integer || id instanceof Long;
        boolean response = !fields.containsKey("method") && (fields.containsKey("result")
                || fields.containsKey("error"));
        return new Refused(!response, usableId ? id : null, McpSchema.ErrorCodes.INVALID_REQUEST,
                "Invalid Request: " + why);
    }

    private static String firstLine(@Nullable String text) {
        if (text == null) {
            return "no detail";
        }
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
