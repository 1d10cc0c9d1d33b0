package dev.imgedit.cli.internal.config;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code imgedit config}: the config file's commands; {@code show} is the one there is. */
@Command(
        name = "config",
        mixinStandardHelpOptions = true,
        description = {
            "Work with the config file of defaults and named profiles.",
            "It is ~/.config/imgedit/config.properties, or $XDG_CONFIG_HOME/imgedit/config.properties, or the file "
                    + "IMGEDIT_CONFIG names (see docs/cli.md)."
        },
        subcommands = ConfigShowCommand.class)
public final class ConfigCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("imgedit: error: say what to do with the config: "
                + String.join(", ", spec.subcommands().keySet()) + " (see 'imgedit config --help')");
        return 2;
    }
}
