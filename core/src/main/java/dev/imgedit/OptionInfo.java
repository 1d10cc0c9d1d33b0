package dev.imgedit;

import dev.imgedit.exception.InvalidRequestException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A provider-specific option a model takes in {@link EditRequest#providerOptions()}, such as BFL's
 * {@code safety_tolerance}: its name, what it does and which values are valid. Core checks every option of a request
 * against these before any I/O, so a mistyped name or an out-of-range value is refused, never dropped.
 *
 * @param name as written in {@code providerOptions}, such as {@code safety_tolerance}
 * @param description one line for listings
 * @param type the kind of value
 * @param choices the accepted values of a {@link Type#CHOICE}; empty for the other types
 * @param minimum the smallest accepted number, for {@link Type#INTEGER} and {@link Type#NUMBER}, when bounded
 * @param maximum the largest accepted number, for {@link Type#INTEGER} and {@link Type#NUMBER}, when bounded
 */
public record OptionInfo(
        String name,
        String description,
        Type type,
        List<String> choices,
        @Nullable BigDecimal minimum,
        @Nullable BigDecimal maximum) {

    /** The kinds of option value. */
    public enum Type {
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** A whole number. */
        INTEGER,
        /** A decimal number. */
        NUMBER,
        /** One of {@link OptionInfo#choices()}. */
        CHOICE,
        /** Any non-blank text, such as a URL the provider validates itself. */
        TEXT
    }

    public OptionInfo {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(description, "description is null");
        Objects.requireNonNull(type, "type is null");
        choices = List.copyOf(choices);
        if (name.isBlank()) {
            throw new IllegalArgumentException("an option needs a name");
        }
        if ((type == Type.CHOICE) == choices.isEmpty()) {
            throw new IllegalArgumentException("option " + name + ": choices are for CHOICE options, and only those");
        }
        if ((minimum != null || maximum != null) && type != Type.INTEGER && type != Type.NUMBER) {
            throw new IllegalArgumentException("option " + name + ": bounds are for numeric options");
        }
    }

    /** An option that is {@code true} or {@code false}. */
    public static OptionInfo bool(String name, String description) {
        return new OptionInfo(name, description, Type.BOOLEAN, List.of(), null, null);
    }

    /** A whole number from {@code minimum} to {@code maximum}. */
    public static OptionInfo integer(String name, String description, long minimum, long maximum) {
        return new OptionInfo(name, description, Type.INTEGER, List.of(), BigDecimal.valueOf(minimum),
                BigDecimal.valueOf(maximum));
    }

    /** A number from {@code minimum} to {@code maximum}. */
    public static OptionInfo number(String name, String description, double minimum, double maximum) {
        return new OptionInfo(name, description, Type.NUMBER, List.of(), BigDecimal.valueOf(minimum),
                BigDecimal.valueOf(maximum));
    }

    /** One of {@code choices}. */
    public static OptionInfo choice(String name, String description, List<String> choices) {
        return new OptionInfo(name, description, Type.CHOICE, choices, null, null);
    }

    /** Free text. */
    public static OptionInfo text(String name, String description) {
        return new OptionInfo(name, description, Type.TEXT, List.of(), null, null);
    }

    /** What is accepted, in words for a message or a listing: {@code "a whole number from 0 to 6"}. */
    public String accepted() {
        return switch (type) {
            case BOOLEAN -> "true or false";
            case INTEGER -> "a whole number" + range();
            case NUMBER -> "a number" + range();
            case CHOICE -> "one of " + String.join(", ", choices);
            case TEXT -> "text";
        };
    }

    /**
     * Checks {@code value} and returns it in its canonical form ({@code "true"}, {@code "3"}, {@code "2.5"}).
     *
     * @param model the model as the message names it, such as {@code model flux-kontext-pro (modelslab)}
     * @throws InvalidRequestException naming the option, the model and what it accepts
     */
    public String validate(String value, String model) {
        String trimmed = value.trim();
        String canonical = switch (type) {
            case BOOLEAN -> booleanValue(trimmed);
            case INTEGER -> integerValue(trimmed);
            case NUMBER -> numberValue(trimmed);
            case CHOICE -> choices.stream().filter(choice -> choice.equalsIgnoreCase(trimmed)).findFirst()
                    .orElse(null);
            case TEXT -> trimmed.isEmpty() ? null : trimmed;
        };
        if (canonical == null) {
            throw new InvalidRequestException("option " + name + " of " + model + " takes " + accepted()
                    + ", not '" + value + "'");
        }
        return canonical;
    }

    private @Nullable String booleanValue(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.equals("true") || lower.equals("false") ? lower : null;
    }

    private @Nullable String integerValue(String text) {
        try {
            BigDecimal number = new BigDecimal(text);
            return number.stripTrailingZeros().scale() <= 0 && inRange(number)
                    ? number.toBigIntegerExact().toString() : null;
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    private @Nullable String numberValue(String text) {
        try {
            BigDecimal number = new BigDecimal(text);
            return inRange(number) ? number.stripTrailingZeros().toPlainString() : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private boolean inRange(BigDecimal number) {
        return (minimum == null || number.compareTo(minimum) >= 0) && (maximum == null || number.compareTo(maximum) <= 0);
    }

    private String range() {
        if (minimum != null && maximum != null) {
            return " from " + minimum.toPlainString() + " to " + maximum.toPlainString();
        }
        if (minimum != null) {
            return " of at least " + minimum.toPlainString();
        }
        return maximum != null ? " of at most " + maximum.toPlainString() : "";
    }
}
