package dev.imgedit.spi;

import dev.imgedit.exception.InvalidRequestException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
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

    public Optional<Secret> secret(String name) {
        return get(name).map(Secret::of);
    }

    /** @throws InvalidRequestException when set but not a duration like {@code 30s}, {@code 5m} or {@code PT1M} */
    public Optional<Duration> duration(String name) {
        return get(name).map(text -> parseDuration(name, text));
    }

    /** @throws InvalidRequestException when set but not an absolute http(s) URL */
    public Optional<URI> uri(String name) {
        return get(name).map(text -> {
            try {
                URI uri = new URI(text);
                if (uri.getScheme() == null || uri.getHost() == null
                        || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                    throw new InvalidRequestException(name + " must be an absolute http(s) URL, got '" + text + "'");
                }
                return uri;
            } catch (URISyntaxException e) {
                throw new InvalidRequestException(name + " is not a valid URL: '" + text + "'");
            }
        });
    }

    /**
     * Parses {@code 90s}, {@code 5m}, {@code 1h}, {@code 250ms}, a bare number of seconds, or ISO-8601 {@code PT5M}.
     *
     * @throws InvalidRequestException naming {@code what} when the text is none of these or not positive
     */
    public static Duration parseDuration(String what, String text) {
        String trimmed = text.trim().toLowerCase(Locale.ROOT);
        Duration duration;
        try {
            if (trimmed.startsWith("p")) {
                duration = Duration.parse(trimmed.toUpperCase(Locale.ROOT));
            } else if (trimmed.endsWith("ms")) {
                duration = Duration.ofMillis(Long.parseLong(trimmed.substring(0, trimmed.length() - 2).trim()));
            } else if (trimmed.endsWith("s")) {
                duration = Duration.ofSeconds(Long.parseLong(trimmed.substring(0, trimmed.length() - 1).trim()));
            } else if (trimmed.endsWith("m")) {
                duration = Duration.ofMinutes(Long.parseLong(trimmed.substring(0, trimmed.length() - 1).trim()));
            } else if (trimmed.endsWith("h")) {
                duration = Duration.ofHours(Long.parseLong(trimmed.substring(0, trimmed.length() - 1).trim()));
            } else {
                duration = Duration.ofSeconds(Long.parseLong(trimmed));
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new InvalidRequestException(what + " '" + text
                    + "' is not a duration: write it like 90s, 5m, 1h or 250ms");
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new InvalidRequestException(what + " must be positive, got '" + text + "'");
        }
        return duration;
    }

    /** Never the values, which may be secrets. */
    @Override
    public String toString() {
        return "ProviderConfig[" + values.size() + " settings]";
    }
}
