package dev.imgedit.cli.internal;

import dev.imgedit.batch.JobHistory;
import dev.imgedit.cli.internal.batch.BatchCommand;
import dev.imgedit.cli.internal.config.ConfigShowCommand;
import dev.imgedit.cli.internal.doctor.DoctorCommand;
import dev.imgedit.cli.internal.edit.EditCommand;
import dev.imgedit.cli.internal.edit.FetchCommand;
import dev.imgedit.cli.internal.jobs.JobsCommand;
import dev.imgedit.cli.internal.jobs.JobsShowCommand;
import dev.imgedit.cli.internal.mcp.McpCommand;
import dev.imgedit.cli.internal.providers.ProvidersCommand;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/** Gives picocli's commands the {@link CommandContext} or the parts of it they use; picocli creates the rest. */
final class CommandFactory implements IFactory {
    private final CommandContext context;

    CommandFactory(CommandContext context) {
        this.context = context;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type == RootCommand.class) {
            return type.cast(new RootCommand(context));
        }
        if (type == CommandTree.class) {
            return type.cast(new CommandTree(context));
        }
        if (type == EditCommand.class) {
            return type.cast(new EditCommand(context));
        }
        if (type == FetchCommand.class) {
            return type.cast(new FetchCommand(context));
        }
        if (type == BatchCommand.class) {
            return type.cast(new BatchCommand(context));
        }
        if (type == JobsCommand.class) {
            return type.cast(new JobsCommand(context));
        }
        if (type == JobsShowCommand.class) {
            return type.cast(new JobsShowCommand(context));
        }
        if (type == ProvidersCommand.class) {
            return type.cast(new ProvidersCommand(context));
        }
        if (type == McpCommand.class) {
            return type.cast(new McpCommand(context));
        }
        if (type == ConfigShowCommand.class) {
            return type.cast(new ConfigShowCommand(context.configuration(), context.environment()));
        }
        if (type == DoctorCommand.class) {
            return type.cast(new DoctorCommand(context.configuration(), context.environment(),
                    context.workingDirectory(), JobHistory::defaultLocation));
        }
        return CommandLine.defaultFactory().create(type);
    }
}
