package dev.imgedit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code imgedit mcp} in-process: its option checked before serving, and the end of its input ending it. */
class McpCommandTest {
    @TempDir
    Path directory;

    @Test
    void anAllowedDirectoryThatDoesNotExistIsAUsageErrorBeforeAnythingIsServed() {
        CommandRun run = new CommandRunner(directory).run("mcp", "--allow-dir", "missing");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("imgedit: error: --allow-dir 'missing' is not an existing directory: create "
                + "it or name another\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void theServerStopsWhenItsInputEndsHavingWrittenNothingButTheProtocolOnStandardOutput() throws Exception {
        Path photos = Files.createDirectory(directory.resolve("photos"));

        CommandRun run = new CommandRunner(directory).run("mcp", "--allow-dir", "photos");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("serving MCP on standard input and output; open to " + photos);
    }
}
