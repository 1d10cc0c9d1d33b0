package dev.imgedit.modelslab.testserver;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The body each v7 image-to-image model takes, written down here from ModelsLab's documents independently of the
 * provider's own table, so that the server can refuse a wrong shape as ModelsLab would: with a validation map under
 * HTTP 200. A model id it does not know takes the generic shape (one {@code init_image} URL).
 */
final class ModelShapes {
    private static final List<String> NINE_RATIOS =
            List.of("21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", "9:21");
    private static final Shape GENERIC = new Shape(Images.STRING, 1, "aspect_ratio", false, NINE_RATIOS);
    private static final Map<String, Shape> SHAPES = Map.of(
            "flux-kontext-pro", GENERIC,
            "flux-2-pro", Shape.unsized(Images.ARRAY, 10),
            "seededit-i2i", Shape.unsized(Images.STRING, 1),
            "seedream-4.0-i2i", Shape.unsized(Images.ARRAY, 10),
            "seedream-4.5-i2i", new Shape(Images.ARRAY, 10, "aspect_ratio", true,
                    List.of("1:1", "4:3", "16:9", "9:16", "3:2", "2:3", "21:9")),
            "nano-banana", Shape.unsized(Images.PAIR, 2),
            "nano-banana-pro", new Shape(Images.ARRAY, 14, "aspect_ratio", false,
                    List.of("1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9", "21:9")),
            "gen4_image_turbo", Shape.unsized(Images.PAIR, 2),
            "gpt-image-2-i2i", new Shape(Images.ARRAY, 14, "size", true, List.of("square", "landscape", "portrait",
                    "2K square", "2K landscape", "4K landscape", "4K portrait")));
    /** The proportions of each gpt-image-2-i2i size, for the output the server makes. */
    private static final Map<String, String> SIZE_RATIOS = Map.of("square", "1:1", "landscape", "3:2",
            "portrait", "2:3", "2K square", "1:1", "2K landscape", "16:9", "4K landscape", "16:9", "4K portrait",
            "9:16");

    private ModelShapes() {}

    private enum Images {
        /** {@code init_image}: one URL string. */
        STRING,
        /** {@code init_image} and, optionally, {@code init_image_2}: one URL string each. */
        PAIR,
        /** {@code init_image}: an array of URL strings. */
        ARRAY
    }

    private record Shape(Images images, int maxImages, @Nullable String sizeField, boolean sizeRequired,
            List<String> sizes) {
        static Shape unsized(Images images, int maxImages) {
            return new Shape(images, maxImages, null, false, List.of());
        }
    }

    /** What ModelsLab would say is wrong with {@code body}, field by field; empty when the shape is right. */
    static Map<String, String> problems(JsonNode body) {
        Shape shape = SHAPES.getOrDefault(body.path("model_id").asText(""), GENERIC);
        Map<String, String> problems = new LinkedHashMap<>();
        if (body.path("prompt").asText("").isBlank()) {
            problems.put("prompt", "The prompt field is required.");
        }
        JsonNode image = body.path("init_image");
        if (image.isMissingNode() || image.isNull() || (image.isTextual() && image.asText().isBlank())) {
            problems.put("init_image", "The init image field is required.");
        } else if (shape.images() == Images.ARRAY) {
            if (!image.isArray() || image.isEmpty() || !allText(image)) {
                problems.put("init_image", "The init image must be an array of image URLs.");
            } else if (image.size() > shape.maxImages()) {
                problems.put("init_image", "The init image may not have more than " + shape.maxImages() + " items.");
            }
        } else if (!image.isTextual()) {
            problems.put("init_image", "The init image must be a string.");
        }
        JsonNode second = body.path("init_image_2");
        if (!second.isMissingNode() && (shape.images() != Images.PAIR || !second.isTextual())) {
            problems.put("init_image_2", shape.images() == Images.PAIR ? "The init image 2 must be a string."
                    : "This model takes no init image 2.");
        }
        if (shape.sizeField() == null) {
            if (body.has("aspect_ratio")) {
                problems.put("aspect_ratio", "This model takes no aspect ratio.");
            }
        } else {
            JsonNode size = body.path(shape.sizeField());
            String name = shape.sizeField().replace('_', ' ');
            if (size.isMissingNode() ? shape.sizeRequired() : !shape.sizes().contains(size.asText())) {
                problems.put(shape.sizeField(), size.isMissingNode() ? "The " + name + " field is required."
                        : "The selected " + name + " is invalid.");
            }
        }
        return problems;
    }

    /** The output's proportions as {@code w:h}, when the body names them ({@code aspect_ratio} or {@code size}). */
    static @Nullable String outputRatio(JsonNode body) {
        if (body.hasNonNull("aspect_ratio")) {
            return body.get("aspect_ratio").asText();
        }
        return body.hasNonNull("size") ? SIZE_RATIOS.get(body.get("size").asText()) : null;
    }

    /** The URL of the image edited: {@code init_image}, or its first element. */
    static String firstImage(JsonNode body) {
        JsonNode image = body.path("init_image");
        return (image.isArray() ? image.path(0) : image).asText("");
    }

    /** Each problem as {@code model: field: message}, for {@link ModelsLabTestServer#shapeProblems()}. */
    static List<String> described(JsonNode body, Map<String, String> problems) {
        List<String> described = new ArrayList<>();
        problems.forEach((field, message) -> described.add(body.path("model_id").asText("?") + ": " + field + ": "
                + message));
        return described;
    }

    private static boolean allText(JsonNode array) {
        for (JsonNode element : array) {
            if (!element.isTextual() || element.asText().isBlank()) {
                return false;
            }
        }
        return true;
    }
}
