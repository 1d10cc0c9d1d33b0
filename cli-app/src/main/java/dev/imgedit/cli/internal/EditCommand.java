package dev.imgedit.cli.internal;

import dev.imgedit.AspectRatio;
import dev.imgedit.Capability;
import dev.imgedit.EditJob;
import dev.imgedit.EditRequest;
import dev.imgedit.ImageType;
import dev.imgedit.ModelInfo;
import dev.imgedit.ProviderInfo;
import dev.imgedit.exception.UnsupportedFeatureException;
import dev.imgedit.imaging.ImageConversion;
import dev.imgedit.imaging.PreparationPolicy;
import dev.imgedit.util.Durations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    @Option(names = "--keep-metadata",
            description = "Send the input's metadata (EXIF, GPS, comments) as it is. Default: strip it first.")
    private boolean keepMetadata;

    @Option(names = "--no-resize",
            description = "Refuse an input over the model's size limits instead of scaling it down to fit.")
    private boolean noResize;

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
        // Everything that can be checked locally is checked before a provider is opened or paid.
        Duration timeout = jobOptions.timeout();
        List<ImageSource> sources = InputImages.resolve(images, prompt.equals("-"), context);
        ImageSource first = sources.get(0);
        EditRequest.Builder draft = EditRequest.builder(first.input(), readPrompt())
                .model(model)
                .aspectRatio(aspectRatio == null ? null : AspectRatio.parse(aspectRatio))
                .seed(parseSeed(seed))
                .providerOptions(parseProviderOptions(providerOptions));
        sources.subList(1, sources.size()).forEach(reference -> draft.reference(reference.input()));
        OutputPlan plan = jobOptions.outputPlan(context, first.outputDirectory(), first.baseName(), first.file());

        try (ProviderSession session = run.openProvider(plan)) {
            ModelInfo chosen = chooseModel(session.info(), session.providerId());
            InputReadying.ready(draft, chosen, new PreparationPolicy(keepMetadata, !noResize), context);
            EditRequest request = session.info().check(askForTheFormat(draft, chosen, plan).build()).request();
            boolean resumable = chosen.supports(Capability.RESUME_IN_NEW_PROCESS);
            if (noWait && !resumable) {
                throw CliException.invalid("provider '" + session.providerId() + "' cannot resume a job of model "
                        + chosen.id() + " in a new process, so --no-wait would lose the result: leave --no-wait out");
            }
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

    /** The model {@code --model} names, or the default; a model the provider does not list is worth a notice. */
    private ModelInfo chooseModel(ProviderInfo info, String providerId) {
        ModelInfo chosen = info.model(model);
        if (info.isUnlisted(model)) {
            context.notice("model '" + model + "' is not one provider '" + providerId + "' lists: it is sent as "
                    + "given, assuming the limits of its default model " + info.defaultModel().id());
        }
        return chosen;
    }

    /**
     * A model that can be asked for the output's format is asked; otherwise the result is converted when written,
     * which must be possible before anything is paid for.
     */
    private static EditRequest.Builder askForTheFormat(EditRequest.Builder draft, ModelInfo chosen, OutputPlan plan) {
        ImageType format = plan.format();
        if (format == null) {
            return draft;
        }
        if (chosen.outputFormats().contains(format)) {
            return draft.outputFormat(format);
        }
        if (!ImageConversion.canWrite(format)) {
            throw new UnsupportedFeatureException("model " + chosen.id() + " cannot be asked for "
                    + format.displayName() + " and imgedit cannot convert to it: choose png or jpeg");
        }
        return draft;
    }

    /** Parsed here rather than by picocli, whose message for a missing '=' names the option twice. */
    private static Map<String, String> parseProviderOptions(List<String> texts) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String text : texts) {
            int equals = text.indexOf('=');
            if (equals <= 0 || text.substring(0, equals).isBlank()) {
                throw CliException.invalid("--option '" + text + "' is not KEY=VALUE: write it like "
                        + "--option quality=high");
            }
            options.put(text.substring(0, equals).strip(), text.substring(equals + 1));
        }
        return options;
    }

    /** Parsed here rather than by picocli, whose message would call the number "a long". */
    private static @Nullable Long parseSeed(@Nullable String text) {
        if (text == null) {
            return null;
        }
        BigInteger value;
        try {
            value = new BigInteger(text.strip());
        } catch (NumberFormatException e) {
            throw CliException.invalid("--seed '" + text + "' is not a whole number: give 0 or more, such as "
                    + "--seed 42");
        }
        if (value.signum() < 0) {
            throw CliException.invalid("--seed must be zero or positive, got " + value + ": give 0 or more, such "
                    + "as --seed 42");
        }
        if (value.bitLength() > 63) {
            throw CliException.invalid("--seed " + value + " is too large: give a whole number from 0 to "
                    + Long.MAX_VALUE);
        }
        return value.longValue();
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
