package dev.imgedit.cli.internal;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code imgedit}: holds the global options; the work is done by its subcommands. */
@Command(
        name = "imgedit",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Edit images with a prompt through AI image-editing services.",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {EditCommand.class, FetchCommand.class, ProvidersCommand.class},
        footer = {"", "Exit codes and environment variables: see docs/cli.md."})
public final class RootCommand implements Callable<Integer> {
    private final CommandContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Show stack traces and DEBUG logging (on standard error).")
    private boolean debug;

    public RootCommand(CommandContext context) {
        this.context = context;
    }

    public boolean debug() {
        return debug;
    }

    /** Sets the log level for this run: IMGEDIT_LOG_LEVEL if set, else WARN, or DEBUG with --debug. */
    public void applyLogging() {
        LogLevels.apply(debug, context);
    }

    @Override
    public Integer call() {
        context.err().println("imgedit: error: a command is missing: edit, fetch or providers");
        spec.commandLine().usage(context.err());
        return ExitCode.USAGE.code();
    }
}
