package dev.imgedit.cli.internal;

import java.util.List;

/**
 * How every command reports a failure it ends on: the one error line on standard error (with the stack trace only
 * under {@code --debug}), and with {@code --json} the object every command prints for one.
 */
public final class FailureReport {
    private FailureReport() {}

    /**
     * How a command other than {@code edit} and {@code fetch} ends on a failure: the error line, and with
     * {@code --json} the object every command prints for one (status {@code failed} and the error); returns the exit
     * code.
     */
    public static int failedCommand(CommandContext context, Throwable failure, boolean json, boolean debug) {
        ExitCode exitCode = ExitCodeMapper.exitCode(failure);
        String message = ExitCodeMapper.message(failure);
        printError(context, message, failure, debug);
        if (json) {
            JsonPrinter.print(context.out(), new JsonDocuments.JobReport(null, null, null,
                    JsonDocuments.JobReport.FAILED, List.of(), 0, null,
                    new JsonDocuments.Failure(ExitCodeMapper.kind(failure), message, exitCode.code(), null)));
        }
        return exitCode.code();
    }

    /** The error line every command prints: {@code imgedit: error: <message>}. */
    public static void printError(CommandContext context, String message, Throwable failure, boolean debug) {
        context.err().println("imgedit: error: " + message);
        if (debug) {
            failure.printStackTrace(context.err());
        }
        context.err().flush();
    }
}
