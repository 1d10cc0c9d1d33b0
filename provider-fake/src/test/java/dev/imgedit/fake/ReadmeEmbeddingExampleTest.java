package dev.imgedit.fake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgedit.AspectRatio;
import dev.imgedit.EditJob;
import dev.imgedit.EditRequest;
import dev.imgedit.EditResult;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.ImageInput;
import dev.imgedit.discovery.Fallback;
import dev.imgedit.discovery.ImageEditProviders;
import dev.imgedit.discovery.ProviderChoice;
import dev.imgedit.spi.ProviderConfig;
import dev.imgedit.testkit.TestImages;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's embedding example, as written there, so the README cannot drift from the API. */
class ReadmeEmbeddingExampleTest {
    @TempDir
    Path directory;

    @Test
    void theReadmeExampleEditsAPhotoWithTheOfflineProvider() throws Exception {
        Files.write(directory.resolve("photo.png"), TestImages.png(640, 480));
        Path photo = directory.resolve("photo.png");
        Path edited = directory.resolve("photo.snow.png");

        ProviderConfig config = ProviderConfig.of(Map.of());                       // README: fromEnvironment
        ProviderChoice choice = ImageEditProviders.discover()
                .choose(null, config, Fallback.OFFLINE);       // modelslab if keyed, else the offline fake
        try (ImageEditProvider provider = choice.factory().create(config)) {
            EditRequest request = EditRequest.builder(ImageInput.file(photo), "make it snow")
                    .aspectRatio(AspectRatio.R16_9)
                    .build();
            EditJob job = provider.submit(request);                 // paid: store job.id() if you may crash
            EditResult result = provider.await(job, Duration.ofMinutes(5));
            Files.write(edited, result.image().bytes().toByteArray());
        }

        assertThat(ImageEditProviders.discover().choose(null, ProviderConfig.empty(), Fallback.OFFLINE).id())
                .isEqualTo("fake");
        BufferedImage written = ImageIO.read(edited.toFile());
        assertThat(written.getWidth()).isEqualTo(640);
        assertThat(written.getHeight()).isEqualTo(360);
    }
}
