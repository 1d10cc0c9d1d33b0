package dev.imgedit.cli.internal.edit;

import dev.imgedit.ImageEditProvider;
import dev.imgedit.ImageType;
import dev.imgedit.cli.internal.CliException;
import dev.imgedit.cli.internal.CommandContext;
import dev.imgedit.cli.internal.output.OutputPlan;
import dev.imgedit.cli.internal.session.ProviderOptions;
import dev.imgedit.util.Durations;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options {@code edit} and {@code fetch} share: which provider, where the output goes, how long to wait. */
public final class JobOptions {

    @Mixin
    private ProviderOptions providerOptions = new ProviderOptions();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write the edited image (more images: FILE-2, FILE-3, ...); '-' writes it to "
                    + "standard output. Default: next to the input as NAME.edited.EXT, EXT the image's real format "
                    + "('fetch': JOB_ID.edited.EXT in the current directory).")
    private @Nullable String output;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "The output's format: png, jpeg or webp. Default: the -o file's extension, else what the "
                    + "provider delivers. The model is asked for it where it can be, else the image is converted.")
    private @Nullable String format;

    @Option(names = "--output-dir", paramLabel = "DIR",
            description = "Where outputs named after the input go, instead of next to the input ('fetch': the "
                    + "current directory). -o wins over it.")
    private @Nullable String outputDirectory;

    @Option(names = "--timeout", paramLabel = "DURATION",
            description = "How long to wait for the result, like 90s, 5m or PT5M (default: 5m). The job goes on "
                    + "after it runs out; 'imgedit fetch' finishes it.")
    private @Nullable String timeout;

    @Option(names = "--json", description = "Print one JSON object on standard output instead of the paths.")
    private boolean json;

    @Option(names = "--force", description = "Overwrite an existing output file.")
    private boolean force;


    public @Nullable String provider() {
        return providerOptions.provider();
    }

    /** The {@code --api-key-file} path as given (never the key). */
    public @Nullable String apiKeyFile() {
        return providerOptions.apiKeyFile();
    }

    public @Nullable String output() {
        return output;
    }

    public boolean json() {
        return json;
    }

    /** @throws dev.imgedit.exception.InvalidRequestException when {@code --timeout} is not a positive duration */
    public Duration timeout() {
        return timeout == null ? ImageEditProvider.DEFAULT_TIMEOUT : Durations.parse("--timeout", timeout);
    }

    /** The key from {@code --api-key-file}, or null when the environment is to supply it. */
    public @Nullable String apiKey(CommandContext context) {
        return providerOptions.apiKey(context);
    }

    public OutputPlan outputPlan(CommandContext context, Path defaultDirectory, String baseName, @Nullable Path input) {
        return outputPlan(context, defaultDirectory, baseName, input, null);
    }

    /**
     * @param planned the file to write when neither {@code -o} nor {@code --output-dir} says where (the path the
     *     journal recorded for a job's edit), or null to name the output after {@code baseName}
     */
    public OutputPlan outputPlan(CommandContext context, Path defaultDirectory, String baseName, @Nullable Path input,
            @Nullable Path planned) {
        if (output != null && output.isBlank()) {
            throw CliException.invalid("--output is empty: give a file name");
        }
        boolean standardOutput = output != null && output.strip().equals("-");
        if (standardOutput && json) {
            throw CliException.invalid("-o - writes the image to standard output, where --json would write its "
                    + "object too: drop one of them");
        }
        Path explicit = output == null || standardOutput ? null : context.resolve(output);
        if (explicit == null && !standardOutput && outputDirectory == null) {
            explicit = planned;
        }
        Path directory = outputDirectory == null ? defaultDirectory : context.resolve(outputDirectory);
        return new OutputPlan(explicit, directory, baseName, input, force, format(explicit), standardOutput);
    }

    /** {@code --format}, else the {@code -o} file's extension; they must agree when both are given. */
    private @Nullable ImageType format(@Nullable Path explicit) {
        ImageType named = explicit == null ? null
                : ImageType.fromFileName(String.valueOf(explicit.getFileName())).orElse(null);
        if (format == null) {
            return named;
        }
        ImageType asked = ImageType.fromName(format).orElseThrow(() -> CliException.invalid("--format '" + format
                + "' is not a format imgedit writes: give png, jpeg or webp"));
        if (named != null && named != asked) {
            throw CliException.invalid("--format " + format + " and the output name '" + output + "' disagree: "
                    + "name the file ." + asked.extension() + " or drop --format");
        }
        return asked;
    }

    public ResumeCommand resumeCommand(String jobId, String providerId, @Nullable String outputShown) {
        return new ResumeCommand(jobId, providerId, outputShown, format, providerOptions.apiKeyFile(), null);
    }
}
