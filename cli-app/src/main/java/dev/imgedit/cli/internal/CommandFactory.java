package dev.imgedit.cli.internal;

import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/** Gives picocli's commands the {@link CommandContext}; everything else picocli creates itself. */
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
        if (type == EditCommand.class) {
            return type.cast(new EditCommand(context));
        }
        if (type == FetchCommand.class) {
            return type.cast(new FetchCommand(context));
        }
        if (type == ProvidersCommand.class) {
            return type.cast(new ProvidersCommand(context));
        }
        return CommandLine.defaultFactory().create(type);
    }
}
