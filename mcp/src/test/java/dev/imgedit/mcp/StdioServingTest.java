package dev.imgedit.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.imgedit.testkit.logback.TraceLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ImgeditMcpServer#serveStdio} fed whole inputs that end right after their last line, as a client that writes
 * and closes: every line gets its answer, a bad one an error, and serving returns at the end of input.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES) // a server that never stops fails instead of hanging the build
class StdioServingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
            + "{\"protocolVersion\":\"2025-06-18\",\"capabilities\":%s,"
            + "\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}";
    private static final String INITIALIZED = "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}";

    @TempDir
    Path directory;

    @Test
    void aLineThatIsNoMessageIsAnsweredWithAnErrorAndTheNextIsServed() {
        List<JsonNode> answers;
        try (ImgeditMcpServer server = Servers.withSettings(Map.of(), List.of()); TraceLog log = TraceLog.start()) {
            answers = serve(server, initialize("{}"), INITIALIZED, "garbage{",
                    "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}", "[1, 2]",
                    "{\"jsonrpc\":\"2.0\",\"id\":3}", "", "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"ping\"}");
            assertThat(log.lines()).filteredOn(line -> line.contains("no JSON-RPC message")).hasSize(3)
                    .allSatisfy(line -> assertThat(line).doesNotContain("\n\tat "));
        }

        assertThat(answers).hasSize(6);
        assertThat(byId(answers, "1").path("result").path("serverInfo").path("name").asText()).isEqualTo("imgedit");
        assertThat(byId(answers, "2").path("result").path("tools").size()).isEqualTo(6);
        assertThat(byId(answers, "3").path("error").path("code").asInt()).isEqualTo(-32600);
        assertThat(byId(answers, "4").has("result")).isTrue();
        List<JsonNode> withoutId = answers.stream().filter(answer -> answer.path("id").isNull()).toList();
        assertThat(withoutId).extracting(answer -> answer.path("error").path("code").asInt())
                .containsExactlyInAnyOrder(-32700, -32600);
        assertThat(withoutId).allSatisfy(answer -> assertThat(answer.has("id")).isTrue());
    }

    @Test
    void aRequestFollowedByTheEndOfInputIsAlwaysAnswered() {
        try (ImgeditMcpServer server = Servers.withSettings(Map.of(), List.of())) {
            // The answer used to race the shutdown: lost in some runs, so one run proves little.
            for (int run = 1; run <= 50; run++) {
                List<JsonNode> answers = serve(server, initialize("{}"));

                assertThat(answers).as("run %d", run).hasSize(1);
                assertThat(answers.get(0).path("result").path("protocolVersion").asText()).isEqualTo("2025-06-18");
            }
        }
    }

    @Test
    void aToolCallInFlightAtTheEndOfInputFinishesEvenWhenItAsksTheClientForItsRoots() throws IOException {
        Path photo = Servers.photo(directory.resolve("cabin.png"), 64, 48);
        String call = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"edit_image\","
                + "\"arguments\":{\"image\":" + JSON.writeValueAsString(photo.toString())
                + ",\"prompt\":\"make it snow\"}}}";

        List<JsonNode> answers;
        try (ImgeditMcpServer server = Servers.withSettings(Map.of(), List.of(directory))) {
            answers = serve(server, initialize("{\"roots\":{}}"), INITIALIZED, call);
        }

        JsonNode result = byId(answers, "2").path("result");
        assertThat(result.path("isError").asBoolean()).as(result.toString()).isFalse();
        assertThat(directory.resolve("cabin.edited.png")).exists();
    }

    @Test
    void aRequestTheSessionHoldsUntilInitializedIsRefusedWhenInputEndsFirst() {
        List<JsonNode> answers;
        try (ImgeditMcpServer server = Servers.withSettings(Map.of(), List.of())) {
            answers = serve(server, initialize("{}"),
                    "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}");
        }

        assertThat(byId(answers, "1").has("result")).isTrue();
        assertThat(byId(answers, "2").path("error").path("message").asText()).contains("notifications/initialized");
    }

    private static String initialize(String capabilities) {
        return INITIALIZE.formatted(capabilities);
    }

    /** Serves {@code lines} as the whole input until serving returns; what the server wrote, a message a line. */
    private static List<JsonNode> serve(ImgeditMcpServer server, String... lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] in = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            server.serveStdio(new ByteArrayInputStream(in), out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
        List<JsonNode> answers = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isEmpty()) {
                try {
                    answers.add(JSON.readTree(line));
                } catch (IOException e) {
                    throw new UncheckedIOException("the server wrote a line that is not JSON: " + line, e);
                }
            }
        }
        return answers;
    }

    private static JsonNode byId(List<JsonNode> answers, String id) {
        return answers.stream().filter(answer -> answer.path("id").asText().equals(id) && !answer.has("method"))
                .findFirst().orElseThrow(() -> new AssertionError("no answer to request " + id + " in " + answers));
    }
}
