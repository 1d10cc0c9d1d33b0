package dev.imgedit.batch;

import static org.assertj.core.api.Assertions.assertThat;

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
}
