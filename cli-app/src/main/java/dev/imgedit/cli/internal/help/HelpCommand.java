package dev.imgedit.cli.internal.help;

import dev.imgedit.cli.internal.ExitCode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.IHelpCommandInitializable2;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * {@code imgedit help [COMMAND]}: picocli's help command, except that a word that is no command is reported as
 * picocli reports any unknown word (with "did you mean", and never repeated when it could be a key), where picocli's
 * own would quote it whatever it is.
 */
@Command(
        name = "help",
        helpCommand = true,
        description = "Show the help of imgedit, or of COMMAND.")
public final class HelpCommand implements IHelpCommandInitializable2, Callable<Integer> {

    /** A list, so that a word after the command is refused here rather than dropped by picocli. */
    @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "The command to show the help of.")
    private List<String> command = new ArrayList<>();

    private @Nullable CommandLine self;
    private @Nullable ColorScheme colors;
    private @Nullable PrintWriter out;

    @Override
    public void init(CommandLine helpCommandLine, ColorScheme colorScheme, PrintWriter outWriter,
            PrintWriter errWriter) {
        this.self = helpCommandLine;
        this.colors = colorScheme;
        this.out = outWriter;
    }

    @Override
    public Integer call() {
        if (self == null || self.getParent() == null || out == null || colors == null) {
            throw new IllegalStateException("picocli did not initialise the help command");
        }
        CommandLine parent = self.getParent();
        if (command.size() > 1) {
            throw new UnmatchedArgumentException(self, command.subList(1, command.size()));
        }
        CommandLine shown = parent;
        if (!command.isEmpty()) {
            shown = parent.getSubcommands().get(command.get(0));
            if (shown == null) {
                throw new UnmatchedArgumentException(parent, command);
            }
        }
        shown.usage(out, colors);
        return ExitCode.SUCCESS.code();
    }
}
