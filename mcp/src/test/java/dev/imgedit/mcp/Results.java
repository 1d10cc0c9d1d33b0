package dev.imgedit.mcp;

import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;

/** The parts of a tool result the tests look at. */
final class Results {
    private Results() {}

    static String text(McpSchema.CallToolResult result) {
        return result.content().stream().filter(McpSchema.TextContent.class::isInstance)
                .map(content -> ((McpSchema.TextContent) content).text()).reduce("", String::concat);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> structured(McpSchema.CallToolResult result) {
        return (Map<String, Object>) result.structuredContent();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> firstOutput(McpSchema.CallToolResult result) {
        return ((List<Map<String, Object>>) structured(result).get("outputs")).get(0);
    }

    static <T extends McpSchema.Content> List<T> contents(McpSchema.CallToolResult result, Class<T> type) {
        return result.content().stream().filter(type::isInstance).map(type::cast).toList();
    }
}
