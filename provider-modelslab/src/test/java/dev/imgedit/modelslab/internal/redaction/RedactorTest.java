package dev.imgedit.modelslab.internal.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgedit.spi.Secret;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class RedactorTest {
    private static final String KEY = "sk-Live+Key/With=Specials&\"quote\"";
    private final Redactor redactor = Redactor.of(Secret.of(KEY));

    @Test
    void everyEncodingOfTheKeyIsRedacted() {
        String text = String.join(" | ", KEY, URLEncoder.encode(KEY, StandardCharsets.UTF_8),
                Base64.getEncoder().encodeToString(KEY.getBytes(StandardCharsets.UTF_8)),
                Base64.getUrlEncoder().withoutPadding().encodeToString(KEY.getBytes(StandardCharsets.UTF_8)),
                "sk-Live+Key/With=Specials&\\\"quote\\\"");

        String redacted = redactor.redact(text);

        assertThat(redacted).doesNotContain("sk-Live", "Specials").contains(Redactor.MASK);
    }

    @Test
    void anyJsonKeyFieldIsMaskedWhateverItsValue() {
        assertThat(redactor.redact("{\"key\": \"some-other-key\",\"prompt\":\"snow\"}"))
                .isEqualTo("{\"key\": \"****\",\"prompt\":\"snow\"}");
    }

    @Test
    void containsSecretFindsEveryFormTheRedactorMasks() {
        String urlSafe = Base64.getUrlEncoder().withoutPadding().encodeToString(KEY.getBytes(StandardCharsets.UTF_8));

        assertThat(redactor.containsSecret("https://cdn.example/x.png?key=" + KEY)).isTrue();
        assertThat(redactor.containsSecret("https://cdn.example/x.png?key="
                + URLEncoder.encode(KEY, StandardCharsets.UTF_8))).isTrue();
        assertThat(redactor.containsSecret("https://cdn.example/" + urlSafe + "/x.png")).isTrue();
        assertThat(redactor.containsSecret("https://cdn.example/x.png?key=sk-Live")).isFalse();
        assertThat(redactor.containsSecret("{\"key\": \"some-other-key\"}")).as("another key is no secret").isFalse();
    }

    @Test
    void oneLineFoldsWhitespaceAndCuts() {
        assertThat(redactor.oneLine("a\n b\t\tc " + "x".repeat(50), 20)).isEqualTo("a b c xxxxxxxxxxxxx…");
    }
}
