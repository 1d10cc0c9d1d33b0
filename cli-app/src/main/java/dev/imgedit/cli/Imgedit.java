package dev.imgedit.cli;

import dev.imgedit.cli.internal.CommandContext;
import dev.imgedit.cli.internal.CommandLines;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The imgedit command line as an object: give it an environment, streams and a working directory, and
 * {@link #run(String...)} returns the exit code instead of exiting. {@link ImgeditMain} runs it on the real ones;
 * tests run it in-process on their own.
 *
 * <pre>{@code
 * int exitCode = new Imgedit(Map.of("IMGEDIT_PROVIDER", "fake"), System.in, out, err, directory)
 *         .run("edit", "-i", "photo.png", "-p", "make it snow");
 * }</pre>
 */
public final class Imgedit {
    private final CommandContext context;

    /**
     * @param environment the environment variables, which are also the provider settings
     * @param workingDirectory what relative paths on the command line are resolved against
     */
    public Imgedit(Map<String, String> environment, InputStream in, PrintStream out, PrintStream err,
            Path workingDirectory) {
        this(new CommandContext(environment, in, out, err, workingDirectory, false, null));
    }

    private Imgedit(CommandContext context) {
        this.context = context;
    }

    /** Whether a person watches standard error, so progress is drawn there (default: no). */
    public Imgedit interactive(boolean interactive) {
        return new Imgedit(new CommandContext(context.environment(), context.in(), context.out(), context.err(),
                context.workingDirectory(), interactive, context.installationDirectory()));
    }

    /** The distribution folder this runs from (the one holding lib/), named in messages about installing providers. */
    public Imgedit installationDirectory(@Nullable Path installationDirectory) {
        return new Imgedit(new CommandContext(context.environment(), context.in(), context.out(), context.err(),
                context.workingDirectory(), context.interactive(), installationDirectory));
    }

    /** Runs one command line and returns its exit code (see docs/cli.md). */
    public int run(String... args) {
        return CommandLines.execute(context, args);
    }
}
