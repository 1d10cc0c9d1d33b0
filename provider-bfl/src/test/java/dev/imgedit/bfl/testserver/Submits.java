package dev.imgedit.bfl.testserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.imgedit.ImageBytes;
import dev.imgedit.ImageSize;
import dev.imgedit.ImageType;
import dev.imgedit.testkit.http.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** Reads a submit the way BFL does: a 422 naming the fields it refuses, or a task and the answer announcing it. */
final class Submits {
    /** What became of a submit: the task made (null when refused) and the answer to send. */
    record Outcome(@Nullable ServerTask task, Reply answer) {}

    private final ObjectMapper mapper = new ObjectMapper();

    /** @param fetchable whether an image URL is one the server serves */
    Outcome accept(String model, byte[] body, TaskScript script, Predicate<String> fetchable) {
        JsonNode json;
        try {
            json = mapper.readTree(body);
        } catch (IOException e) {
            json = null;
        }
        List<SubmitRules.Problem> problems = json == null || !json.isObject()
                ? List.of(new SubmitRules.Problem("body", "JSON decode error", "json_invalid"))
                : SubmitRules.check(model, json, fetchable);
        if (!problems.isEmpty()) {
            return new Outcome(null, Reply.json(422, validationError(problems)));
        }
        ImageSize input = inputSize(json.get("input_image").asText());
        ImageSize output = outputSize(json, input);
        String id = UUID.randomUUID().toString();
        ServerTask task = new ServerTask(id, model, UUID.randomUUID().toString().substring(0, 8),
                json.get("prompt").asText(), json.path("seed").asLong(Math.abs(id.hashCode())), output,
                json.path("output_format").asText(model.startsWith("flux-kontext-") ? "png" : "jpeg"), script);
        String costs = String.format(Locale.ROOT, "\"cost\":%s,\"input_mp\":%.2f,\"output_mp\":%.2f", cost(model),
                input.pixels() / 1e6, output.pixels() / 1e6);
        return new Outcome(task, json.has("webhook_url")
                ? Reply.json(200, "{\"id\":\"${id}\",\"status\":\"Pending\",\"webhook_url\":\""
                        + json.get("webhook_url").asText() + "\"," + costs + "}")
                : Reply.json(200, "{\"id\":\"${id}\",\"polling_url\":\"${polling}\"," + costs + "}"));
    }

    private static ImageSize inputSize(String image) {
        if (image.startsWith("http")) {
            return new ImageSize(320, 240);
        }
        byte[] bytes = Base64.getDecoder().decode(image);
        return ImageType.detect(bytes).flatMap(type -> ImageSize.read(ImageBytes.adopt(bytes), type))
                .orElse(new ImageSize(320, 240));
    }

    /** FLUX.2's width and height when given; a Kontext ratio at the input's pixel count; else the input's size. */
    private static ImageSize outputSize(JsonNode json, ImageSize input) {
        if (json.has("width") && json.has("height")) {
            return new ImageSize(json.get("width").asInt(), json.get("height").asInt());
        }
        if (json.has("aspect_ratio")) {
            String[] parts = json.get("aspect_ratio").asText().split(":");
            double ratio = Double.parseDouble(parts[0]) / Double.parseDouble(parts[1]);
            int width = (int) Math.round(Math.sqrt(input.pixels() * ratio));
            return new ImageSize(width, (int) Math.round(width / ratio));
        }
        return input;
    }

    /** Credits per task at about 1 megapixel, from BFL's published prices. */
    private static String cost(String model) {
        return switch (model) {
            case "flux-kontext-max" -> "8";
            case "flux-2-pro" -> "4.5";
            case "flux-2-max", "flux-2-flex" -> "10";
            default -> "4";
        };
    }

    private String validationError(List<SubmitRules.Problem> problems) {
        List<Map<String, Object>> detail = new ArrayList<>();
        problems.forEach(problem -> detail.add(Map.of("loc", List.of("body", problem.field()), "msg",
                problem.message(), "type", problem.type())));
        try {
            return mapper.writeValueAsString(Map.of("detail", detail));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
