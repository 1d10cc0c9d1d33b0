package dev.imgedit.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgedit.EditJob;
import dev.imgedit.EditRequest;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.ImageInput;
import dev.imgedit.batch.fixtures.Pictures;
import dev.imgedit.fake.FakeProviderFactory;
import dev.imgedit.spi.ImageEditProviderFactory;
import dev.imgedit.spi.ProviderConfig;
import dev.imgedit.testkit.TestImages;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java examples of docs/batch.md, as written there, run against the offline provider and a journal of their own. */
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
        assertThat(Files.readString(DOC)).as("docs/batch.md shows the example as it is here")
                .contains(example("example"));
    }

    @Test
    void theJournalExampleFindsAPaidJobByEitherIdAndARetriedRequestByItsKey() throws Exception {
        Map<String, String> environment = Map.of("XDG_STATE_HOME", temporary.resolve("state").toString());
        EditRequest request = EditRequest.builder(ImageInput.bytes(TestImages.png(40, 30)), "make it snow").build();
        try (JobHistory setUp = JobHistory.open(JobHistory.defaultLocation(environment))) {
            JournaledEdit.begin(setUp.journal(), "modelslab", "flux-kontext-pro", request, "/photos/a.png", null,
                    "order-17").accepted("134711533");
        }
        PrintStream standardOutput = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));

        // docs/batch.md journal example: begin
        Path file = JobHistory.defaultLocation(environment);        // System.getenv() in an application
        try (JobHistory history = JobHistory.open(file)) {
            for (JobRecord job : history.jobs(JobQuery.recent(20).withState(ItemState.SUBMITTED))) {
                EditJob paid = job.editJob();                       // paid for and not collected yet
                System.out.println(job.id() + ": " + paid.providerId() + " job " + paid.id() + ", "
                        + job.request().input());
            }
            JobRecord byProviderId = history.findByJobId("134711533").get(0);
            JobRecord byJournalId = history.find(byProviderId.id());
            String key = JournaledEdit.requestKey("modelslab", "flux-kontext-pro", request, "order-17");
            JobRecord retried = history.latestWithKey(key);         // the same request, the same caller's key
            System.out.println(retried.id().equals(byJournalId.id()) ? "already submitted as " + retried.jobId()
                    : "new");
        }
        // docs/batch.md journal example: end
        System.setOut(standardOutput);

        List<String> printed = captured.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(printed).hasSize(2);
        assertThat(printed.get(0)).endsWith(": modelslab job 134711533, /photos/a.png");
        assertThat(printed.get(1)).isEqualTo("already submitted as 134711533");
        assertThat(Files.readString(DOC)).as("docs/batch.md shows the journal example as it is here")
                .contains(example("journal example"));
    }

    /** The lines between the markers, indented as the docs show them. */
    private static String example(String name) throws Exception {
        List<String> lines = Files.readAllLines(SOURCE);
        int begin = lines.indexOf("        // docs/batch.md " + name + ": begin");
        int end = lines.indexOf("        // docs/batch.md " + name + ": end");
        return lines.subList(begin + 1, end).stream().map(line -> line.length() > 8 ? line.substring(8) : "")
                .collect(Collectors.joining("\n"));
    }
}
