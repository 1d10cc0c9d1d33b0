package dev.imgedit.cli.internal;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import dev.imgedit.cli.internal.config.Configuration;
import org.jspecify.annotations.Nullable;

/**
 * Everything a command takes from the world outside, so tests run commands in-process with their own.
 *
 * @param environment the environment variables, which are also the provider settings
 * @param in standard input
 * @param out standard output: results only (paths, or the one JSON object)
 * @param err standard error: notices, warnings, progress and errors
 * @param workingDirectory what relative paths are resolved against
 * @param interactive whether a person is watching, so progress is worth drawing
 * @param installationDirectory the distribution folder holding lib/, when started from one
 * @param configuration the config file's settings and where each came from; {@code environment} already holds the
 *     variables it fills in
 */
public record CommandContext(
        Map<String, String> environment,
        InputStream in,
        PrintStream out,
        PrintStream err,
        Path workingDirectory,
        boolean interactive,
        @Nullable Path installationDirectory,
        Configuration configuration) {

    public CommandContext {
        environment = Map.copyOf(environment);
        Objects.requireNonNull(in, "in is null");
        Objects.requireNonNull(out, "out is null");
        Objects.requireNonNull(err, "err is null");
        workingDirectory = workingDirectory.toAbsolutePath().normalize();
        Objects.requireNonNull(configuration, "configuration is null");
    }

    /** A context with no config file: every setting from the environment or its default. */
    public CommandContext(Map<String, String> environment, InputStream in, PrintStream out, PrintStream err,
            Path workingDirectory, boolean interactive, @Nullable Path installationDirectory) {
        this(environment, in, out, err, workingDirectory, interactive, installationDirectory, Configuration.none());
    }

    /** This context with {@code configuration} applied: its variables in the environment where that had none. */
    public CommandContext configured(Map<String, String> environment, Configuration configuration) {
        return new CommandContext(environment, in, out, err, workingDirectory, interactive, installationDirectory,
                configuration);
    }

    /** Where provider jars go, for messages: this installation's lib/ folder when known. */
    public String libraryFolder() {
        return installationDirectory == null ? "the CLI's lib/ folder" : installationDirectory.resolve("lib").toString();
    }

    /** A path the user typed, resolved against the working directory. */
    public Path resolve(String path) {
        try {
            return workingDirectory.resolve(path).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw CliException.invalid("'" + path + "' is not a valid path: " + e.getReason());
        }
    }

    /** A path as short as the user would write it: relative when it lies under the working directory. */
    public String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(workingDirectory) && !absolute.equals(workingDirectory)
                ? workingDirectory.relativize(absolute).toString()
                : absolute.toString();
    }

    public void notice(String message) {
        err.println("imgedit: " + message);
        err.flush();
    }

    public void warning(String message) {
        notice("warning: " + message);
    }

    /** Without the environment's values: they hold API keys (Guice, for one, may print a bound instance). */
    @Override
    public String toString() {
        return "CommandContext[environment=" + environment.size() + " variables, workingDirectory=" + workingDirectory
                + ", interactive=" + interactive + ", installationDirectory=" + installationDirectory
                + ", configuration=" + configuration + "]";
    }
}
