package dev.imgedit.modelslab.internal.request;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.modelslab.internal.redaction.Redactor;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The body of an image-to-image submit, shaped for its model ({@link BodyShape}). {@code extra} holds the caller's
 * other provider options, sent as further JSON fields as given: {@code true}/{@code false} as booleans and plain
 * decimal numbers as numbers (ModelsLab runs on PHP, where the string {@code "false"} is true), everything else as
 * text.
 *
 * @param shape how the model takes its images and output shape
 * @param imageUrls the images' URLs, the one to edit first
 * @param size the value of the shape's size field, or null to send none
 */
public record SubmitBody(
        String key,
        String modelId,
        BodyShape shape,
        List<String> imageUrls,
        String prompt,
        @Nullable String size,
        String trackId,
        Map<String, Object> extra) {

    /** The option that carries a caller-chosen track id. */
    public static final String TRACK_ID = "track_id";

    /**
     * Fields that carry what the request says itself (its images, prompt, model and aspect ratio) or the key. Others
     * may be sent raw, {@code seed} among them: no listed model documents one, so the request's own seed is refused.
     */
    private static final Set<String> SET_BY_IMGEDIT =
            Set.of("key", "model_id", "init_image", "init_image_2", "prompt", "aspect_ratio");
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]{0,17})(\\.[0-9]+)?");

    public SubmitBody {
        imageUrls = List.copyOf(imageUrls);
        extra = Map.copyOf(extra);
    }

    /**
     * The provider options as JSON values.
     *
     * @throws InvalidRequestException when an option would replace a field imgedit sets itself
     */
    public static Map<String, Object> extraFields(Map<String, String> providerOptions) {
        Map<String, Object> fields = new LinkedHashMap<>();
        providerOptions.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(option -> {
            String name = option.getKey();
            if (SET_BY_IMGEDIT.contains(name)) {
                throw new InvalidRequestException("provider option '" + name + "' cannot be set: imgedit sends "
                        + name + " itself (use the request's own images, prompt, model and aspect ratio)");
            }
            fields.put(name, jsonValue(option.getValue()));
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
        shape.images().put(json, imageUrls);
        json.put("prompt", prompt);
        if (size != null && shape.sizeField() != null) {
            json.put(shape.sizeField(), size);
        }
        json.put(TRACK_ID, trackId);
        json.putAll(extra);
        return json;
    }

    @Override
    public String toString() {
        return "SubmitBody[key=" + Redactor.MASK + ", modelId=" + modelId + ", images=" + imageUrls.size()
                + ", trackId=" + trackId + ", " + shape.sizeField() + "=" + size + ", extra=" + extra.keySet() + "]";
    }
}
