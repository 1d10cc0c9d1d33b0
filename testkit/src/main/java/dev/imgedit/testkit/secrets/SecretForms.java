package dev.imgedit.testkit.secrets;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The forms a key could leak in: as it is, URL-encoded, JSON-escaped, and base64 (standard and URL-safe) at each of
 * the three alignments it may have inside a longer base64 text, such as a logged request body.
 */
public final class SecretForms {
    private SecretForms() {}

    /** Every form of {@code key} that a test asserts is absent from what a user or a client sees. */
    public static Set<String> of(String key) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(key);
        forms.add(URLEncoder.encode(key, StandardCharsets.UTF_8));
        forms.add(URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20"));
        forms.add(key.replace("/", "\\/"));
        for (int offset = 0; offset < 3; offset++) {
            forms.add(base64Inside(Base64.getEncoder(), key, offset));
            forms.add(base64Inside(Base64.getUrlEncoder(), key, offset));
        }
        return forms;
    }

    /** The part of {@code base64(offset bytes + key + ...)} that depends on the key's bytes alone. */
    private static String base64Inside(Base64.Encoder encoder, String key, int offset) {
        byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
        byte[] shifted = new byte[offset + keyBytes.length];
        System.arraycopy(keyBytes, 0, shifted, offset, keyBytes.length);
        String encoded = encoder.withoutPadding().encodeToString(shifted);
        int firstGroup = (offset + 2) / 3;
        int lastGroup = shifted.length / 3;
        return encoded.substring(firstGroup * 4, lastGroup * 4);
    }
}
