package dev.imgedit.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgedit.ImageEditProvider;
import dev.imgedit.batch.fixtures.FakeProviders;
import dev.imgedit.batch.fixtures.InFlightCounter;
import dev.imgedit.batch.fixtures.Pictures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchRunTest {
    @TempDir
    Path temporary;

    @Test
    void editsEveryImageOfAFolderAndSkipsThemOnTheNextRun() {
        Pictures.folder(temporary.resolve("photos"), 12);
        List<BatchItem> items = BatchItems.fromDirectory(temporary.resolve("photos"), null, "make it snow");
        Path out = temporary.resolve("out");
        InFlightCounter provider = new InFlightCounter(FakeProviders.queueing(temporary.resolve("jobs"), 2));
        BatchSummary first;
        try (Batch batch = Batch.open(provider, BatchOptions.builder(out).concurrency(3).build())) {
            first = batch.run(items, BatchListener.NONE);
        }
        assertThat(first.done()).isEqualTo(12);
        assertThat(first.allDone()).isTrue();
        assertThat(provider.most()).isLessThanOrEqualTo(3);
        assertThat(Files.exists(out.resolve("shots/photo-004.png"))).isTrue();
        assertThat(Files.exists(out.resolve("index.html"))).isTrue();

        BatchSummary second;
        try (Batch batch = Batch.open(provider, BatchOptions.builder(out).concurrency(3).build())) {
            second = batch.run(items, BatchListener.NONE);
        }
        assertThat(second.skipped()).isEqualTo(12);
        assertThat(provider.submits()).isEqualTo(12);
    }

    @Test
    void theGalleryNeverReplacesAPageTheBatchDidNotWrite() throws Exception {
        Pictures.folder(temporary.resolve("photos"), 2);
        List<BatchItem> items = BatchItems.fromDirectory(temporary.resolve("photos"), null, "make it snow");
        Path out = Files.createDirectories(temporary.resolve("out"));
        Files.writeString(out.resolve("index.html"), "<h1>mine</h1>\n");
        ImageEditProvider provider = FakeProviders.queueing(temporary.resolve("jobs"), 0);

        for (int run = 1; run <= 2; run++) {
            BatchSummary summary;
            try (Batch batch = Batch.open(provider, BatchOptions.builder(out).build())) {
                summary = batch.run(items, BatchListener.NONE);
            }
            assertThat(summary.gallery()).as("run " + run + ": this batch's own page is rewritten in place")
                    .isEqualTo(out.resolve("index-2.html"));
            assertThat(summary.warnings()).containsExactly("index.html in the output folder is not a page this "
                    + "batch wrote, so it is left as it was: the gallery is index-2.html");
        }
        assertThat(out.resolve("index.html")).hasContent("<h1>mine</h1>");
        assertThat(out.resolve("index-2.html")).content().contains("data-state=\"DONE\"");
        assertThat(out.resolve("index-3.html")).doesNotExist();
    }
}
