package dev.imgedit.modelslab.internal.redaction;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.imgedit.spi.Secret;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Takes the API key out of any text before it is logged or put in a message: the key as it is, JSON-escaped,
 * URL-encoded and base64-encoded, and any JSON {@code "key": "..."} field whatever its value.
 */
public final class Redactor {
    /** What a redacted secret reads as. */
    public static final String MASK = "****";

    private static final Pattern KEY_FIELD = Pattern.compile("(\"key\"\\s*:\\s*\")((?:[^\"\\\\]|\\\\.)*)(\")");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final List<String> forms;

    private Redactor(List<String> forms) {
        this.forms = forms;
    }

    public static Redactor of(Secret secret) {
        String value = secret.reveal();
        Set<String> forms = new LinkedHashSet<>();
        forms.add(value);
        forms.add(new String(JsonStringEncoder.getInstance().quoteAsString(value)));
        forms.add(URLEncoder.encode(value, StandardCharsets.UTF_8));
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        String base64 = Base64.getEncoder().encodeToString(bytes);
        String urlSafe = Base64.getUrlEncoder().encodeToString(bytes);
        forms.add(base64);
        forms.add(stripPadding(base64));
        forms.add(urlSafe);
        forms.add(stripPadding(urlSafe));
        List<String> sorted = new ArrayList<>(forms);
        sorted.removeIf(String::isEmpty);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return new Redactor(List.copyOf(sorted));
    }

    /** {@code text} with every form of the key replaced by {@value #MASK}. */
    public String redact(String text) {
        String result = KEY_FIELD.matcher(text).replaceAll("$1" + MASK + "$3");
        for (String form : forms) {
            result = result.replace(form, MASK);
        }
        return result;
    }

    /**
     * Whether {@code text} holds the key in one of the forms {@link #redact} masks: such a text (an output link, a
     * redirect) is never used, because redacting it would make it another text.
     */
    public boolean containsSecret(String text) {
        for (String form : forms) {
            if (text.contains(form)) {
                return true;
            }
        }
        return false;
    }

    /** Redacted, on one line, at most {@code maxLength} characters: fit for an exception message. */
    public String oneLine(String text, int maxLength) {
        String line = WHITESPACE.matcher(redact(text)).replaceAll(" ").strip();
        if (line.length() <= maxLength) {
            return line;
        }
        return line.substring(0, Math.max(0, maxLength - 1)).strip() + "…";
    }

    private static String stripPadding(String base64) {
        int end = base64.length();
        while (end > 0 && base64.charAt(end - 1) == '=') {
            end--;
        }
        return base64.substring(0, end);
    }
}
