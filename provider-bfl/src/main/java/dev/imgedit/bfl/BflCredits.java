package dev.imgedit.bfl;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A BFL account's balance, as {@code GET /v1/credits} gives it.
 *
 * @param credits the balance in BFL credits; one credit is 0.01 USD
 */
public record BflCredits(BigDecimal credits) {
    private static final BigDecimal CREDITS_PER_DOLLAR = BigDecimal.valueOf(100);

    public BflCredits {
        Objects.requireNonNull(credits, "credits is null");
    }

    /** The balance in US dollars, to the cent. */
    public BigDecimal dollars() {
        return credits.divide(CREDITS_PER_DOLLAR, 2, RoundingMode.DOWN);
    }

    @Override
    public String toString() {
        return credits.stripTrailingZeros().toPlainString() + " credits ($" + dollars().toPlainString() + ")";
    }
}
