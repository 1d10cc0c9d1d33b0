package dev.imgedit.cli.internal.batch;

import dev.imgedit.AspectRatio;
import dev.imgedit.ModelInfo;
import dev.imgedit.batch.BatchItem;
import dev.imgedit.batch.BatchItems;
import dev.imgedit.batch.BatchOptions;
import dev.imgedit.cli.internal.CliException;
import dev.imgedit.cli.internal.CommandContext;
import dev.imgedit.cli.internal.CommandValues;
import dev.imgedit.util.Durations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The flags of {@code imgedit batch} that say which items there are and how each is edited, checked together before
 * any provider is opened. Every mistake is one line naming the flag and the fix.
 */
public final class BatchFlags {
    @Option(names = "--dir", paramLabel = "DIR",
            description = "Edit every PNG, JPEG and WebP image under DIR (sub-folders too, hidden ones left out).")
    private @Nullable String directory;

    @Option(names = "--glob", paramLabel = "PATTERN",
            description = "With --dir: only the files matching PATTERN, such as '*.jpg' (file names) or "
                    + "'2024/**.png' (paths under DIR).")
    private @Nullable String glob;

    @Option(names = {"-p", "--prompt"}, paramLabel = "TEXT", description = "With --dir: what to change, in words.")
    private @Nullable String prompt;

    @Option(names = "--manifest", paramLabel = "FILE",
            description = "A CSV file with a header (image,prompt[,aspect_ratio,seed,output,option.NAME...]) or a "
                    + "JSON Lines file: one item per row (see docs/batch.md).")
    private @Nullable String manifest;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Where outputs go, named after the inputs (sub-folders kept); created when missing.")
    private String out = "";

    @Option(names = "--concurrency", paramLabel = "K",
            description = "At most K jobs submitted and unfinished at once. Default: the model's own limit.")
    private @Nullable String concurrency;

    @Option(names = "--aspect-ratio", paramLabel = "RATIO",
            description = "The outputs' aspect ratio (a manifest row's own wins): 21:9, 16:9, 4:3, 3:2, 1:1, 2:3, "
                    + "3:4, 9:16 or 9:21.")
    private @Nullable String aspectRatio;

    @Option(names = "--seed", paramLabel = "N", description = "A seed for every item (a manifest row's own wins).")
    private @Nullable String seed;

