package dev.imgedit.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgedit.cli.internal.batch.BatchCommand;
import dev.imgedit.cli.internal.edit.EditCommand;
import dev.imgedit.cli.internal.edit.FetchCommand;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A run gets only its own command when nothing else needs the others; help, completion, a missing or unknown command
 * and options before the command get all of them (what they print is tested with the commands themselves).
 */
class CommandTreeTest {
    @Test
    void aCommandAfterTheGlobalOptionsIsTheOnlyOneBuilt() {
        assertThat(CommandTree.runOnly(new String[] {"edit", "-i", "a.png", "-p", "help"}))
                .isEqualTo(EditCommand.class);
        assertThat(CommandTree.runOnly(new String[] {"--debug", "--profile", "batch", "fetch", "--help"}))
                .isEqualTo(FetchCommand.class);
        assertThat(CommandTree.runOnly(new String[] {"--profile=work", "batch", "--dir", "in"}))
                .isEqualTo(BatchCommand.class);
    }

    @Test
    void helpCompletionAndAnythingUnclearGetEveryCommand() {
        assertThat(CommandTree.runOnly(new String[] {})).isNull();
        assertThat(CommandTree.runOnly(new String[] {"--debug"})).isNull();
        assertThat(CommandTree.runOnly(new String[] {"--profile"})).isNull();
        assertThat(CommandTree.runOnly(new String[] {"help", "edit"})).isNull();
        assertThat(CommandTree.runOnly(new String[] {"completion", "bash"})).isNull();
        assertThat(CommandTree.runOnly(new String[] {"edti", "-i", "a.png"})).isNull();
        assertThat(CommandTree.runOnly(new String[] {"--help", "edit"})).isNull();
        assertThat(CommandTree.runOnly(new String[] {"@arguments.txt"})).isNull();
    }

    /**
     * picocli lists a command with the first element of its description and wraps each element on its own: an
     * element cut where a line of source code ended shows as half a sentence, or a line broken twice.
     */
    @Test
    void everyCommandIsDescribedInWholeSentencesTheFirstOneItsSummary() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream());
        CommandContext context = new CommandContext(Map.of(), new ByteArrayInputStream(new byte[0]), sink, sink,
                Path.of("").toAbsolutePath(), false, null);
        List<CommandSpec> commands = new ArrayList<>();
        collect(new CommandLine(CommandTree.class, new CommandFactory(context)), commands);

        assertThat(commands).hasSizeGreaterThan(10).allSatisfy(command -> {
            String[] description = command.usageMessage().description();
            assertThat(description).as(command.qualifiedName()).isNotEmpty();
            assertThat(description[0]).as(command.qualifiedName()).endsWith(".");
            assertThat(description).as(command.qualifiedName())
                    .allSatisfy(paragraph -> assertThat(paragraph).matches("(?s).*[.)]"));
        });
    }

    private static void collect(CommandLine commandLine, List<CommandSpec> commands) {
        commands.add(commandLine.getCommandSpec());
        commandLine.getSubcommands().values().forEach(subcommand -> collect(subcommand, commands));
    }
}
