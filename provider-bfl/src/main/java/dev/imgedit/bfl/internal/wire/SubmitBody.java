package dev.imgedit.bfl.internal.wire;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The JSON body of {@code POST /v1/{model}}: {@code prompt}, {@code input_image} .. {@code input_image_8} (base64 or
 * URLs), {@code aspect_ratio} or {@code width}/{@code height}, {@code seed}, {@code output_format} and the model's
 * options, in that order. {@link #toString()} names the fields only: images are megabytes and the webhook secret is a
 * secret.
 *
 * @param fields the body's fields, by their wire names
 */
public record SubmitBody(Map<String, Object> fields) {

    public SubmitBody {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    @Override
    @JsonValue
    public Map<String, Object> fields() {
        return fields;
    }

    @Override
    public String toString() {
        return "SubmitBody" + fields.keySet().stream().collect(Collectors.joining(", ", "[", "]"));
    }
}
