package dev.imgedit.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imgedit.EditRequest;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.ImageInput;
import dev.imgedit.batch.fixtures.FakeProviders;
import dev.imgedit.batch.fixtures.InFlightCounter;
import dev.imgedit.batch.fixtures.ModelsLabFixture;
import dev.imgedit.batch.fixtures.Pictures;
import dev.imgedit.batch.fixtures.Provenances;
import dev.imgedit.fake.FakeSettings;
import dev.imgedit.modelslab.testserver.ModelsLabTestServer;
import dev.imgedit.modelslab.testserver.Output;
import dev.imgedit.testkit.http.RecordedRequest;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 50 items at k = 5: the service never has more than 5 of the batch's jobs unfinished, and every output is right. */
class InFlightLimitTest {
    private static final int ITEMS = 50;
    private static final int K = 5;

    @TempDir
    Path temporary;

    @Test
    void theFakeServiceInQueueModeNeverHoldsMoreThanKJobsAndEveryOutputIsItsEdit() throws IOException {
        List<Path> photos = Pictures.folder(temporary.resolve("photos"), ITEMS);
        Path out = temporary.resolve("out");
        InFlightCounter provider = new InFlightCounter(FakeProviders.queueing(temporary.resolve("jobs"), 3));
        BatchSummary summary;
        try (Batch batch = Batch.open(provider, BatchOptions.builder(out).concurrency(K).build())) {
            summary = batch.run(BatchItems.fromDirectory(temporary.resolve("photos"), null, "make it snow"),
                    BatchListener.NONE);
        }

        assertThat(summary.done()).isEqualTo(ITEMS);
        assertThat(provider.most()).as("jobs unfinished at once").isEqualTo(K);
        assertThat(provider.submits()).isEqualTo(ITEMS);
        try (ImageEditProvider direct = FakeProviders.settings(FakeSettings.builder().jobsInMemory().build())) {
            for (Path photo : photos) {
                String name = temporary.resolve("photos").relativize(photo).toString();
                Path output = out.resolve(name);
                BufferedImage expected = ImageIO.read(direct.edit(EditRequest.builder(ImageInput.file(photo),
                        "make it snow").build()).image().bytes().openStream());
                assertThat(pixels(ImageIO.read(output.toFile()))).as(name).isEqualTo(pixels(expected));
                JsonNode provenance = Provenances.of(output);
                assertThat(provenance.path("prompt").asText()).isEqualTo("make it snow");
                assertThat(provenance.path("input").asText()).isEqualTo(name);
                assertThat(provenance.path("provider").asText()).isEqualTo("fake");
            }
        }
    }

    @Test
    void theModelsLabServerNeverHoldsMoreThanKJobsAndEachItemGetsItsOwnJobsOutput() throws IOException {
        int polls = 3;
        Pictures.folder(temporary.resolve("photos"), ITEMS);
        Path out = temporary.resolve("out");
        try (ModelsLabTestServer server = ModelsLabTestServer.start()) {
            server.defaultScript(ModelsLabFixture.queuedJob(polls));
            BatchSummary summary;
            try (ImageEditProvider provider = ModelsLabFixture.open(server);
                    Batch batch = Batch.open(provider, BatchOptions.builder(out).concurrency(K).build())) {
                summary = batch.run(BatchItems.fromDirectory(temporary.resolve("photos"), null, "make it snow"),
                        BatchListener.NONE);
            }

            assertThat(summary.done()).isEqualTo(ITEMS);
            assertThat(server.submitCount()).isEqualTo(ITEMS);
            assertThat(ModelsLabFixture.mostUnfinished(server, polls)).as("jobs unfinished at once").isEqualTo(K);
            Set<String> trackIds = server.submits().stream()
                    .map((RecordedRequest submit) -> ModelsLabFixture.trackId(server, submit))
                    .collect(Collectors.toSet());
            assertThat(trackIds).hasSize(ITEMS);
            for (ItemReport item : summary.items()) {
                Path output = item.outputs().get(0);
                String jobId = server.jobIdForTrackId(item.trackId()).orElseThrow();
                assertThat(item.jobId()).isEqualTo(jobId);
                assertThat(ImageIO.read(output.toFile()).getRGB(10, 10) & 0xFFFFFF).as(item.input())
                        .isEqualTo(Output.stampOf(jobId));
                JsonNode provenance = Provenances.of(output);
                assertThat(provenance.path("job_id").asText()).isEqualTo(jobId);
                assertThat(provenance.path("track_id").asText()).isEqualTo(item.trackId());
            }
        }
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
