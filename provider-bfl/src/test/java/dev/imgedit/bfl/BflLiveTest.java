package dev.imgedit.bfl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgedit.AspectRatio;
import dev.imgedit.EditListener;
import dev.imgedit.EditRequest;
import dev.imgedit.EditResult;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.ImageInput;
import dev.imgedit.spi.ProviderConfig;
import dev.imgedit.testkit.TestImages;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * One real edit with FLUX.1 Kontext [pro] at BFL, and the balance: runs only when BFL_API_KEY is set (and costs one
 * edit, about 4 credits), otherwise JUnit reports it as skipped. It prints nothing, so the key cannot reach the log.
 */
@EnabledIfEnvironmentVariable(named = "BFL_API_KEY", matches = ".+",
        disabledReason = "BFL_API_KEY is not set: the live BFL edit is skipped")
class BflLiveTest {

    @Test
    void aSmallGeneratedImageIsEditedByBfl() {
        ProviderConfig config = ProviderConfig.fromEnvironment(Map.of());
        BflProviderFactory factory = new BflProviderFactory();
        BflCredits before = factory.credits(config);
        try (ImageEditProvider provider = factory.create(config)) {
            EditResult result = provider.edit(EditRequest.builder(ImageInput.bytes(TestImages.png(512, 512)),
                    "make it snow, keep everything else").aspectRatio(AspectRatio.R1_1).build(),
                    Duration.ofMinutes(5), EditListener.NONE);

            assertThat(result.jobId()).isNotBlank();
            assertThat(result.image().width()).isPositive();
            assertThat(result.metadata()).containsKeys("cost", "model");
        }
        assertThat(before.credits()).isNotNegative();
    }
}
