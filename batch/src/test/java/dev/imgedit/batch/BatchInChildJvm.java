package dev.imgedit.batch;

import dev.imgedit.ImageEditProvider;
import dev.imgedit.modelslab.ModelsLabProviderFactory;
import dev.imgedit.spi.ProviderConfig;
import java.nio.file.Path;
import java.util.Map;

/**
 * A batch run in a JVM of its own, for the tests that kill it: edits the images of {@code args[0]} into
 * {@code args[1]} with the prompt "make it snow", through the ModelsLab provider configured by the environment;
 * {@code args[2]} {@code true} resubmits items whose outcome is unknown; {@code args[3]}, when given, is how many jobs
 * may be in flight (default 5). Prints "done N skipped N failed
 * N unknown N unfinished N", then why it stopped early and its warnings if any, and exits 0; when the batch cannot
 * be opened, prints why on standard error and exits 3 (locked) or 4.
 */
final class BatchInChildJvm {
    private BatchInChildJvm() {}

    public static void main(String[] args) {
        Path photos = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int concurrency = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        BatchOptions options = BatchOptions.builder(out).concurrency(concurrency)
                .resubmitUnknown(Boolean.parseBoolean(args[2])).build();
        try (ImageEditProvider provider = new ModelsLabProviderFactory().create(ProviderConfig.fromEnvironment(
                Map.of()));
                Batch batch = Batch.open(provider, options)) {
            BatchSummary summary = batch.run(BatchItems.fromDirectory(photos, null, "make it snow"),
                    BatchListener.NONE);
            System.out.println("done " + summary.done() + " skipped " + summary.skipped() + " failed "
                    + summary.failed() + " unknown " + summary.outcomeUnknown().size() + " unfinished "
                    + summary.unfinished());
            if (summary.stoppedBecause() != null) {
                System.out.println("stopped: " + summary.stoppedBecause());
            }
            summary.warnings().forEach(warning -> System.out.println("warning: " + warning));
        } catch (BatchStorageException e) {
            System.err.println(e.getMessage());
            System.exit(e.problem() == BatchStorageException.Problem.LOCKED ? 3 : 4);
        }
    }
}
