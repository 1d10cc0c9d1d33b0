package dev.imgedit.spi;

import dev.imgedit.exception.AuthenticationException;
import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.util.Durations;
import dev.imgedit.util.HttpUrls;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Settings for a provider, looked up by name. Names are the environment variables a provider documents, such as
 * {@code MODELSLAB_API_KEY}; values set explicitly win over the environment. {@link #toString()} lists names only.
 */
public final class ProviderConfig {
    private final Map<String, String> values;

    private ProviderConfig(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** Exactly these values, nothing from the environment: for tests and embedding applications. */
    public static ProviderConfig of(Map<String, String> values) {
        return new ProviderConfig(values);
    }

    /** A configuration with no settings at all. */
    public static ProviderConfig empty() {
        return new ProviderConfig(Map.of());
    }

    /** The process environment, with {@code overrides} on top. */
    public static ProviderConfig fromEnvironment(Map<String, String> overrides) {
        Map<String, String> merged = new HashMap<>(System.getenv());
        merged.putAll(overrides);
        return new ProviderConfig(merged);
    }

    /** A copy with {@code name} set to {@code value}. */
    public ProviderConfig with(String name, String value) {
        Map<String, String> copy = new HashMap<>(values);
        copy.put(name, value);
        return new ProviderConfig(copy);
    }

    /** The value, when set and not blank. */
    public Optional<String> get(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** The value of {@code name} as a {@link Secret}, when set and not blank. */
    public Optional<Secret> secret(String name) {
        return get(name).map(Secret::of);
    }

    /**
     * The key a provider cannot work without.
     *
     * @param whose names the key in the message, such as {@code "ModelsLab API key"}
     * @throws AuthenticationException saying whether {@code name} is missing or set but blank
     */
    public Secret requireSecret(String name, String whose) {
        return secret(name).orElseThrow(() -> new AuthenticationException(values.containsKey(name)
                ? whose + " is blank: " + name + " is set but holds only spaces; set it to the key"
                : "no " + whose + ": set " + name));
    }

    /** @throws InvalidRequestException when set but not a positive duration like {@code 30s}, {@code 5m} or {@code PT1M} */
    public Optional<Duration> duration(String name) {
        return get(name).map(text -> Durations.parse(name, text));
    }

    /** @throws InvalidRequestException when set but not an absolute http(s) URL */
    public Optional<URI> uri(String name) {
        return get(name).map(text -> HttpUrls.parse(name, text));
    }

    /** @throws InvalidRequestException when set but not a whole number from {@code minimum} to {@code maximum} */
    public Optional<Integer> integer(String name, int minimum, int maximum) {
        return get(name).map(text -> {
            try {
                int value = Integer.parseInt(text);
                if (value >= minimum && value <= maximum) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // worded below, with the range
            }
            throw new InvalidRequestException(name + " must be a whole number from " + minimum + " to " + maximum
                    + ", got '" + text + "'");
        });
    }

    /** @throws InvalidRequestException when set but not {@code true} or {@code false} (any case) */
    public Optional<Boolean> bool(String name) {
        return get(name).map(text -> switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidRequestException(name + " must be true or false, got '" + text + "'");
        });
    }

    /** Never the values, which may be secrets. */
    @Override
    public String toString() {
        return "ProviderConfig[" + values.size() + " settings]";
    }
}
