package dev.imgedit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an account has left to spend, as its service says ({@link ImageEditProvider#balance()}).
 *
 * @param amount in the service's own unit
 * @param unit the unit, such as {@code credits}
 * @param dollars the same in US dollars, or null when the service gives no rate
 */
public record AccountBalance(BigDecimal amount, String unit, @Nullable BigDecimal dollars) {
    public AccountBalance {
        Objects.requireNonNull(amount, "amount is null");
        Objects.requireNonNull(unit, "unit is null");
        dollars = dollars == null ? null : dollars.setScale(2, RoundingMode.DOWN);
    }

    /** Such as {@code 1234.5 credits ($12.34)}. */
    @Override
    public String toString() {
        return amount.stripTrailingZeros().toPlainString() + " " + unit
                + (dollars == null ? "" : " ($" + dollars.toPlainString() + ")");
    }
}
