package dev.imgedit.cli.internal;

import dev.imgedit.cli.internal.batch.BatchCommand;
import dev.imgedit.cli.internal.edit.EditCommand;
import dev.imgedit.cli.internal.edit.FetchCommand;
import dev.imgedit.cli.internal.errors.UsageErrorHandler;
import dev.imgedit.cli.internal.mcp.McpCommand;
import dev.imgedit.cli.internal.providers.ProvidersCommand;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.ParseResult;

/**
 * Runs the command picocli parsed, unless it works with settings ({@code edit}, {@code fetch}, {@code batch},
 * {@code providers}, {@code mcp})
 * and the config file or the environment holds one that cannot be used: that is a usage error (exit 2) naming the
 * file and the fix, rather than a run with half the user's settings. {@code config show} and {@code doctor} run
 * anyway, to report the problem.
 */
final class ConfiguredExecution implements IExecutionStrategy {
    private final CommandContext context;

    ConfiguredExecution(CommandContext context) {
        this.context = context;
    }

    @Override
    public int execute(ParseResult parseResult) {
        Integer helpExitCode = CommandLine.executeHelpRequest(parseResult);
        if (helpExitCode != null) {
            return helpExitCode;
        }
        List<String> problems = context.configuration().problems();
        if (!problems.isEmpty() && usesSettings(parseResult)) {
            String more = problems.size() == 1 ? "" : " (and " + (problems.size() - 1) + " more)";
            return UsageErrorHandler.report(context, problems.get(0) + more + " (see 'imgedit config show')",
                    CliException.invalid(problems.get(0)), parseResult.originalArgs().toArray(String[]::new));
        }
        return new CommandLine.RunLast().execute(parseResult);
    }

    private static boolean usesSettings(ParseResult parseResult) {
        ParseResult last = parseResult;
        while (last.hasSubcommand()) {
            last = last.subcommand();
        }
        Object command = last.commandSpec().userObject();
        return command instanceof EditCommand || command instanceof FetchCommand || command instanceof BatchCommand
                || command instanceof ProvidersCommand || command instanceof McpCommand;
    }
}
