package dev.imgedit.spi;

import java.util.Objects;

/**
 * A secret value, such as an API key, that cannot be printed by accident: {@link #toString()} hides it. Call
 * {@link #reveal()} only where it is sent.
 */
public final class Secret {
    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /** @throws IllegalArgumentException when blank */
    public static Secret of(String value) {
        Objects.requireNonNull(value, "value is null");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a secret cannot be blank");
        }
        return new Secret(value.strip());
    }

    /** The secret itself, to send it where it belongs; never log or show it. */
    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "****";
    }
}
