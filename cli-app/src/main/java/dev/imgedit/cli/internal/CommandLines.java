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
import picocli.CommandLine.IVersionProvider;

/** Builds the picocli command line for one run, wired to a {@link CommandContext}'s streams and settings. */
public final class CommandLines {
    private CommandLines() {}

    /**
     * The command line for a run of {@code args}: only the command it runs when it needs no other (picocli builds a
     * model of every command it is given, about 3% of a cold edit's CPU), else {@link CommandTree}.
     */
    static CommandLine create(CommandContext context, String[] args) {
        CommandFactory factory = new CommandFactory(context);
        Class<?> only = CommandTree.runOnly(args);
        CommandLine commandLine;
        if (only == null) {
            commandLine = new CommandLine(CommandTree.class, factory);
        } else {
            commandLine = new CommandLine(RootCommand.class, factory);
            commandLine.addSubcommand(new CommandLine(only, factory));
        }
        answerVersionEverywhere(commandLine, new VersionProvider());
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
     * Every command's {@code -V} prints what {@code imgedit -V} does: picocli gives a subcommand's standard help
     * options no version of their own, so they would print nothing.
     */
    private static void answerVersionEverywhere(CommandLine commandLine, IVersionProvider version) {
        commandLine.getCommandSpec().versionProvider(version);
        commandLine.getSubcommands().values().forEach(subcommand -> answerVersionEverywhere(subcommand, version));
    }

    /**
     * Reads the config file (for the profile {@code --profile} or {@code IMGEDIT_PROFILE} names), runs {@code args}
     * and returns the exit code; even an error from a broken jar ends in one line.
     */
    public static int execute(CommandContext context, String... args) {
        try {
            Configuration configuration = Configuration.load(context.environment(),
                    ProfileSelection.find(args, context.environment()));
            return create(ConfiguredContext.apply(context, configuration), args).execute(args);
        } catch (LinkageError | ServiceConfigurationError e) {
            FailureReport.printError(context, ExitCodeMapper.message(e), e, Arrays.asList(args).contains("--debug"));
            return ExitCodeMapper.exitCode(e).code();
        }
    }
}
