package dev.imgedit.bfl.internal.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * BFL's answer to a submit: {@code AsyncResponse}, or {@code AsyncWebhookResponse} when a webhook was given (which
 * has a {@code status} and no {@code polling_url}).
 *
 * @param id the task id
 * @param pollingUrl where to ask about the task, exactly as written; null with a webhook
 * @param cost what the task costs, in credits (1 credit = 0.01 USD)
 * @param inputMegapixels the input's size as BFL counts it
 * @param outputMegapixels the output's size as BFL counts it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubmitAnswer(
        @JsonProperty("id") @Nullable String id,
        @JsonProperty("polling_url") @Nullable String pollingUrl,
        @JsonProperty("cost") @Nullable BigDecimal cost,
        @JsonProperty("input_mp") @Nullable BigDecimal inputMegapixels,
        @JsonProperty("output_mp") @Nullable BigDecimal outputMegapixels) {}