    @Option(names = {"-O", "--option"}, paramLabel = "KEY=VALUE",
            description = "A model's own option for every item (a manifest row's own wins); repeatable.")
    private List<String> providerOptions = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "DURATION",
            description = "How long each job is awaited, like 10m (default: 30m); one still running then is "
                    + "reported, and the next run goes on waiting for it.")
    private @Nullable String timeout;

    /** What the flags say, checked: the values the run uses. */
    Checked check(CommandContext context) {
        checkSource();
        if (out.isBlank()) {
            throw CliException.invalid("--out is empty: give the folder the outputs go to");
        }
        Path outputDirectory = context.resolve(out);
        if (Files.exists(outputDirectory) && !Files.isDirectory(outputDirectory)) {
            throw CliException.invalid("--out '" + out + "' is a file, not a folder: give a folder (it is created "
                    + "when missing)");
        }
        if (directory != null && outputDirectory.equals(context.resolve(directory))) {
            throw CliException.invalid("--out is the --dir folder itself, so outputs would mix with their inputs: "
                    + "give another folder, such as " + directory.replaceAll("/+$", "") + "/edited");
        }
        return new Checked(context, outputDirectory, concurrency(concurrency), CommandValues.aspectRatio(aspectRatio),
                CommandValues.seed(seed), CommandValues.providerOptions(providerOptions),
                timeout == null ? BatchOptions.DEFAULT_ITEM_TIMEOUT : Durations.parse("--timeout", timeout));
    }

    private void checkSource() {
        if (directory == null && manifest == null) {
            throw CliException.invalid("say what to edit: --dir DIR with --prompt TEXT, or --manifest FILE");
        }
        if (directory != null && manifest != null) {
            throw CliException.invalid("--dir and --manifest both name the items: give one of them");
        }
        if (manifest != null && prompt != null) {
            throw CliException.invalid("--prompt goes with --dir: a manifest gives each row's prompt in its "
                    + "prompt column");
        }
        if (manifest != null && glob != null) {
            throw CliException.invalid("--glob goes with --dir: list the images you want in the manifest instead");
        }
        if (directory != null && prompt == null) {
            throw CliException.invalid("--dir needs --prompt: say what to change in every image, such as "
                    + "--prompt 'on a plain white background'");
        }
    }

    /** The flags' values, checked, and the items they name. */
    final class Checked {
        private final CommandContext context;
        private final Path outputDirectory;
        private final int concurrency;
        private final @Nullable AspectRatio aspectRatio;
        private final @Nullable Long seed;
        private final Map<String, String> providerOptions;
        private final Duration itemTimeout;

        private Checked(CommandContext context, Path outputDirectory, int concurrency,
                @Nullable AspectRatio aspectRatio, @Nullable Long seed, Map<String, String> providerOptions,
                Duration itemTimeout) {
            this.context = context;
            this.outputDirectory = outputDirectory;
            this.concurrency = concurrency;
            this.aspectRatio = aspectRatio;
            this.seed = seed;
            this.providerOptions = providerOptions;
            this.itemTimeout = itemTimeout;
        }

        /** The items, the flags' ratio, seed and options filling in what a manifest row leaves out. */
        List<BatchItem> items() {
            List<BatchItem> listed;
            if (manifest != null) {
                listed = BatchItems.fromManifest(context.resolve(manifest));
            } else {
                String text = Objects.requireNonNull(prompt);
                BatchItems.checkPrompt(text);
                Path folder = context.resolve(Objects.requireNonNull(directory));
                listed = BatchItems.fromDirectory(folder, glob, text, outputDirectory);
                String shownFolder = directory.replaceAll("/+$", "");
                for (String skipped : BatchItems.earlierOutputFolders(folder, glob, outputDirectory)) {
                    context.notice("skipped " + shownFolder + "/" + skipped + ": an earlier batch's output; name it "
                            + "with --glob to include it, such as --glob '" + skipped + "/**.png'");
                }
                if (listed.isEmpty()) {
                    throw CliException.invalid("no PNG, JPEG or WebP image in '" + directory + "'"
                            + (glob == null ? "" : " matches --glob '" + glob + "'") + ": check the folder"
                            + (glob == null ? "" : " and the pattern"));
                }
            }
            return listed.stream().map(this::withDefaults).toList();
        }

        private BatchItem withDefaults(BatchItem item) {
            Map<String, String> options = new LinkedHashMap<>(providerOptions);
            options.putAll(item.providerOptions());
            return new BatchItem(item.input(), item.prompt(),
                    item.aspectRatio() != null ? item.aspectRatio() : aspectRatio,
                    item.seed() != null ? item.seed() : seed, item.outputName(), options);
        }

        Path outputDirectory() {
            return outputDirectory;
        }

        /** {@code --concurrency}, or 0 for the model's own limit. */
        int concurrency() {
            return concurrency;
        }

        Duration itemTimeout() {
            return itemTimeout;
        }

        /**
         * What the flags ask that the model may not give, one line each: more jobs at once than it allows an account
         * are refused by the service, not queued by it.
         */
        List<String> warnings(ModelInfo model) {
            if (concurrency > model.maxJobsInFlight()) {
                return List.of("--concurrency " + concurrency + " is more than the " + model.maxJobsInFlight()
                        + " jobs model " + model.id() + " takes at once: the service may rate-limit the extra "
                        + "submits");
            }
            return List.of();
        }
    }

    /** {@code --concurrency}, or 0 for the model's own limit. */
    private static int concurrency(@Nullable String text) {
        return text == null ? 0 : CommandValues.atLeastOne("--concurrency", text,
                "--concurrency 4, or leave it out for the model's own limit");
    }
}
