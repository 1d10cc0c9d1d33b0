package dev.imgedit.cli.internal;

import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line picocli cannot parse: one error line and where to find help, instead of the whole usage text, and
 * the JSON object when {@code --json} was asked for.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {
    private final CommandContext context;

    UsageErrorHandler(CommandContext context) {
        this.context = context;
    }

    @Override
    public int handleParseException(ParameterException exception, String[] args) {
        CommandLine commandLine = exception.getCommandLine();
        String help = "'" + commandLine.getCommandSpec().qualifiedName() + " --help'";
        String problem = exception instanceof UnmatchedArgumentException unmatched
                ? UnmatchedArguments.describe(unmatched)
                : ExitCodeMapper.message(exception);
        String message = problem + " (see " + help + ")";
        List<String> arguments = Arrays.asList(args);
        JobReporter.printError(context, message, exception, arguments.contains("--debug"));
        if (arguments.contains("--json")) {
            JsonPrinter.print(context.out(), new JsonDocuments.JobReport(null, null,
                    JsonDocuments.JobReport.FAILED, List.of(), 0, null,
                    new JsonDocuments.Failure(ExitCodeMapper.USAGE_KIND, message, ExitCode.USAGE.code(), null)));
        }
        return ExitCode.USAGE.code();
    }
}
