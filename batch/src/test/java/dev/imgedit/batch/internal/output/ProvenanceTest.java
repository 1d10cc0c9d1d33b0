package dev.imgedit.batch.internal.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imgedit.ImageType;
import dev.imgedit.batch.JobRecord;
import dev.imgedit.batch.JobRequest;
import dev.imgedit.batch.fixtures.Pictures;
import dev.imgedit.batch.fixtures.Provenances;
import dev.imgedit.testkit.TestImages;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The provenance record inside outputs: readable by ordinary image tools, and the image unharmed. */
class ProvenanceTest {
    @TempDir
    Path temporary;

    private static JobRecord job() {
        JobRequest request = new JobRequest("k", "modelslab", "flux-kontext-pro", "shots/front.png",
                "/photos/shots/front.png", "aa11", ImageType.PNG, "Schnee über Zürich, \"bitte\" <jetzt>", "16:9",
                42L, Map.of("guidance_scale", "3"));
        return JobRecord.planned("j1", "b1", 0, request, "shots/front", Instant.now())
                .withSubmitting("imgedit-j1-t", Instant.now()).withSubmitted("134711", Instant.now());
    }

    @ParameterizedTest
    @EnumSource(value = ImageType.class, names = {"PNG", "JPEG"})
    void theRecordIsReadBackThroughImageIoAndTheImageStillDecodes(ImageType type) throws Exception {
        byte[] image = type == ImageType.PNG ? TestImages.png(80, 60) : TestImages.jpeg(80, 60);
        Provenance provenance = Provenance.of(job(), "bb22", Instant.parse("2026-11-30T10:00:00Z"));

        Path file = Pictures.write(temporary.resolve("out." + type.extension()), provenance.embedIn(type, image));

        JsonNode read = Provenances.of(file);
        assertThat(read.path("prompt").asText()).isEqualTo("Schnee über Zürich, \"bitte\" <jetzt>");
        assertThat(read.path("provider").asText()).isEqualTo("modelslab");
        assertThat(read.path("model").asText()).isEqualTo("flux-kontext-pro");
        assertThat(read.path("seed").asLong()).isEqualTo(42);
        assertThat(read.path("job_id").asText()).isEqualTo("134711");
        assertThat(read.path("track_id").asText()).isEqualTo("imgedit-j1-t");
        assertThat(read.path("input_sha256").asText()).isEqualTo("aa11");
        assertThat(read.path("output_sha256").asText()).isEqualTo("bb22");
        assertThat(read.path("options").path("guidance_scale").asText()).isEqualTo("3");
        assertThat(read.path("created").asText()).isEqualTo("2026-11-30T10:00:00Z");
        assertThat(read.has("imgedit")).isTrue();
        BufferedImage decoded = ImageIO.read(file.toFile());
        assertThat(decoded.getWidth()).isEqualTo(80);
        assertThat(decoded.getHeight()).isEqualTo(60);
    }

    @Test
    void aJpegKeepsItsJfifHeaderFirst() {
        byte[] jpeg = TestImages.jpeg(40, 30);
        byte[] embedded = Provenance.of(job(), "bb22", Instant.now()).embedIn(ImageType.JPEG, jpeg);
        assertThat(embedded).startsWith(jpeg[0], jpeg[1], jpeg[2], jpeg[3]);
        assertThat(new String(embedded, 6, 4, StandardCharsets.US_ASCII)).isEqualTo("JFIF");
    }

    @Test
    void bytesThatAreNotTheFormatGetNoRecordAndWebpGetsASidecar() {
        Provenance provenance = Provenance.of(job(), "bb22", Instant.now());
        assertThat(provenance.embedIn(ImageType.PNG, "not a png at all, not at all".getBytes())).isNull();
        assertThat(provenance.embedIn(ImageType.JPEG, new byte[] {1, 2, 3, 4})).isNull();
        assertThat(Provenance.embeds(ImageType.WEBP)).isFalse();
    }
}
