package dev.imgedit.cli.internal.batch;

import dev.imgedit.ImageEditProvider;
import dev.imgedit.ModelInfo;
import dev.imgedit.batch.Batch;
import dev.imgedit.batch.BatchItem;
import dev.imgedit.batch.BatchOptions;
import dev.imgedit.batch.BatchSummary;
import dev.imgedit.cli.internal.CommandContext;
import dev.imgedit.cli.internal.FailureReport;
import dev.imgedit.cli.internal.RootCommand;
import dev.imgedit.cli.internal.input.PreparationOptions;
import dev.imgedit.cli.internal.jobs.UserJournal;
import dev.imgedit.cli.internal.output.TemporaryFiles;
import dev.imgedit.cli.internal.session.ProviderOptions;
import dev.imgedit.cli.internal.session.ProviderSession;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code imgedit batch}: edit a folder of images with one prompt, or the rows of a manifest, resumably. */
@Command(
        name = "batch",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Edit many images: a folder's with one prompt, or each row of a manifest.",
            "--dir with --prompt edits every image of a folder; --manifest edits each row of a CSV or JSON Lines "
                    + "file. Outputs go under --out with the inputs' names, beside a before/after gallery "
                    + "(index.html). At most the model's limit of jobs run at once, and every job is journaled in "
                    + "OUT/.imgedit/: run the same command again after a failure, a crash or Ctrl-C and it goes on "
                    + "where it stopped, never paying for an item twice.",
            "Exits 0 when every item is done, 10 when some are not (see docs/cli.md)."
        })
public final class BatchCommand implements Callable<Integer> {
    private final CommandContext context;

    @ParentCommand
    private RootCommand root;

    @Mixin
    private BatchFlags items;

    @Mixin
    private ProviderOptions providerOptions;

    @Mixin
    private PreparationOptions preparation;

    @Option(names = "--model", paramLabel = "ID", description = "The model every item runs on. Default: the "
            + "provider's default model.")
    private @Nullable String model;

    @Option(names = "--resubmit-unknown",
            description = "Submit again the items whose submit's answer was lost (they may be paid twice).")
    private boolean resubmitUnknown;

    @Option(names = "--retry-failed",
            description = "Submit again the items that failed in an earlier run (refused, or failed at the "
                    + "provider). Without it, only failures that cost nothing are retried.")
    private boolean retryFailed;

    @Option(names = "--no-gallery", description = "Do not write OUT/index.html.")
    private boolean noGallery;

    @Option(names = "--json", description = "Print the summary as one JSON object on standard output.")
    private boolean json;

    public BatchCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        root.applyLogging();
        try {
            return run();
        } catch (RuntimeException | LinkageError e) {
            return FailureReport.failedCommand(context, e, json, root.debug());
        }
    }

    private int run() {
        // Everything that can be checked locally is checked before a provider is opened or paid.
        BatchFlags.Checked flags = items.check(context);
        List<BatchItem> listed = flags.items();
        try (ProviderSession session = ProviderSession.open(context, providerOptions.provider(),
                providerOptions.apiKey(context), new TemporaryFiles())) {
            ImageEditProvider opened = session.provider();
            ModelInfo chosen = session.chooseModel(model, context);
            // Said now, while it can still be acted on, and again with the summary.
            List<String> warnings = flags.warnings(chosen);
            warnings.forEach(context::warning);
            BatchOptions options = BatchOptions.builder(flags.outputDirectory())
                    .model(model)
                    .concurrency(flags.concurrency())
                    .itemTimeout(flags.itemTimeout())
                    .resubmitUnknown(resubmitUnknown)
                    .retryFailed(retryFailed)
                    .gallery(!noGallery)
                    .preparation(preparation.policy())
                    .build();
            try (Batch batch = Batch.open(opened, options)) {
                UserJournal.remember(context, batch.record());
                BatchProgressView view = new BatchProgressView(context);
                BatchSummary summary = BatchInterruption.runGuarded(context, batch, listed, view);
                if (summary == null) {
                    return 130;
                }
                return new BatchReport(context, session.providerId(), chosen.id(), warnings).print(summary, json);
            }
        }
    }
}
