package dev.imgedit.modelslab;

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
 * One real edit against ModelsLab: runs only when MODELSLAB_API_KEY is set (and costs one Flux Kontext Pro edit),
 * otherwise it is reported as skipped. It prints nothing, so the key cannot end up in the build log.
 */
@EnabledIfEnvironmentVariable(named = "MODELSLAB_API_KEY", matches = ".+",
        disabledReason = "MODELSLAB_API_KEY is not set: the live ModelsLab edit is skipped")
class ModelsLabLiveTest {

    @Test
    void aSmallGeneratedImageIsEditedByModelsLab() {
        ProviderConfig config = ProviderConfig.fromEnvironment(Map.of());
        try (ImageEditProvider provider = new ModelsLabProviderFactory().create(config)) {
            EditResult result = provider.edit(EditRequest.builder(
                            ImageInput.bytes(TestImages.png(512, 512)), "make it snow, keep everything else")
                    .aspectRatio(AspectRatio.R1_1).build(), Duration.ofMinutes(5), EditListener.NONE);

            assertThat(result.jobId()).isNotBlank();
            assertThat(result.images()).isNotEmpty();
            assertThat(result.image().width()).isPositive();
        }
    }
}
