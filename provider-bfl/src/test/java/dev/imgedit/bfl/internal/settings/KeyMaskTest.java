package dev.imgedit.bfl.internal.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgedit.spi.Secret;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class KeyMaskTest {
    private static final String KEY = "bfl+Key/With=Specials\"&1234";
    private static final KeyMask MASK = KeyMask.of(Secret.of(KEY));

    @Test
    void everyFormOfTheKeyIsMasked() {
        String base64 = Base64.getEncoder().encodeToString(KEY.getBytes(StandardCharsets.UTF_8));
        String text = "raw " + KEY + " url " + URLEncoder.encode(KEY, StandardCharsets.UTF_8) + " b64 " + base64
                + " unpadded " + base64.replace("=", "") + " json " + "bfl+Key/With=Specials\\\"&1234";

        String masked = MASK.mask(text);

        assertThat(masked).doesNotContain(KEY, base64, "Specials", "1234");
        assertThat(MASK.reveals(text)).isTrue();
        assertThat(MASK.reveals("nothing here")).isFalse();
    }

    @Test
    void theKeyHeaderAndWebhookSecretsAreMaskedWhateverTheirValue() {
        assertThat(MASK.mask("[BflApi#submit] x-key: another-key-9")).isEqualTo("[BflApi#submit] x-key: ****");
        assertThat(MASK.mask("{\"prompt\":\"x\",\"webhook_secret\":\"whsec \\\"q\\\" 1\",\"seed\":1}"))
                .isEqualTo("{\"prompt\":\"x\",\"webhook_secret\":\"****\",\"seed\":1}");
    }

    @Test
    void oneLineIsMaskedAndCut() {
        assertThat(MASK.oneLine("a\n b\t" + KEY + " " + "x".repeat(50), 20)).doesNotContain("\n", KEY).hasSize(20);
    }
}
