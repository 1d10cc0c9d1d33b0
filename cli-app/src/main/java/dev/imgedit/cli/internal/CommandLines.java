package dev.imgedit.cli.internal;

import dev.imgedit.cli.internal.config.Configuration;
import dev.imgedit.cli.internal.config.ConfiguredContext;
import dev.imgedit.cli.internal.config.ProfileSelection;
import dev.imgedit.cli.internal.config.SettingDefaults;
import dev.imgedit.cli.internal.errors.UnexpectedErrorHandler;
import dev.imgedit.cli.internal.errors.UsageErrorHandler;
import dev.imgedit.cli.internal.help.Documentation;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.ServiceConfigurationError;
import picocli.CommandLine;

/** Builds the picocli command line for one run, wired to a {@link CommandContext}'s streams and settings. */
public final class CommandLines {
    private CommandLines() {}

    public static CommandLine create(CommandContext context) {
        CommandLine commandLine = new CommandLine(RootCommand.class, new CommandFactory(context));
        commandLine.setOut(new PrintWriter(context.out(), true));
        commandLine.setErr(new PrintWriter(context.err(), true));
        commandLine.setDefaultValueProvider(new SettingDefaults(context.configuration()));
        commandLine.setExecutionStrategy(new ConfiguredExecution(context));
        commandLine.setParameterExceptionHandler(new UsageErrorHandler(context));
        commandLine.setExecutionExceptionHandler(new UnexpectedErrorHandler(context));
        commandLine.setExitCodeExceptionMapper(exception -> ExitCodeMapper.exitCode(exception).code());
        commandLine.getCommandSpec().usageMessage().footer(Documentation.footer(context));
        return commandLine;
    }

    /**
     * Reads the config file (for the profile {@code --profile} or {@code IMGEDIT_PROFILE} names), runs {@code args}
     * and returns the exit code; even an error from a broken jar ends in one line.
     */
    public static int execute(CommandContext context, String... args) {
        try {
            Configuration configuration = Configuration.load(context.environment(),
                    ProfileSelection.find(args, context.environment()));
            return create(ConfiguredContext.apply(context, configuration)).execute(args);
        } catch (LinkageError | ServiceConfigurationError e) {
            FailureReport.printError(context, ExitCodeMapper.message(e), e, Arrays.asList(args).contains("--debug"));
            return ExitCodeMapper.exitCode(e).code();
        }
    }
}
