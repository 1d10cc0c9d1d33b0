package dev.imgedit.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgedit.ImageEditProvider;
import dev.imgedit.batch.fixtures.ModelsLabFixture;
import dev.imgedit.batch.fixtures.Pictures;
import dev.imgedit.batch.fixtures.Provenances;
import dev.imgedit.modelslab.testserver.JobScript;
import dev.imgedit.modelslab.testserver.ModelsLabTestServer;
import dev.imgedit.modelslab.testserver.Output;
import dev.imgedit.testkit.http.Reply;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch where some items are refused by moderation, some jobs fail at the service and one input is not an image:
 * each is reported by its kind, the rest are done, the gallery marks the failures, a rerun pays for none of them
 * again, and the API key is nowhere in the output folder.
 */
class MixedFailuresTest {
    private static final String MODERATION = "{\"status\":\"error\",\"message\":\"The prompt was flagged by our "
            + "safety moderation\"}";

    @TempDir
    Path temporary;

    @Test
    void failuresAreReportedByKindAndOnlyTheRestIsDone() throws Exception {
        Path photos = temporary.resolve("photos");
        Path out = temporary.resolve("out");
        Pictures.folder(photos, 11);
        Files.writeString(photos.resolve("notes.png"), "these are notes, not a picture");
        try (ModelsLabTestServer server = ModelsLabTestServer.start()) {
            server.defaultScript(JobScript.processingWithFutureLinksOnly(1).withOutput(Output.jpeg()));
            server.enqueue(JobScript.rejected(Reply.json(MODERATION)), JobScript.failedAfterProcessing(1),
                    JobScript.rejected(Reply.json(MODERATION)), JobScript.failedAfterProcessing(2),
                    JobScript.failedAfterProcessing(1));
            List<BatchItem> items = BatchItems.fromDirectory(photos, null, "on a plain white background");

            BatchSummary summary = run(server, items, out);

            assertThat(summary.failedByKind()).containsExactlyInAnyOrderEntriesOf(Map.of("CONTENT_REJECTED", 2,
                    "JOB_FAILED", 3, "INVALID_REQUEST", 1));
            assertThat(summary.done()).isEqualTo(6);
            assertThat(summary.allDone()).isFalse();
            assertThat(server.submitCount()).as("the file that is not an image is never sent").isEqualTo(11);
            ItemReport notes = summary.items().stream().filter(item -> item.input().equals("notes.png"))
                    .findFirst().orElseThrow();
            assertThat(notes.failure().message()).contains("is not a PNG, JPEG or WebP image");
            summary.items().stream().filter(item -> item.state() == ItemState.DONE).forEach(item -> {
                assertThat(item.outputs()).singleElement().satisfies(output -> {
                    assertThat(output.getFileName().toString()).endsWith(".jpg");
                    assertThat(Provenances.of(output).path("job_id").asText()).isEqualTo(item.jobId());
                });
            });
            String gallery = Files.readString(out.resolve("index.html"));
            assertThat(gallery.split("data-state=\"FAILED\"", -1)).hasSize(7);
            assertThat(gallery).contains("<span class=\"kind\">CONTENT_REJECTED</span>")
                    .contains("<span class=\"kind\">JOB_FAILED</span>")
                    .contains("<span class=\"kind\">INVALID_REQUEST</span>");

            BatchSummary rerun = run(server, items, out);

            assertThat(server.submitCount()).as("a rerun pays for no failure again").isEqualTo(11);
            assertThat(rerun.skipped()).isEqualTo(6);
            assertThat(rerun.failedByKind()).isEqualTo(summary.failedByKind());
            assertThat(rerun.items()).filteredOn(item -> item.failure() != null && item.earlierRun())
                    .as("the service's refusals are reported from the journal; the input is read again")
                    .hasSize(5);
            assertNoFileHolds(out, server.apiKey());
        }
    }

    @Test
    void aUrlsUserInfoAndQueryGoToTheProviderButAreNeverShownNorStored() throws Exception {
        Path out = temporary.resolve("out");
        try (ModelsLabTestServer server = ModelsLabTestServer.start()) {
            server.defaultScript(JobScript.processingWithFutureLinksOnly(1).withOutput(Output.jpeg()));
            String signed = "http://user:pw@127.0.0.1:" + server.baseUrl().getPort() + "/inputs/a.png?sig=SECRET";
            Path manifest = Files.writeString(temporary.resolve("m.csv"), "image,prompt\n" + signed + ",night\n");
            List<BatchItem> items = BatchItems.fromManifest(manifest);

            BatchSummary summary = run(server, items, out);

            assertThat(server.json(server.submits().get(0)).path("init_image").asText()).isEqualTo(signed);
            String shown = "http://127.0.0.1:" + server.baseUrl().getPort() + "/inputs/a.png?...";
            assertThat(summary.items()).singleElement().satisfies(item -> {
                assertThat(item.input()).isEqualTo(shown);
                assertThat(item.state()).isEqualTo(ItemState.DONE);
            });
            try (JobJournal journal = JobJournal.open(out.resolve(".imgedit/journal.db"))) {
                assertThat(journal.jobs(JobQuery.recent(10))).singleElement().satisfies(job -> {
                    assertThat(job.request().input()).isEqualTo(shown);
                    assertThat(job.request().inputLocation()).isEqualTo(shown);
                });
            }
            assertNoFileHolds(out, "SECRET");
            assertNoFileHolds(out, "user:pw");

            BatchSummary rerun = run(server, items, out);

            assertThat(rerun.skipped()).as("the item is known by its manifest row").isEqualTo(1);
            assertThat(server.submitCount()).isEqualTo(1);
        }
    }

    private static BatchSummary run(ModelsLabTestServer server, List<BatchItem> items, Path out) {
        try (ImageEditProvider provider = ModelsLabFixture.open(server);
                Batch batch = Batch.open(provider, BatchOptions.builder(out).concurrency(3).build())) {
            return batch.run(items, BatchListener.NONE);
        }
    }

    private static void assertNoFileHolds(Path out, String key) throws Exception {
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertThat(bytes).as(file.toString()).doesNotContain(key);
            }
        }
    }
}
