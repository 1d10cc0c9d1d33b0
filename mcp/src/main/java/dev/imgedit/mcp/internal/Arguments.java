package dev.imgedit.mcp.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A tool call's arguments, read by name. The SDK holds them against the tool's input schema first; these checks
 * word what a schema cannot say, and keep a client that skips validation from reaching the providers with nonsense.
 */
public final class Arguments {
    private final Map<String, Object> values;

    public Arguments(@Nullable Map<String, Object> values) {
        this.values = values == null ? Map.of() : values;
    }

    /** The whole map, as the client sent it. */
    public Map<String, Object> asMap() {
        return values;
    }

    public String requiredText(String name) {
        String text = text(name);
        if (text == null) {
            throw new ToolFailure("'" + name + "' is missing: it is required");
        }
        return text;
    }

    /** The value as text, or null when absent or blank. */
    public @Nullable String text(String name) {
        Object value = values.get(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text)) {
            throw new ToolFailure("'" + name + "' must be a string, got " + describe(value));
        }
        return text.isBlank() ? null : text.strip();
    }

    /** The strings of an array, or an empty list when absent. */
    public List<String> texts(String name) {
        Object value = values.get(name);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> items)) {
            throw new ToolFailure("'" + name + "' must be an array of strings, got " + describe(value));
        }
        List<String> texts = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof String text) || text.isBlank()) {
                throw new ToolFailure("'" + name + "' must hold non-empty strings only, got " + describe(item));
            }
            texts.add(text.strip());
        }
        return texts;
    }

    /** An object's members as text ({@code true}, {@code 3}), or an empty map when absent. */
    public Map<String, String> options(String name) {
        Object value = values.get(name);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> members)) {
            throw new ToolFailure("'" + name + "' must be an object of option names and values, got "
                    + describe(value));
        }
        Map<String, String> options = new LinkedHashMap<>();
        members.forEach((key, member) -> {
            if (!(member instanceof String || member instanceof Number || member instanceof Boolean)) {
                throw new ToolFailure("option '" + key + "' must be a string, number or boolean, got "
                        + describe(member));
            }
            options.put(String.valueOf(key), String.valueOf(member));
        });
        return options;
    }

    /** A whole number from {@code minimum} to {@code maximum}, or null when absent. */
    public @Nullable Long whole(String name, long minimum, long maximum) {
        Object value = values.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
                && number.doubleValue() >= minimum && number.doubleValue() <= maximum) {
            return number.longValue();
        }
        throw new ToolFailure("'" + name + "' must be a whole number from " + minimum + " to " + maximum + ", got "
                + describe(value));
    }

    private static String describe(@Nullable Object value) {
        String shown = value instanceof String ? "'" + value + "'" : String.valueOf(value);
        return shown.length() > 60 ? shown.substring(0, 57) + "..." : shown;
    }
}
