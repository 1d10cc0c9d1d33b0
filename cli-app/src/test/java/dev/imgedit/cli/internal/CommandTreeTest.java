package dev.imgedit.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgedit.cli.internal.batch.BatchCommand;
import dev.imgedit.cli.internal.edit.EditCommand;
import dev.imgedit.cli.internal.edit.FetchCommand;
import org.junit.jupiter.api.Test;

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
}
