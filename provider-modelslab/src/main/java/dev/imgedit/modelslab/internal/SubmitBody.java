package dev.imgedit.modelslab.internal;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.imgedit.exception.InvalidRequestException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The body of an image-to-image submit. {@code extra} holds the caller's provider options, sent as further JSON
 * fields: {@code true}/{@code false} as booleans and plain decimal numbers as numbers (ModelsLab runs on PHP, where
 * the string {@code "false"} is true), everything else as text.
 */
record SubmitBody(
        String key,
        String modelId,
        String initImage,
        String prompt,
        @Nullable String aspectRatio,
        @Nullable Long seed,
        String trackId,
        Map<String, Object> extra) {

    /** The option that carries a caller-chosen track id. */
    static final String TRACK_ID = "track_id";

    private static final Set<String> SET_BY_IMGEDIT =
            Set.of("key", "model_id", "init_image", "prompt", "aspect_ratio", "seed");
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]{0,17})(\\.[0-9]+)?");

    SubmitBody {
        extra = Map.copyOf(extra);
    }

    /**
     * The provider options as JSON values, without {@value #TRACK_ID}.
     *
     * @throws InvalidRequestException when an option would replace a field imgedit sets itself
     */
    static Map<String, Object> extraFields(Map<String, String> providerOptions) {
        Map<String, Object> fields = new LinkedHashMap<>();
        providerOptions.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(option -> {
            String name = option.getKey();
            if (SET_BY_IMGEDIT.contains(name)) {
                throw new InvalidRequestException("provider option '" + name + "' cannot be set: imgedit sends "
                        + name + " itself (use the request's own image, prompt, aspect ratio or seed, and "
                        + "MODELSLAB_MODEL_ID for the model)");
            }
            if (!name.equals(TRACK_ID)) {
                fields.put(name, jsonValue(option.getValue()));
            }
        });
        return fields;
    }

    private static Object jsonValue(String text) {
        if (text.equals("true") || text.equals("false")) {
            return Boolean.valueOf(text);
        }
        if (NUMBER.matcher(text).matches()) {
            return new BigDecimal(text);
        }
        return text;
    }

    @JsonValue
    Map<String, Object> asJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", key);
        json.put("model_id", modelId);
        json.put("init_image", initImage);
        json.put("prompt", prompt);
        if (aspectRatio != null) {
            json.put("aspect_ratio", aspectRatio);
        }
        if (seed != null) {
            json.put("seed", seed);
        }
        json.put(TRACK_ID, trackId);
        json.putAll(extra);
        return json;
    }

    @Override
    public String toString() {
        return "SubmitBody[key=" + Redactor.MASK + ", modelId=" + modelId + ", trackId=" + trackId + ", aspectRatio="
                + aspectRatio + ", seed=" + seed + ", extra=" + extra.keySet() + "]";
    }
}
