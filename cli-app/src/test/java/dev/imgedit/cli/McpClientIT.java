package dev.imgedit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imgedit.modelslab.testserver.JobScript;
import dev.imgedit.modelslab.testserver.ModelsLabTestServer;
import dev.imgedit.modelslab.testserver.Reply;
import dev.imgedit.testkit.SecretForms;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code imgedit mcp} of the real distribution, driven by the official TypeScript MCP SDK: the handshake, the tools,
 * an edit with progress, a refused path, a provider failure as a tool error, a timed-out job fetched later, and no
 * form of the key in anything the client receives or the server logs.
 */
class McpClientIT {
    private static final String KEY = "sk-Node+Client/Key=Specials&0123456789";

    @TempDir
    Path directory;

    @Test
    void anAgentsClientEditsSeesProgressIsRefusedOutsideGetsToolErrorsAndFetchesATimedOutJob() throws Exception {
        Path open = Files.createDirectory(directory.resolve("photos")).toRealPath();
        Path outside = Files.createDirectory(directory.resolve("private")).toRealPath();
        TestImages.png(open.resolve("cabin.png"), 96, 64);
        TestImages.png(outside.resolve("secret.png"), 96, 64);
        Path script = Files.writeString(directory.resolve("outcomes.txt"), String.join("\n",
                "succeeds after-checks=2 when-prompt-contains=snow",
                "content-rejected when-prompt-contains=forbidden",
                "succeeds after=3s when-prompt-contains=slow", ""));

        JsonNode report = NodeMcpClient.run(directory, Map.of("IMGEDIT_FAKE_SCRIPT", script.toString(),
                "IMGEDIT_FAKE_JOB_DIRECTORY", directory.resolve("jobs").toString(), "IMGEDIT_LOG_LEVEL", "debug"),
                List.of("--debug", "mcp", "--allow-dir", open.toString()), List.of(
                        Map.of("listTools", true),
                        NodeMcpClient.call("edit_image", Map.of("image", "cabin.png", "prompt", "make it snow")),
                        NodeMcpClient.call("edit_image", Map.of("image", outside.resolve("secret.png").toString(),
                                "prompt", "make it snow")),
                        NodeMcpClient.call("edit_image", Map.of("image", "cabin.png", "prompt", "forbidden")),
                        NodeMcpClient.call("edit_image", Map.of("image", "cabin.png", "prompt", "slow",
                                "timeout_seconds", 1)),
                        NodeMcpClient.call("fetch_job", Map.of("provider", "fake", "timeout_seconds", 30,
                                "job_id", Map.of("jobIdFromStep", 4)))));

        assertThat(report.path("server").path("name").asText()).isEqualTo("imgedit");
        JsonNode steps = report.path("steps");
        List<String> tools = new ArrayList<>();
        steps.get(0).path("tools").forEach(tool -> tools.add(tool.path("name").asText()));
        assertThat(tools).containsExactlyInAnyOrder("edit_image", "fetch_job", "list_providers");

        JsonNode edit = steps.get(1);
        assertThat(edit.path("result").path("isError").asBoolean()).as(edit.toString()).isFalse();
        assertThat(edit.path("progress").size()).isGreaterThanOrEqualTo(3);
        Path written = Path.of(edit.path("result").path("structuredContent").path("outputs").get(0).path("path")
                .asText());
        assertThat(written).isEqualTo(open.resolve("cabin.edited.png"));
        BufferedImage decoded = ImageIO.read(written.toFile());
        assertThat(decoded).isNotNull();
        assertThat(edit.path("result").path("content").findValuesAsText("type")).contains("resource_link", "image");

        JsonNode refused = steps.get(2);
        assertThat(refused.path("result").path("isError").asBoolean()).isTrue();
        assertThat(refused.path("text").asText()).contains("outside the directories open to imgedit",
                "--allow-dir");
        assertThat(outside).isDirectoryNotContaining("glob:**edited*");

        JsonNode failed = steps.get(3);
        assertThat(failed.has("protocolError")).as("a provider failure is not a protocol error").isFalse();
        assertThat(failed.path("result").path("isError").asBoolean()).isTrue();
        assertThat(failed.path("text").asText()).startsWith("CONTENT_REJECTED: ");

        assertThat(steps.get(4).path("text").asText()).startsWith("TIMED_OUT: ").contains("fetch_job");
        JsonNode fetched = steps.get(5);
        assertThat(fetched.path("result").path("isError").asBoolean()).as(fetched.toString()).isFalse();
        assertThat(Path.of(fetched.path("result").path("structuredContent").path("outputs").get(0).path("path")
                .asText())).exists().startsWith(open);
        assertThat(report.path("stderr").asText()).as("the log went to standard error").contains("DEBUG");
        // The SDK handles a notification a microtask later than the response that follows it on the wire, so the
        // last progress of a call that ends at once may find its token gone: its own race, not a bad line.
        List<String> clientErrors = new ArrayList<>();
        report.path("clientErrors").forEach(error -> clientErrors.add(error.asText()));
        assertThat(clientErrors).as("standard output held nothing but JSON-RPC")
                .allMatch(error -> error.startsWith("Received a progress notification for an unknown token"));
    }

    @Test
    void underTheLoopbackModelsLabServerNoFormOfTheKeyReachesTheClientOrTheLog() throws Exception {
        Path open = Files.createDirectory(directory.resolve("photos")).toRealPath();
        TestImages.png(open.resolve("cabin.png"), 96, 64);
        try (ModelsLabTestServer server = ModelsLabTestServer.start(KEY)) {
            server.enqueue(JobScript.processingThenSuccess(1), JobScript.rejected(Reply.json(400,
                    "{\"status\":\"error\",\"message\":\"key " + KEY + " is not valid\",\"key\":\"" + KEY + "\"}")));
            JsonNode report = NodeMcpClient.run(directory, Map.of("MODELSLAB_API_KEY", KEY,
                    "MODELSLAB_BASE_URL", server.baseUrl().toString(), "MODELSLAB_POLL_MIN_INTERVAL", "5ms",
                    "MODELSLAB_POLL_MAX_INTERVAL", "5ms", "IMGEDIT_LOG_LEVEL", "trace", "MODELSLAB_HTTP_LOG", "full"),
                    List.of("--debug", "mcp", "--allow-dir", open.toString()), List.of(
                            NodeMcpClient.call("edit_image", Map.of("image", "cabin.png", "prompt", "snow")),
                            NodeMcpClient.call("edit_image", Map.of("image", "cabin.png", "prompt", "snow")),
                            NodeMcpClient.call("list_providers", Map.of())));

            JsonNode steps = report.path("steps");
            assertThat(steps.get(0).path("result").path("structuredContent").path("provider").asText())
                    .isEqualTo("modelslab");
            assertThat(steps.get(1).path("result").path("isError").asBoolean()).isTrue();
            String everything = report.toString();
            assertThat(report.path("stderr").asText()).as("the HTTP log reached standard error")
                    .contains("image-to-image");
            for (String form : SecretForms.of(KEY)) {
                assertThat(everything).doesNotContain(form);
            }
            assertThat(server.submits()).allMatch(submit -> submit.body().contains(KEY));
        }
    }
}
