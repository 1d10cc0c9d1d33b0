package dev.imgedit.bfl.testserver;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imgedit.ImageType;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the server accepts in a submit, per BFL's OpenAPI schemas ({@code FluxKontextProInputs}, {@code Flux2Inputs},
 * {@code Flux2FlexInputs}), each refusal a 422 item {@code {loc, msg, type}}. Stricter than BFL in one way, on
 * purpose: a field the model's schema does not list is refused, so the provider cannot send one unnoticed.
 */
final class SubmitRules {
    private static final Set<String> COMMON = Set.of("prompt", "input_image", "seed", "output_format",
            "safety_tolerance", "webhook_url", "webhook_secret");

    /** One refusal: the field and what is wrong with it. */
    record Problem(String field, String message, String type) {}

    private SubmitRules() {}

    static boolean isModel(String model) {
        return model.equals("flux-kontext-pro") || model.equals("flux-kontext-max") || model.equals("flux-2-pro")
                || model.equals("flux-2-max") || model.equals("flux-2-flex");
    }

    /** @param fetchable whether an image URL is one the server can fetch */
    static List<Problem> check(String model, JsonNode body, Predicate<String> fetchable) {
        List<Problem> problems = new ArrayList<>();
        boolean kontext = model.startsWith("flux-kontext-");
        boolean flex = model.equals("flux-2-flex");
        int images = kontext ? 4 : 8;
        body.fieldNames().forEachRemaining(field -> {
            boolean listed = COMMON.contains(field) || field.matches("input_image_[2-" + images + "]")
                    || kontext && Set.of("aspect_ratio", "prompt_upsampling").contains(field)
                    || !kontext && Set.of("width", "height").contains(field)
                    || flex && Set.of("guidance", "steps", "prompt_upsampling").contains(field);
            if (!listed) {
                problems.add(new Problem(field, "Extra inputs are not permitted", "extra_forbidden"));
            }
        });
        if (!body.path("prompt").isTextual() || body.path("prompt").asText().isBlank()) {
            problems.add(new Problem("prompt", "Field required", "missing"));
        }
        if (!body.has("input_image")) {
            problems.add(new Problem("input_image", "Field required (this server only edits)", "missing"));
        }
        body.fieldNames().forEachRemaining(field -> {
            if (field.startsWith("input_image") && !isImage(body.get(field), fetchable)) {
                problems.add(new Problem(field, "Input is neither a fetchable URL nor base64 of a PNG, JPEG or "
                        + "WebP image", "value_error"));
            }
        });
        range(problems, body, "safety_tolerance", 0, kontext ? 6 : 5, true);
        range(problems, body, "guidance", 1.5, 10, false);
        range(problems, body, "steps", 1, 50, true);
        for (String side : List.of("width", "height")) {
            JsonNode value = body.get(side);
            if (value != null && (!value.isInt() || value.asInt() < 64 || value.asInt() % 16 != 0)) {
                problems.add(new Problem(side, "Input should be a multiple of 16, at least 64", "value_error"));
            }
        }
        if (body.path("width").asLong() * body.path("height").asLong() > 2048L * 2048) {
            problems.add(new Problem("width", "width x height must be at most 4 megapixels", "value_error"));
        }
        JsonNode ratio = body.get("aspect_ratio");
        if (ratio != null && !isKontextRatio(ratio.asText())) {
            problems.add(new Problem("aspect_ratio", "Aspect ratio must be between 21:9 and 9:21", "value_error"));
        }
        JsonNode format = body.get("output_format");
        if (format != null && !Set.of("jpeg", "png", "webp").contains(format.asText())) {
            problems.add(new Problem("output_format", "Input should be 'jpeg', 'png' or 'webp'", "enum"));
        }
        for (String flag : List.of("prompt_upsampling")) {
            if (body.has(flag) && !body.get(flag).isBoolean()) {
                problems.add(new Problem(flag, "Input should be a valid boolean", "bool_type"));
            }
        }
        if (body.has("seed") && !body.get("seed").isIntegralNumber()) {
            problems.add(new Problem("seed", "Input should be a valid integer", "int_type"));
        }
        return problems;
    }

    private static void range(List<Problem> problems, JsonNode body, String field, double min, double max,
            boolean whole) {
        JsonNode value = body.get(field);
        if (value != null && (!value.isNumber() || whole && !value.isIntegralNumber() || value.asDouble() < min
                || value.asDouble() > max)) {
            problems.add(new Problem(field, "Input should be " + (whole ? "an integer" : "a number") + " from "
                    + min + " to " + max, "value_error"));
        }
    }

    private static boolean isKontextRatio(String text) {
        String[] parts = text.split(":");
        try {
            double ratio = Double.parseDouble(parts[0]) / Double.parseDouble(parts[1]);
            return parts.length == 2 && ratio >= 9.0 / 21 - 1e-9 && ratio <= 21.0 / 9 + 1e-9;
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return false;
        }
    }

    private static boolean isImage(JsonNode value, Predicate<String> fetchable) {
        if (!value.isTextual()) {
            return false;
        }
        String text = value.asText();
        if (text.startsWith("http://") || text.startsWith("https://")) {
            return fetchable.test(text);
        }
        try {
            return ImageType.detect(Base64.getDecoder().decode(text.length() > 64 ? text.substring(0, 64) : text))
                    .isPresent();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
