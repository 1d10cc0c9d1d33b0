package dev.imgedit.batch.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Map;
import java.util.TreeMap;

/** The one JSON mapper of the module, and the text maps it stores in the journal. */
public final class Json {
    public static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private static final TypeReference<Map<String, String>> TEXT_MAP = new TypeReference<>() {};

    private Json() {}

    /** {@code {"a":"1","b":"2"}}, keys sorted. */
    public static String write(Map<String, String> map) {
        return write((Object) new TreeMap<>(map));
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + value.getClass().getName(), e);
        }
    }

    /** The map {@link #write(Map)} wrote; a missing or damaged value reads as empty. */
    public static Map<String, String> readTextMap(String json) {
        try {
            return MAPPER.readValue(json, TEXT_MAP);
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }
}
