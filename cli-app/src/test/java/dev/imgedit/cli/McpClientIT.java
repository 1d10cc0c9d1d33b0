package dev.imgedit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imgedit.modelslab.testserver.JobScript;
import dev.imgedit.modelslab.testserver.ModelsLabTestServer;
import dev.imgedit.testkit.http.Reply;
import dev.imgedit.testkit.secrets.SecretForms;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code imgedit mcp} of the real distribution, driven by the official TypeScript MCP SDK: the handshake, the tools,
 * an edit with progress, a refused path, a provider failure as a tool error, a timed-out job fetched later, the
 * journal's jobs listed and shown, a batch with its progress and a refused one, a keyed retry after a restart that
 * pays once, and no form of the key in anything the client receives or the server logs.
 */
class McpClientIT {
    private static final String KEY = "sk-Node+Client/Key=Specials&0123456789";

    @TempDir
    Path directory;

    @Test
    void anAgentsClientEditsSeesProgressIsRefusedOutsideGetsToolErrorsFetchesATimedOutJobAndRunsABatch()
            throws Exception {
        Path open = Files.createDirectory(directory.resolve("photos")).toRealPath();
        Path outside = Files.createDirectory(directory.resolve("private")).toRealPath();
        TestImages.png(open.resolve("cabin.png"), 96, 64);
        TestImages.png(outside.resolve("secret.png"), 96, 64);
        Files.createDirectory(open.resolve("batch"));
        TestImages.png(open.resolve("batch/one.png"), 96, 64);
        TestImages.png(open.resolve("batch/two.png"), 64, 96);
        Path script = Files.writeString(directory.resolve("outcomes.txt"), String.join("\n",
                "succeeds after-checks=2 when-prompt-contains=snow",
                "content-rejected when-prompt-contains=forbidden",
                "succeeds after=3s when-prompt-contains=slow",
                "succeeds when-prompt-contains=winter",
                "succeeds when-prompt-contains=winter", ""));

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
                                "job_id", Map.of("jobIdFromStep", 4))),
                        NodeMcpClient.call("get_job", Map.of("job_id", NodeMcpClient.fromStep(1, "journal_id"))),
                        NodeMcpClient.call("batch_edit", Map.of("folder", "batch", "prompt", "winter",
                                "output_folder", "winter")),
                        NodeMcpClient.call("batch_edit", Map.of("folder", "batch", "prompt", "winter",
                                "output_folder", outside.resolve("winter").toString())),
                        NodeMcpClient.call("list_jobs", Map.of("batch", NodeMcpClient.fromStep(7, "batch_id"))),
                        NodeMcpClient.call("list_jobs", Map.of())));

        assertThat(report.path("server").path("name").asText()).isEqualTo("imgedit");
        JsonNode steps = report.path("steps");
        List<String> tools = new ArrayList<>();
        steps.get(0).path("tools").forEach(tool -> tools.add(tool.path("name").asText()));
        assertThat(tools).containsExactlyInAnyOrder("edit_image", "fetch_job", "list_providers", "batch_edit",
                "get_job", "list_jobs");

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

        JsonNode job = steps.get(6).path("result").path("structuredContent");
        assertThat(job.path("state").asText()).as(steps.get(6).toString()).isEqualTo("DONE");
        assertThat(job.path("prompt").asText()).isEqualTo("make it snow");
        assertThat(job.path("outputs").get(0).path("path").asText()).isEqualTo(written.toString());
        CommandRun jobs = new CommandRunner(directory).with("XDG_STATE_HOME", directory.resolve("state").toString())
                .run("jobs", "--json");
        assertThat(jobs.out()).as("the user's journal, which imgedit jobs reads").contains(job.path("id").asText());

        JsonNode batch = steps.get(7);
        assertThat(batch.path("result").path("isError").asBoolean()).as(batch.toString()).isFalse();
        assertThat(batch.path("result").path("structuredContent").path("done").asInt()).isEqualTo(2);
        assertThat(batch.path("progress").size()).isPositive();
        assertThat(batch.path("progress").findValuesAsText("message")).anyMatch(message -> message.contains("done"));
        assertThat(batch.path("result").path("content").findValuesAsText("mimeType")).contains("text/html");
        assertThat(open.resolve("winter/one.png")).exists();
        assertThat(open.resolve("winter/index.html")).exists();
        assertThat(steps.get(8).path("result").path("isError").asBoolean()).isTrue();
        assertThat(steps.get(8).path("text").asText()).contains("outside the directories open to imgedit");
        assertThat(outside.resolve("winter")).doesNotExist();
        assertThat(steps.get(9).path("result").path("structuredContent").path("jobs").size()).isEqualTo(2);
        List<String> states = steps.get(10).path("result").path("structuredContent").path("jobs")
                .findValuesAsText("state");
        assertThat(states).as("every job this server submitted, its batch's too").hasSize(5)
                .containsOnly("DONE", "FAILED");

        assertThat(report.path("stderr").asText()).as("the log went to standard error").contains("DEBUG");
        // The SDK handles a notification a microtask later than the response that follows it on the wire, so the
        // last progress of a call that ends at once may find its token gone: its own race, not a bad line.
        List<String> clientErrors = new ArrayList<>();
        report.path("clientErrors").forEach(error -> clientErrors.add(error.asText()));
        assertThat(clientErrors).as("standard output held nothing but JSON-RPC")
                .allMatch(error -> error.startsWith("Received a progress notification for an unknown token"));
    }

    @Test
    void underTheLoopbackModelsLabServerNoFormOfTheKeyReachesTheClientAndAKeyedRetryAfterARestartPaysOnce()
            throws Exception {
        Path open = Files.createDirectory(directory.resolve("photos")).toRealPath();
        TestImages.png(open.resolve("cabin.png"), 96, 64);
        Files.createDirectory(open.resolve("batch"));
        TestImages.png(open.resolve("batch/one.png"), 96, 64);
        Reply quotingTheKey = Reply.json(400, "{\"status\":\"error\",\"message\":\"key " + KEY
                + " is not valid\",\"key\":\"" + KEY + "\"}");
        try (ModelsLabTestServer server = ModelsLabTestServer.start(KEY)) {
            server.enqueue(JobScript.processingThenSuccess(1), JobScript.rejected(quotingTheKey),
                    JobScript.processingThenSuccess(8), JobScript.rejected(quotingTheKey));
            Map<String, String> settings = Map.of("MODELSLAB_API_KEY", KEY,
                    "MODELSLAB_BASE_URL", server.baseUrl().toString(), "MODELSLAB_POLL_MIN_INTERVAL", "250ms",
                    "MODELSLAB_POLL_MAX_INTERVAL", "250ms", "IMGEDIT_LOG_LEVEL", "trace", "MODELSLAB_HTTP_LOG", "full");
            List<String> mcp = List.of("--debug", "mcp", "--allow-dir", open.toString());
            Map<String, Object> keyed = Map.of("image", "cabin.png", "prompt", "night",
                    "idempotency_key", "order-17", "timeout_seconds", 1);
            JsonNode first = NodeMcpClient.run(directory, settings, mcp, List.of(
                    NodeMcpClient.call("edit_image", Map.of("image", "cabin.png", "prompt", "snow")),
                    NodeMcpClient.call("edit_image", Map.of("image", "cabin.png", "prompt", "snow")),
                    NodeMcpClient.call("list_providers", Map.of()),
                    NodeMcpClient.call("edit_image", keyed),
                    NodeMcpClient.call("batch_edit", Map.of("folder", "batch", "prompt", "snow",
                            "output_folder", "out")),
                    NodeMcpClient.call("list_jobs", Map.of()),
                    NodeMcpClient.call("get_job", Map.of("job_id", NodeMcpClient.fromStep(0, "journal_id")))));
            Map<String, Object> retry = new HashMap<>(keyed);
            retry.put("timeout_seconds", 30);
            JsonNode afterRestart = NodeMcpClient.run(directory, settings, mcp, List.of(
                    NodeMcpClient.call("edit_image", retry),
                    NodeMcpClient.call("list_jobs", Map.of("state", "DONE"))));

            JsonNode steps = first.path("steps");
            assertThat(steps.get(0).path("result").path("structuredContent").path("provider").asText())
                    .isEqualTo("modelslab");
            assertThat(steps.get(1).path("result").path("isError").asBoolean()).isTrue();
            assertThat(steps.get(3).path("text").asText()).startsWith("TIMED_OUT: ");
            assertThat(steps.get(4).path("result").path("structuredContent").path("failed").asInt()).isEqualTo(1);
            assertThat(steps.get(5).path("result").path("structuredContent").path("jobs").size()).isEqualTo(4);
            assertThat(steps.get(6).path("result").path("structuredContent").path("state").asText())
                    .isEqualTo("DONE");
            JsonNode retried = afterRestart.path("steps").get(0);
            assertThat(retried.path("result").path("isError").asBoolean()).as(retried.toString()).isFalse();
            assertThat(retried.path("text").asText()).contains("nothing was submitted again");
            assertThat(server.submits().stream().filter(submit -> submit.body().contains("night")))
                    .as("the keyed edit was paid once, across two servers").hasSize(1);

            String everything = first.toString() + afterRestart;
            assertThat(first.path("stderr").asText()).as("the HTTP log reached standard error")
                    .contains("image-to-image");
            for (String form : SecretForms.of(KEY)) {
                assertThat(everything).doesNotContain(form);
            }
            assertThat(server.submits()).allMatch(submit -> submit.body().contains(KEY));
        }
    }
}
