package dev.imgedit.cli.internal.errors;

import dev.imgedit.cli.internal.CommandContext;
import dev.imgedit.cli.internal.ExitCodeMapper;
import dev.imgedit.cli.internal.FailureReport;
import dev.imgedit.cli.internal.RootCommand;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * What a command did not handle itself ({@code edit} and {@code fetch} handle all of theirs): one error line, the
 * stack trace only with {@code --debug}, and the exit code from {@link ExitCodeMapper}.
 */
public final class UnexpectedErrorHandler implements IExecutionExceptionHandler {
    private final CommandContext context;

    public UnexpectedErrorHandler(CommandContext context) {
        this.context = context;
    }

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        Object root = commandLine.getCommandSpec().root().userObject();
        boolean debug = root instanceof RootCommand rootCommand && rootCommand.debug();
        FailureReport.printError(context, ExitCodeMapper.message(exception), exception, debug);
        return ExitCodeMapper.exitCode(exception).code();
    }
}
