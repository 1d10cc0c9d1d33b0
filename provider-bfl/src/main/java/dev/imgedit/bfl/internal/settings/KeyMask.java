package dev.imgedit.bfl.internal.settings;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.imgedit.spi.Secret;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Masks the API key in any text before it is logged, quoted in a message or handed back: the key itself, JSON-escaped,
 * URL-encoded and base64-encoded (either alphabet, with or without padding); and, whatever their values, the
 * {@code x-key} header and the {@code webhook_secret} field of a request.
 */
public final class KeyMask {
    /** What a masked secret reads as. */
    public static final String MASK = "****";

    private static final Pattern KEY_HEADER = Pattern.compile("(?i)(x-key\\s*:\\s*)[^\\s,]+");
    private static final Pattern SECRET_FIELD =
            Pattern.compile("(\"webhook_secret\"\\s*:\\s*\")((?:[^\"\\\\]|\\\\.)*)(\")");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final List<String> forms;

    private KeyMask(List<String> forms) {
        this.forms = forms;
    }

    public static KeyMask of(Secret key) {
        String value = key.reveal();
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        String standard = Base64.getEncoder().encodeToString(bytes);
        String urlSafe = Base64.getUrlEncoder().encodeToString(bytes);
        List<String> forms = Stream.of(value, new String(JsonStringEncoder.getInstance().quoteAsString(value)),
                        URLEncoder.encode(value, StandardCharsets.UTF_8), standard, urlSafe,
                        standard.replace("=", ""), urlSafe.replace("=", ""))
                .filter(form -> !form.isEmpty()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        return new KeyMask(forms);
    }

    /** {@code text} with every form of the key, the key header's value and webhook secrets replaced by the mask. */
    public String mask(String text) {
        String masked = SECRET_FIELD.matcher(KEY_HEADER.matcher(text).replaceAll("$1" + MASK)).replaceAll("$1"
                + MASK + "$3");
        for (String form : forms) {
            masked = masked.replace(form, MASK);
        }
        return masked;
    }

    /** Whether {@code text} holds the key in a form {@link #mask} replaces: such a URL or id is never used. */
    public boolean reveals(String text) {
        return forms.stream().anyMatch(text::contains);
    }

    /** Masked, on one line, cut to {@code maxLength} characters: fit for an exception message. */
    public String oneLine(String text, int maxLength) {
        String line = SPACES.matcher(mask(text)).replaceAll(" ").strip();
        return line.length() <= maxLength ? line : line.substring(0, maxLength - 1).strip() + "…";
    }
}
