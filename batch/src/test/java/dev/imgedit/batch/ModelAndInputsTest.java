package dev.imgedit.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgedit.ImageBytes;
import dev.imgedit.ImageSize;
import dev.imgedit.ImageType;
import dev.imgedit.batch.fixtures.ModelsLabFixture;
import dev.imgedit.batch.fixtures.Pictures;
import dev.imgedit.exception.UnsupportedFeatureException;
import dev.imgedit.fake.FakeService;
import dev.imgedit.modelslab.testserver.ModelsLabTestServer;
import dev.imgedit.testkit.TaggedImages;
import dev.imgedit.testkit.TestImages;
import dev.imgedit.testkit.http.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model a batch runs on, and its inputs readied for that model as {@code imgedit edit} readies one. */
class ModelAndInputsTest {
    private static final int UPLOAD_LIMIT = 3_700_000;

    @TempDir
    Path temporary;

    @Test
    void aPhonesPhotoIsTurnedUprightStrippedAndFittedBeforeItIsSentAndTheJournalSaysSo() {
        // Stored landscape with orientation 6: the camera was held upright, so the picture is portrait.
        byte[] phonePhoto = TaggedImages.jpegWith(TestImages.noisyPhoto(4000, 3000),
                TaggedImages.exifSegment(TaggedImages.exif(6)));
        assertThat(phonePhoto.length).as("the photo is over the upload limit").isGreaterThan(UPLOAD_LIMIT);
        Pictures.write(temporary.resolve("photos/IMG_2041.jpg"), phonePhoto);
        Path out = temporary.resolve("out");

        try (ModelsLabTestServer server = ModelsLabTestServer.start()) {
            server.defaultScript(ModelsLabFixture.queuedJob(0));
            BatchSummary summary;
            try (var provider = ModelsLabFixture.open(server);
                    Batch batch = Batch.open(provider, BatchOptions.builder(out).build())) {
                summary = batch.run(BatchItems.fromDirectory(temporary.resolve("photos"), null, "make it snow"),
                        BatchListener.NONE);
                ItemReport item = summary.items().get(0);
                assertThat(batch.journal().events(item.journalId())).extracting(JobEvent::detail)
                        .anyMatch(detail -> detail.contains("; resized 'IMG_2041.jpg' from 3000x4000"));
            }

            assertThat(summary.allDone()).as(summary.toString()).isTrue();
            List<RecordedRequest> uploads = server.requestsTo("/api/v6/base64_to_url");
            assertThat(uploads).hasSize(1);
            String dataUri = server.json(uploads.get(0)).get("base64_string").asText();
            byte[] uploaded = Base64.getDecoder().decode(dataUri.substring(dataUri.indexOf(',') + 1));
            assertThat(uploaded.length).isLessThanOrEqualTo(UPLOAD_LIMIT);
            ImageSize size = ImageSize.read(ImageBytes.adopt(uploaded), ImageType.JPEG).orElseThrow();
            assertThat(size.height()).as("upright: portrait").isGreaterThan(size.width());
            assertThat(new String(uploaded, StandardCharsets.ISO_8859_1)).doesNotContain(TaggedImages.CAMERA);
        }
    }

    @Test
    void anItemTheModelWouldRefuseIsNeverSentAndARerunChecksItAgain() {
        Pictures.folder(temporary.resolve("photos"), 2);
        List<BatchItem> items = BatchItems.fromDirectory(temporary.resolve("photos"), null, "make it snow");
        BatchItem withOption = new BatchItem(items.get(1).input(), "make it snow", null, null, null,
                Map.of("strength", "0.5"));
        Path out = temporary.resolve("out");

        try (FakeService fake = FakeService.create()) {
            BatchSummary first = run(fake, List.of(items.get(0), withOption), out);
            BatchSummary second = run(fake, List.of(items.get(0), withOption), out);

            assertThat(first.done()).isEqualTo(1);
            assertThat(first.failedByKind()).containsExactly(Map.entry("UNSUPPORTED_FEATURE", 1));
            assertThat(first.items().get(1).failure().message()).contains("strength");
            assertThat(fake.recording().submits()).as("only the item the model takes is sent").hasSize(1);
            assertThat(second.items().get(1).earlierRun()).as("checked again, not reported from the journal")
                    .isFalse();
            assertThat(second.failedByKind()).isEqualTo(first.failedByKind());
        }
    }

    @Test
    void aModelTheProviderDoesNotServeIsRefusedWhenTheBatchOpensWithTheModelsItServes() {
        try (FakeService fake = FakeService.create()) {
            assertThatThrownBy(() -> Batch.open(fake.provider(), BatchOptions.builder(temporary.resolve("out"))
                    .model("flux-2-pro").build()))
                    .isInstanceOf(UnsupportedFeatureException.class)
                    .hasMessageContaining("no model 'flux-2-pro'")
                    .hasMessageContaining(fake.provider().info().defaultModel().id());
        }
    }

    private static BatchSummary run(FakeService fake, List<BatchItem> items, Path out) {
        try (Batch batch = Batch.open(fake.provider(), BatchOptions.builder(out).build())) {
            return batch.run(items, BatchListener.NONE);
        }
    }
}
