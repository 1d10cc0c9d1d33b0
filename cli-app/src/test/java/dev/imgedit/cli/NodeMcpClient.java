package dev.imgedit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The official MCP TypeScript SDK, run by Node on {@code src/test/node/mcp-scenario.mjs}: a client no one here wrote,
 * driving the distribution's {@code imgedit mcp} through a scenario, and reporting everything it received.
 */
final class NodeMcpClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private NodeMcpClient() {}

    /**
     * The folder holding the script and its node_modules, installed from the committed lock file on first use (as
     * .ci/run does beforehand). The test is skipped only where Node cannot be had; with Node but no SDK it could
     * install, it fails saying how to install it.
     */
    static synchronized Path folder() throws IOException, InterruptedException {
        assumeTrue(nodeRuns(), "Node.js is not installed (no 'node' on PATH): McpClientIT drives imgedit mcp with the "
                + "official TypeScript MCP SDK, which needs Node 18 or newer");
        Path folder = Path.of(System.getProperty("imgedit.node", "src/test/node"));
        Path sdk = folder.resolve("node_modules/@modelcontextprotocol/sdk/package.json");
        if (!Files.exists(sdk)) {
            Process install = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(folder.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!install.waitFor(300, TimeUnit.SECONDS)) {
                install.destroyForcibly();
            }
        }
        assertThat(sdk).as("the MCP SDK for Node is not installed and 'npm ci' could not install it: run "
                + "'npm ci --prefix cli-app/src/test/node' (as .ci/run does)").exists();
        return folder;
    }

    /**
     * Runs {@code steps} against {@code imgedit mcp ARGS} started in {@code directory} with {@code settings}; its job
     * journal is under {@code directory/state} (never the user's), so that a second run in the same directory is a
     * restarted server on the same journal.
     */
    static JsonNode run(Path directory, Map<String, String> settings, List<String> mcpArguments,
            List<Map<String, Object>> steps) throws IOException, InterruptedException {
        Path folder = folder();
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("PATH", System.getenv("PATH"));
        environment.put("HOME", System.getProperty("user.home"));
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("XDG_CONFIG_HOME", ConfigFiles.home(directory).toString());
        environment.put("XDG_STATE_HOME", directory.resolve("state").toString());
        environment.putAll(settings);
        Map<String, Object> scenario = new LinkedHashMap<>();
        scenario.put("command", DistributionProcess.installation().resolve("bin/imgedit").toString());
        scenario.put("args", mcpArguments);
        scenario.put("cwd", directory.toString());
        scenario.put("env", environment);
        scenario.put("steps", steps);
        Path file = Files.createTempFile("mcp-scenario", ".json");
        Path report = Files.createTempFile("mcp-report", ".json");
        Path errors = Files.createTempFile("mcp-client", ".err");
        try {
            JSON.writeValue(file.toFile(), scenario);
            Process node = new ProcessBuilder("node", folder.resolve("mcp-scenario.mjs").toString(), file.toString())
                    .directory(folder.toFile()).redirectOutput(report.toFile()).redirectError(errors.toFile())
                    .start();
            if (!node.waitFor(180, TimeUnit.SECONDS)) {
                node.destroyForcibly();
                throw new AssertionError("the Node client did not finish within 180 s: " + Files.readString(errors));
            }
            assertThat(node.exitValue()).as("the Node client failed: " + Files.readString(errors)).isZero();
            return JSON.readTree(Files.readString(report, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(report);
            Files.deleteIfExists(errors);
        }
    }

    /** A tool call step. */
    static Map<String, Object> call(String tool, Map<String, Object> arguments) {
        return Map.of("tool", tool, "arguments", arguments);
    }

    /** An argument that the client fills in with the field {@code field} of step {@code step}'s structured content. */
    static Map<String, Object> fromStep(int step, String field) {
        return Map.of("fromStep", step, "field", field);
    }

    private static boolean nodeRuns() {
        try {
            Process node = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            return node.waitFor(30, TimeUnit.SECONDS) && node.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
