package dev.imgedit.bfl.internal.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/**
 * BFL's answer to a poll ({@code ResultResponse}).
 *
 * @param id the task id
 * @param status one of {@code Pending}, {@code Ready}, {@code Error}, {@code Request Moderated},
 *     {@code Content Moderated}, {@code Task not found}, or a status BFL adds later
 * @param result when ready: {@code sample} (a signed URL, valid about 10 minutes), {@code seed}, ...
 * @param progress how far along, when BFL says
 * @param details more about a failure or a moderation, when BFL says
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaskAnswer(
        @JsonProperty("id") @Nullable String id,
        @JsonProperty("status") @Nullable String status,
        @JsonProperty("result") @Nullable JsonNode result,
        @JsonProperty("progress") @Nullable Double progress,
        @JsonProperty("details") @Nullable JsonNode details) {

    /** The signed URL of the image, when the result names one. */
    public @Nullable String sample() {
        JsonNode sample = result == null ? null : result.get("sample");
        return sample != null && sample.isTextual() && !sample.asText().isBlank() ? sample.asText().strip() : null;
    }

    /** The seed the task ran with, when the result says. */
    public @Nullable String seed() {
        JsonNode seed = result == null ? null : result.get("seed");
        return seed != null && seed.isIntegralNumber() ? seed.asText() : null;
    }
}
