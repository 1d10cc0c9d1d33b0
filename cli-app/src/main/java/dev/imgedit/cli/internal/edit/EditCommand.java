package dev.imgedit.cli.internal.edit;

import dev.imgedit.Capability;
import dev.imgedit.EditJob;
import dev.imgedit.EditRequest;
import dev.imgedit.ImageInput;
import dev.imgedit.ImageType;
import dev.imgedit.ModelInfo;
import dev.imgedit.cli.internal.CliException;
import dev.imgedit.cli.internal.CommandContext;
import dev.imgedit.cli.internal.CommandValues;
import dev.imgedit.cli.internal.RootCommand;
import dev.imgedit.cli.internal.input.ImageSource;
import dev.imgedit.cli.internal.input.InputImages;
import dev.imgedit.cli.internal.input.InputReadying;
import dev.imgedit.cli.internal.input.PreparationOptions;
import dev.imgedit.cli.internal.output.OutputPlan;
import dev.imgedit.cli.internal.session.ProviderSession;
import dev.imgedit.imaging.ImageConversion;
import dev.imgedit.util.Durations;
import dev.imgedit.util.HttpUrls;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code imgedit edit}: submit an edit, wait for it and write the result. */
@Command(
        name = "edit",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Edit an image as the prompt says and write the result next to it (photo.png -> photo.edited.png).",
            "Prints the written path(s) on standard output; notices and errors go to standard error."
        })
public final class EditCommand implements Callable<Integer> {
    private final CommandContext context;

    @ParentCommand
    private RootCommand root;

    @Option(names = {"-i", "--image"}, required = true, paramLabel = "FILE|URL|-",
            description = {"The image to edit: a local PNG, JPEG or WebP file, an http(s) URL, or '-' for standard "
                    + "input. Repeat it to add reference images (a style, a face, an object), in the order the "
                    + "prompt refers to them; the model must take that many (see 'imgedit providers')."})
    private List<String> images = new ArrayList<>();

    @Option(names = {"-p", "--prompt"}, required = true, paramLabel = "TEXT",
            description = "What to change, in words. '-' reads the prompt from standard input.")
    private String prompt;

    @Option(names = "--model", paramLabel = "ID",
            description = "The model to run (see 'imgedit providers'). Default: the provider's default model.")
    private @Nullable String model;

    @Option(names = "--aspect-ratio", paramLabel = "RATIO",
            description = "The output's aspect ratio: 21:9, 16:9, 4:3, 3:2, 1:1, 2:3, 3:4, 9:16 or 9:21.")
    private @Nullable String aspectRatio;

    @Option(names = "--seed", paramLabel = "N", description = "A seed (0 or more) for a repeatable result.")
    private @Nullable String seed;

    @Mixin
    private JobOptions jobOptions;

    @Mixin
    private PreparationOptions preparation;

    @Option(names = "--no-wait",
            description = "Submit, print the job id and exit; 'imgedit fetch JOB_ID' gets the result later.")
    private boolean noWait;

    @Option(names = {"-O", "--option"}, paramLabel = "KEY=VALUE",
            description = "A model's own option (repeatable), checked against what the model takes: see "
                    + "'imgedit providers --json'.")
    private List<String> providerOptions = new ArrayList<>();

    public EditCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        return JobCommandRun.execute(context, root, jobOptions, this::edit);
    }

    private int edit(JobCommandRun run) {
        // Everything that can be checked locally is checked before anything is paid: the arguments first, the
        // output file last, so that one run tells the real problem.
        Duration timeout = jobOptions.timeout();
        List<ImageSource> sources = InputImages.resolve(images, prompt.equals("-"), context);
        ImageSource first = sources.get(0);
        EditRequest.Builder draft = EditRequest.builder(first.input(), readPrompt())
                .model(model)
                .aspectRatio(CommandValues.aspectRatio(aspectRatio))
                .seed(CommandValues.seed(seed))
                .providerOptions(CommandValues.providerOptions(providerOptions));
        sources.subList(1, sources.size()).forEach(reference -> draft.reference(reference.input()));
        OutputPlan plan = jobOptions.outputPlan(context, first.outputDirectory(), first.baseName(), first.file());

        try (ProviderSession session = run.openProvider()) {
            ModelInfo chosen = session.chooseModel(model, context);
            InputReadying.ready(draft, chosen, preparation.policy(), context);
            EditRequest request = session.info().check(askForTheFormat(draft, chosen, plan).build()).request();
            boolean resumable = chosen.supports(Capability.RESUME_IN_NEW_PROCESS);
            if (noWait && !resumable) {
                throw CliException.invalid("provider '" + session.providerId() + "' cannot resume a job of model "
                        + chosen.id() + " in a new process, so --no-wait would lose the result: leave --no-wait out");
            }
            run.checkOutput(plan);
            request = run.journaled(session.providerId(), chosen.id(), request, inputOf(first), plan);
            long started = System.nanoTime();
            EditJob submitted = session.provider().submit(request, timeout, run.submitListener());
            String output = jobOptions.output();
            run.accepted(submitted, session, output != null ? output : plan.shown(context), resumable);
            if (noWait) {
                return run.reportSubmitted();
            }
            Duration left = timeout.minusNanos(System.nanoTime() - started);
            left = left.isNegative() || left.isZero() ? Duration.ofMillis(1) : left;
            context.notice("job " + submitted.id() + " submitted, waiting for the result (up to "
                    + Durations.describe(left) + ")");
            return run.awaitAndReport(session, submitted, left, plan);
        }
    }

    /**
     * The input as the journal records it: a file's absolute path, a URL as messages show it (no user info, no
     * query: in a signed link they are credentials, and fetch needs only the job id), or {@code -} for standard input.
     */
    private static String inputOf(ImageSource source) {
        if (source.file() != null) {
            return source.file().toAbsolutePath().toString();
        }
        return source.input() instanceof ImageInput.Url url ? HttpUrls.shown(url.uri()) : "-";
    }

    /**
     * A model that can be asked for the output's format is asked; otherwise the result is converted when written,
     * which must be possible before anything is paid for.
     */
    private static EditRequest.Builder askForTheFormat(EditRequest.Builder draft, ModelInfo chosen, OutputPlan plan) {
        ImageType format = plan.format();
        return format == null ? draft : draft.outputFormat(ImageConversion.formatToAsk(chosen, format));
    }

    private String readPrompt() {
        if (!prompt.equals("-")) {
            return prompt;
        }
        try {
            return new String(context.in().readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the prompt from standard input", e);
        }
    }
}
