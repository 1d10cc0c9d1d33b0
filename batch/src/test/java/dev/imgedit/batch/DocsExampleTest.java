package dev.imgedit.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgedit.ImageEditProvider;
import dev.imgedit.batch.fixtures.Pictures;
import dev.imgedit.fake.FakeProviderFactory;
import dev.imgedit.spi.ImageEditProviderFactory;
import dev.imgedit.spi.ProviderConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java example of docs/batch.md, as written there, run against the offline provider. */
class DocsExampleTest {
    private static final Path DOC = Path.of(System.getProperty("imgedit.docs"), "batch.md");
    private static final Path SOURCE = Path.of("src/test/java/dev/imgedit/batch/DocsExampleTest.java");

    @TempDir
    Path temporary;

    @Test
    void theExampleEditsAFolderAndItsTextIsTheDocsText() throws Exception {
        Pictures.folder(temporary.resolve("photos"), 3);
        Path photos = temporary.resolve("photos");
        Path white = temporary.resolve("white");
        ImageEditProviderFactory factory = new FakeProviderFactory();
        ProviderConfig config = ProviderConfig.of(Map.of("IMGEDIT_FAKE_JOB_DIRECTORY", "memory"));

        // docs/batch.md example: begin
        List<BatchItem> items = BatchItems.fromDirectory(photos, "*.png", "on a plain white background");
        BatchOptions options = BatchOptions.builder(white).concurrency(4).build();
        try (ImageEditProvider provider = factory.create(config);
                Batch batch = Batch.open(provider, options)) {     // takes the lock: one process per batch
            BatchSummary summary = batch.run(items, new BatchListener() {
                @Override
                public void onItemFinished(ItemReport item, BatchProgress progress) {
                    System.out.printf("%d/%d %s: %s%n", progress.finished(), progress.total(), item.input(),
                            item.failure() == null ? item.state() : item.failure().kind());
                }
            });
            System.out.printf("%d done, %d skipped, failed %s, gallery %s%n", summary.done(), summary.skipped(),
                    summary.failedByKind(), summary.gallery());
            for (ItemReport lost : summary.outcomeUnknown()) {      // may have been paid: look before resubmitting
                System.out.println(lost.input() + " was sent with track id " + lost.trackId());
            }
        }
        // docs/batch.md example: end

        assertThat(Files.list(white).filter(file -> file.toString().endsWith(".png")).count()).isEqualTo(3);
        assertThat(white.resolve("index.html")).exists();
        assertThat(Files.readString(DOC)).as("docs/batch.md shows the example as it is here").contains(example());
    }

    /** The lines between the markers, indented as the docs show them. */
    private static String example() throws Exception {
        List<String> lines = Files.readAllLines(SOURCE);
        int begin = lines.indexOf("        // docs/batch.md example: begin");
        int end = lines.indexOf("        // docs/batch.md example: end");
        return lines.subList(begin + 1, end).stream().map(line -> line.length() > 8 ? line.substring(8) : "")
                .collect(Collectors.joining("\n"));
    }
}
