package dev.imgedit.cli.internal;

import dev.imgedit.cli.internal.batch.BatchCommand;
import dev.imgedit.cli.internal.config.ConfigCommand;
import dev.imgedit.cli.internal.config.ProfileSelection;
import dev.imgedit.cli.internal.doctor.DoctorCommand;
import dev.imgedit.cli.internal.edit.EditCommand;
import dev.imgedit.cli.internal.edit.FetchCommand;
import dev.imgedit.cli.internal.help.CompletionCommand;
import dev.imgedit.cli.internal.help.HelpCommand;
import dev.imgedit.cli.internal.jobs.JobsCommand;
import dev.imgedit.cli.internal.mcp.McpCommand;
import dev.imgedit.cli.internal.providers.ProvidersCommand;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;

/**
 * {@code imgedit} with every command, in the order help lists them: what help, completion, a missing or mistyped
 * command and the man pages need. A run of one command needs only that one, and picocli reads the annotations of
 * every class it is given, mixins and all, so {@link #runOnly} tells which when that is so.
 */
@Command(subcommands = {EditCommand.class, FetchCommand.class, BatchCommand.class, JobsCommand.class,
    ProvidersCommand.class, McpCommand.class, ConfigCommand.class, DoctorCommand.class, CompletionCommand.class,
    HelpCommand.class})
public final class CommandTree extends RootCommand {
    /** Commands that read the whole tree: help and completion describe the others. */
    private static final List<Class<?>> NEED_THE_TREE = List.of(HelpCommand.class, CompletionCommand.class);

    public CommandTree(CommandContext context) {
        super(context);
    }

    /**
     * The command {@code args} run, when it is one of imgedit's and needs no other: the first word after the global
     * options ({@code --debug}, {@code --profile NAME}). Null when the tree is needed: no command, an unknown word
     * (picocli suggests the nearest), another option first ({@code --help}, an {@code @file}), help or completion.
     */
    static @Nullable Class<?> runOnly(String[] args) {
        String word = null;
        for (int index = 0; index < args.length && word == null; index++) {
            String argument = args[index];
            if (argument.equals(ProfileSelection.OPTION)) {
                index++;
            } else if (!argument.equals("--debug") && !argument.startsWith(ProfileSelection.OPTION + "=")) {
                word = argument;
            }
        }
        if (word == null) {
            return null;
        }
        for (Class<?> command : CommandTree.class.getAnnotation(Command.class).subcommands()) {
            if (command.getAnnotation(Command.class).name().equals(word)) {
                return NEED_THE_TREE.contains(command) ? null : command;
            }
        }
        return null;
    }
}
