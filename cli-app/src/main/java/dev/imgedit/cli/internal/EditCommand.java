package dev.imgedit.cli.internal;

import dev.imgedit.AspectRatio;
import dev.imgedit.EditJob;
import dev.imgedit.EditRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
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

    @Option(names = {"-i", "--image"}, required = true, paramLabel = "FILE|URL",
            description = "The image to edit: a local PNG, JPEG or WebP file, or an http(s) URL.")
    private String image;

    @Option(names = {"-p", "--prompt"}, required = true, paramLabel = "TEXT",
            description = "What to change, in words. '-' reads the prompt from standard input.")
    private String prompt;

    @Option(names = "--aspect-ratio", paramLabel = "RATIO",
            description = "The output's aspect ratio: 21:9, 16:9, 4:3, 3:2, 1:1, 2:3, 3:4, 9:16 or 9:21.")
    private @Nullable String aspectRatio;

    @Option(names = "--seed", paramLabel = "N", description = "A seed (0 or more) for a repeatable result.")
    private @Nullable String seed;

    @Mixin
    private JobOptions jobOptions;

    @Option(names = "--no-wait",
            description = "Submit, print the job id and exit; 'imgedit fetch JOB_ID' gets the result later.")
    private boolean noWait;

    @Option(names = {"-O", "--option"}, paramLabel = "KEY=VALUE",
            description = "A provider-specific setting, passed on as it is (repeatable).")
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
        ImageSource source = ImageSource.resolve(image, context);
        EditRequest request = EditRequest.builder(source.input(), readPrompt())
                .aspectRatio(aspectRatio == null ? null : AspectRatio.parse(aspectRatio))
                .seed(parseSeed(seed))
                .providerOptions(parseProviderOptions(providerOptions))
                .build();
        OutputPlan plan = jobOptions.outputPlan(context, source.outputDirectory(), source.baseName(), source.file());

        try (ProviderSession session = run.openProvider(plan)) {
            run.submitting();
            EditJob submitted = session.provider().submit(request);
            String output = jobOptions.output();
            run.accepted(submitted, session,
                    output != null ? output : context.display(plan.pathFor(0, OutputPlan.EXPECTED_TYPE)));
            if (noWait) {
                return run.reportSubmitted();
            }
            context.notice("job " + submitted.id() + " submitted, waiting for the result (up to "
                    + Durations.format(timeout) + ")");
            return run.awaitAndReport(session, submitted, timeout, plan);
        }
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
        long value;
        try {
            value = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw CliException.invalid("--seed '" + text + "' is not a whole number: give 0 or more, such as "
                    + "--seed 42");
        }
        if (value < 0) {
            throw CliException.invalid("--seed must be zero or positive, got " + value + ": give 0 or more, such "
                    + "as --seed 42");
        }
        return value;
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
