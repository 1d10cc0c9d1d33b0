package dev.imgedit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imgedit.modelslab.testserver.JobScript;
import dev.imgedit.modelslab.testserver.ModelsLabReplies;
import dev.imgedit.modelslab.testserver.ModelsLabTestServer;
import dev.imgedit.testkit.http.Reply;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each way ModelsLab says no ends in its documented exit code, one line on standard error without a stack trace,
 * nothing on standard output, and no output or temporary file; with {@code --json}, in the same kind and code.
 */
class ModelsLabExitCodesTest {
    @TempDir
    Path directory;

    private ModelsLabTestServer server;
    private CommandRunner imgedit;

    /**
     * @param name what ModelsLab does
     * @param script how the server is made to do it
     * @param exitCode the exit code expected
     * @param kind {@code error.kind} in JSON
     * @param fragment words the error line must hold
     */
    record Refusal(String name, Consumer<ModelsLabTestServer> script, int exitCode, String kind, String fragment) {
        @Override
        public String toString() {
            return name + " exits " + exitCode;
        }
    }

    static Stream<Refusal> refusals() {
        return Stream.of(
                new Refusal("HTTP 401 for a wrong key", server -> server.enqueue(JobScript.rejected(
                        Reply.json(401, "{\"status\":\"error\",\"message\":\"Invalid API key\"}"))), 3,
                        "AUTHENTICATION", "401"),
                new Refusal("\"Invalid Api Key\" under HTTP 200", server -> server.enqueue(JobScript.rejected(
                        Reply.json("{\"status\":\"error\",\"message\":\"Invalid Api Key\"}"))), 3,
                        "AUTHENTICATION", "Invalid Api Key"),
                new Refusal("HTTP 402, insufficient credits", server -> server.enqueue(JobScript.rejected(
                        Reply.json(402, "{\"status\":\"error\",\"message\":\"Insufficient credits\"}"))), 5,
                        "INSUFFICIENT_CREDITS", "credits"),
                new Refusal("HTTP 429, longer wait than imgedit waits",
                        server -> server.rejectNextSubmits(ModelsLabReplies.rateLimited(3600)), 4, "RATE_LIMITED",
                        "Rate limit exceeded"),
                new Refusal("moderation refuses the prompt", server -> server.enqueue(JobScript.rejected(
                        Reply.json("{\"status\":\"error\",\"message\":\"NSFW content detected in the prompt\"}"))),
                        6, "CONTENT_REJECTED", "NSFW"),
                new Refusal("moderation blanks the result", server -> server.enqueue(JobScript.of(Reply.json(
                        "{\"status\":\"success\",\"id\":${id},\"output\":[],\"nsfw_content_detected\":true}"))),
                        6, "CONTENT_REJECTED", "nsfw"),
                new Refusal("HTTP 500 HTML page", server -> server.enqueue(JobScript.rejected(
                        ModelsLabReplies.internalServerErrorHtml())), 8, "PROVIDER_UNAVAILABLE", "500"),
                new Refusal("the job fails after processing", server -> server.enqueue(
                        JobScript.failedAfterProcessing(1)), 8, "JOB_FAILED", "Failed, Try Again"),
                new Refusal("a validation map", server -> server.enqueue(JobScript.rejected(Reply.json(
                        "{\"status\":\"error\",\"message\":{\"init_image\":[\"The init image must be a valid URL"
                                + ".\"]}}"))), 2, "INVALID_REQUEST", "init_image: The init image must be"));
    }

    @BeforeEach
    void setUp() {
        server = ModelsLabTestServer.start();
        imgedit = new CommandRunner(directory).withModelsLab(server);
        TestImages.png(directory.resolve("photo.png"), 32, 32);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void exitsWithTheCodeOfTheRefusalAndOneLineOnStandardError(Refusal refusal) {
        DirectorySnapshot before = DirectorySnapshot.of(directory);
        refusal.script().accept(server);

        CommandRun run = imgedit.run("edit", "-i", "photo.png", "-p", "snow", "--provider", "modelslab");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(refusal.exitCode());
        assertThat(run.errorLines()).as(run.toString()).singleElement().asString().contains(refusal.fragment());
        assertThat(run.err()).as("no stack trace").doesNotContain("\tat ", "Exception");
        assertThat(run.out()).isEmpty();
        assertThat(DirectorySnapshot.of(directory)).as("no output or temporary file").isEqualTo(before);
        assertThat(server.submitCount()).as("never sent twice").isOne();
    }

    @Test
    void aWrongKeyExitsThreeAtTheUploadAndNothingIsSubmitted() {
        CommandRun run = imgedit.with("MODELSLAB_API_KEY", "not-the-key")
                .run("edit", "-i", "photo.png", "-p", "snow", "--provider", "modelslab");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
        assertThat(run.errorLines()).as(run.toString()).singleElement().asString().contains("MODELSLAB_API_KEY");
        assertThat(run.err()).doesNotContain("\tat ", "not-the-key");
        assertThat(server.requestsTo("/api/v6/base64_to_url")).hasSize(1);
        assertThat(server.submitCount()).isZero();
    }

    @ParameterizedTest(name = "{0}, in JSON")
    @MethodSource("refusals")
    void reportsTheRefusalInJson(Refusal refusal) {
        refusal.script().accept(server);

        CommandRun run = imgedit.run("edit", "-i", "photo.png", "-p", "snow", "--provider", "modelslab", "--json");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(refusal.exitCode());
        JsonNode json = run.json();
        assertThat(json.get("provider").asText()).isEqualTo("modelslab");
        assertThat(json.get("status").asText()).isEqualTo("failed");
        assertThat(json.get("outputs")).isEmpty();
        assertThat(json.get("error").get("kind").asText()).isEqualTo(refusal.kind());
        assertThat(json.get("error").get("exitCode").asInt()).isEqualTo(refusal.exitCode());
        assertThat(json.get("error").get("message").asText()).contains(refusal.fragment());
    }
}
