package dev.imgedit.cli.internal.errors;

import dev.imgedit.cli.internal.CommandContext;
import dev.imgedit.cli.internal.ExitCode;
import dev.imgedit.cli.internal.ExitCodeMapper;
import dev.imgedit.cli.internal.FailureReport;
import dev.imgedit.cli.internal.JsonDocuments;
import dev.imgedit.cli.internal.JsonPrinter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line picocli cannot parse: one error line and where to find help, instead of the whole usage text, and
 * the JSON object when {@code --json} was asked for. A mistyped option or command is named first, with picocli's
 * suggestion, even when picocli found a required option missing too: {@code --promt snow} is a typo of
 * {@code --prompt}, and saying that {@code --prompt} is missing would hide it.
 */
public final class UsageErrorHandler implements IParameterExceptionHandler {
    private final CommandContext context;

    public UsageErrorHandler(CommandContext context) {
        this.context = context;
    }

    @Override
    public int handleParseException(ParameterException exception, String[] args) {
        CommandLine commandLine = exception.getCommandLine();
        UnmatchedArgumentException unmatched = exception instanceof UnmatchedArgumentException direct
                ? direct : unmatchedAlongTheWay(commandLine);
        if (unmatched != null && UnknownCommand.isOne(unmatched.getCommandLine(), unmatched.getUnmatched())) {
            // The words after a mistyped command mean nothing without it: the command is the one problem.
            CommandLine parent = unmatched.getCommandLine();
            return report(context, UnknownCommand.describe(parent, unmatched.getUnmatched().get(0)) + " (see '"
                    + helpCommand(parent) + "')", exception, args);
        }
        String problem = unmatched != null ? UnmatchedArguments.describe(unmatched)
                : ExitCodeMapper.message(exception);
        return report(context, problem + " (see '" + commandLine.getCommandSpec().qualifiedName() + " --help')",
                exception, args);
    }

    /** Prints a usage error (and the JSON object with --json) and returns exit code 2. */
    public static int report(CommandContext context, String message, Exception exception, String[] args) {
        List<String> arguments = Arrays.asList(args);
        FailureReport.printError(context, message, exception, arguments.contains("--debug"));
        if (arguments.contains("--json")) {
            JsonPrinter.print(context.out(), new JsonDocuments.JobReport(null, null, null,
                    JsonDocuments.JobReport.FAILED, List.of(), 0, null,
                    new JsonDocuments.Failure(ExitCodeMapper.USAGE_KIND, message, ExitCode.USAGE.code(), null)));
        }
        return ExitCode.USAGE.code();
    }

    /** {@code imgedit help} at the top, where the help command is; {@code imgedit config --help} below. */
    private static String helpCommand(CommandLine parent) {
        String name = parent.getCommandSpec().qualifiedName();
        return parent.getSubcommands().containsKey("help") ? name + " help" : name + " --help";
    }

    /**
     * The words picocli could not place in the command that failed or in those before it ({@code imgedit}, for a
     * mistyped command), as the exception picocli would have thrown had nothing else been wrong first.
     */
    private static @Nullable UnmatchedArgumentException unmatchedAlongTheWay(CommandLine failed) {
        for (CommandLine commandLine = failed; commandLine != null; commandLine = commandLine.getParent()) {
            List<String> words = new ArrayList<>(commandLine.getUnmatchedArguments());
            if (!words.isEmpty()) {
                return new UnmatchedArgumentException(commandLine, words);
            }
        }
        return null;
    }
}
