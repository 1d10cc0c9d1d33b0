package dev.imgedit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code imgedit mcp} in-process: its option checked before serving, the end of its input ending it, a line that is
 * no message answered and skipped.
 */
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

    @Test
    void aLineThatIsNoMessageGetsAParseErrorAndOneLogLineAndTheNextRequestIsAnswered() {
        String input = String.join("\n",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                        + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}",
                "garbage{",
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}") + "\n";

        CommandRun run;
        String log;
        try (LogCapture capture = LogCapture.start()) {
            run = new CommandRunner(directory).standardInput(input).run("mcp");
            log = capture.text();
        }

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().split("\n")).hasSize(3)
                .anySatisfy(line -> assertThat(line).startsWith("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\""))
                .anySatisfy(line -> assertThat(line).startsWith("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":"
                        + "{\"code\":-32700,"))
                .anySatisfy(line -> assertThat(line).startsWith("{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":"
                        + "{\"tools\""));
        assertThat(log.lines()).singleElement().asString().startsWith("imgedit: WARN")
                .contains("no JSON-RPC message", "Parse error");
    }
}
