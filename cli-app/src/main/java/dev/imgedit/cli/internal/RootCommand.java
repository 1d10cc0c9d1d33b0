package dev.imgedit.cli.internal;

import dev.imgedit.cli.internal.config.ProfileSelection;
import dev.imgedit.cli.internal.logging.LogLevels;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code imgedit}: holds the global options; the work is done by its subcommands, which {@link CommandTree} lists. A
 * run that needs one of them only gets that one ({@link CommandLines}).
 */
@Command(
        name = "imgedit",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Edit images with a prompt through AI image-editing services.",
        synopsisSubcommandLabel = "COMMAND",
        footer = {"", "Exit codes, environment variables and the config file: docs/cli.md."})
public class RootCommand implements Callable<Integer> {
    private final CommandContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Show stack traces and DEBUG logging (on standard error).")
    private boolean debug;

    /** Read before parsing, by {@link ProfileSelection#find}; declared here for help, completion and checking. */
    @Option(names = ProfileSelection.OPTION, scope = ScopeType.INHERIT, paramLabel = "NAME",
            description = "Use the settings of profile NAME in the config file (default: IMGEDIT_PROFILE, else "
                    + "the file's top-level settings alone).")
    private @Nullable String profile;

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
        context.err().println("imgedit: error: a command is missing: "
                + String.join(", ", spec.subcommands().keySet()) + " (see 'imgedit help')");
        return ExitCode.USAGE.code();
    }
}
