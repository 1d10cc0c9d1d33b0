package dev.imgedit.mcp.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small JSON Schema (2020-12) documents as maps, in the order written, which is the order clients show. */
public final class JsonSchemas {
    private JsonSchemas() {}

    public static Map<String, Object> object(Map<String, Object> properties, List<String> required) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        schema.put("additionalProperties", false);
        return schema;
    }

    public static Map<String, Object> text(String description) {
        return typed("string", description);
    }

    public static Map<String, Object> choice(String description, Collection<String> choices) {
        Map<String, Object> schema = text(description);
        schema.put("enum", List.copyOf(choices));
        return schema;
    }

    public static Map<String, Object> whole(String description, long minimum, long maximum) {
        Map<String, Object> schema = typed("integer", description);
        schema.put("minimum", minimum);
        schema.put("maximum", maximum);
        return schema;
    }

    public static Map<String, Object> texts(String description, int maxItems) {
        Map<String, Object> schema = typed("array", description);
        schema.put("items", Map.of("type", "string", "minLength", 1));
        schema.put("maxItems", maxItems);
        return schema;
    }

    public static Map<String, Object> typed(String type, String description) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", type);
        schema.put("description", description);
        return schema;
    }

    /** A schema with one more keyword, such as {@code minLength}. */
    public static Map<String, Object> with(Map<String, Object> schema, String keyword, Object value) {
        schema.put(keyword, value);
        return schema;
    }
}
