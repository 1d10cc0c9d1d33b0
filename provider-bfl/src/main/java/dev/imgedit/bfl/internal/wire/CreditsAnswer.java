package dev.imgedit.bfl.internal.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** BFL's answer to {@code GET /v1/credits}: the account's balance in credits (1 credit = 0.01 USD). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreditsAnswer(@JsonProperty("credits") @Nullable BigDecimal credits) {}
