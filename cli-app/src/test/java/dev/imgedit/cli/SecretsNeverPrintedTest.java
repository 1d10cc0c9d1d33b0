package dev.imgedit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import dev.imgedit.modelslab.testserver.JobScript;
import dev.imgedit.modelslab.testserver.ModelsLabReplies;
import dev.imgedit.modelslab.testserver.ModelsLabTestServer;
import dev.imgedit.testkit.http.Reply;
import dev.imgedit.testkit.secrets.SecretForms;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With everything turned up ({@code --debug}, {@code IMGEDIT_LOG_LEVEL=trace}, {@code MODELSLAB_HTTP_LOG=full}),
 * a success, every kind of failure, a timeout, a fetch and a {@code --no-wait} against the ModelsLab server leave the
 * key in none of its forms (see {@link SecretForms}) on standard output, standard error, in the log, in the JSON
 * output or in any file written.
 */
class SecretsNeverPrintedTest {
    private static final String KEY = "sk-Secret+Cli/Key=With&Specials-0123456789";
    private static final String WRONG_KEY = "sk-Revoked+Cli/Key=Old&Specials-9876543210";

    @TempDir
    Path directory;

    private ModelsLabTestServer server;
    private CommandRunner imgedit;
    private LogCapture log;

    @BeforeEach
    void setUp() {
        server = ModelsLabTestServer.start(KEY);
        imgedit = new CommandRunner(directory).withModelsLab(server)
                .with("IMGEDIT_LOG_LEVEL", "trace")
                .with("MODELSLAB_HTTP_LOG", "full");
        TestImages.png(directory.resolve("photo.png"), 48, 32);
        log = LogCapture.start();
    }

    @AfterEach
    void tearDown() {
        log.close();
        server.close();
    }

    @Test
    void theKeyAppearsNowhereThroughSuccessesFailuresTimeoutsAndFetches() throws IOException {
        List<String> printed = new ArrayList<>();
        Consumer<CommandRun> keep = run -> printed.add(run.out() + "\n" + run.err());

        keep.accept(run(server -> server.enqueue(JobScript.processingThenSuccess(2)), 0,
                "--debug", "edit", "-i", "photo.png", "-p", "snow", "-o", "upload.png"));
        keep.accept(run(server -> server.enqueue(JobScript.immediateSuccess()), 0,
                "--debug", "edit", "-i", server.inputUrl("cabin.png"), "-p", "snow", "--json"));
        for (Reply refusal : refusals()) {
            keep.accept(run(server -> server.enqueue(JobScript.rejected(refusal)), -1,
                    "--debug", "edit", "-i", "photo.png", "-p", "snow", "-o", "refused.png"));
            keep.accept(run(server -> server.enqueue(JobScript.rejected(refusal)), -1,
                    "--debug", "edit", "-i", "photo.png", "-p", "snow", "-o", "refused.png", "--json"));
        }
        keep.accept(run(server -> server.rejectNextSubmits(ModelsLabReplies.rateLimited(3600)), 4,
                "--debug", "edit", "-i", "photo.png", "-p", "snow", "-o", "limited.png", "--json"));
        keep.accept(run(server -> server.enqueue(JobScript.failedAfterProcessing(1)), 8,
                "--debug", "edit", "-i", "photo.png", "-p", "snow", "-o", "failed.png"));

        CommandRun timedOut = run(server -> server.enqueue(JobScript.neverFinishing()), 7,
                "--debug", "edit", "-i", "photo.png", "-p", "snow", "-o", "late.png", "--timeout", "300ms", "--json");
        keep.accept(timedOut);
        String jobId = timedOut.json().get("jobId").asText();
        keep.accept(run(server -> { }, 7, "--debug", "fetch", jobId, "-o", "late.png", "--timeout", "200ms"));
        keep.accept(run(server -> { }, 2, "--debug", "fetch", "999999", "-o", "unknown.png", "--json"));
        keep.accept(run(server -> server.enqueue(JobScript.processingThenSuccess(1)), 0,
                "--debug", "edit", "-i", "photo.png", "-p", "snow", "-o", "later.png", "--no-wait", "--json"));

        Path keyFile = Files.writeString(directory.resolve("modelslab.key"), KEY + "\n");
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
        imgedit.without("MODELSLAB_API_KEY");
        keep.accept(run(server -> server.enqueue(JobScript.immediateSuccess()), 0,
                "--debug", "edit", "-i", "photo.png", "-p", "snow", "-o", "keyfile.png", "--api-key-file",
                "modelslab.key", "--provider", "modelslab"));
        imgedit.with("MODELSLAB_API_KEY", WRONG_KEY);
        keep.accept(run(server -> { }, 3, "--debug", "edit", "-i", "photo.png", "-p", "snow", "-o", "wrong.png"));

        String logged = log.text();
        assertThat(log.rootLevel()).as("IMGEDIT_LOG_LEVEL=trace reached Logback")
                .isEqualTo(Level.TRACE);
        assertThat(logged).as("the full HTTP log was on").contains("---> POST", "/api/v7/images/image-to-image");
        assertThat(String.join("\n", printed)).as("--debug printed stack traces").contains("\tat ");
        for (String form : Stream.concat(SecretForms.of(KEY).stream(), SecretForms.of(WRONG_KEY).stream()).toList()) {
            assertThat(logged).as("the log").doesNotContain(form);
            for (String output : printed) {
                assertThat(output).as("standard output and error").doesNotContain(form);
            }
            assertThat(filesWritten()).as("the files written").doesNotContain(form);
        }
        assertThat(server.submits()).as("the key did travel, in the request bodies")
                .anyMatch(submit -> submit.body().contains(KEY));
    }

    /** ModelsLab's refusals, one of each kind, two of them quoting the key back as a careless server might. */
    private static List<Reply> refusals() {
        return List.of(
                Reply.json(401, "{\"status\":\"error\",\"message\":\"Invalid API key " + KEY + "\"}"),
                Reply.json("{\"status\":\"error\",\"message\":\"Invalid Api Key\",\"key\":\"" + KEY + "\"}"),
                Reply.json(402, "{\"status\":\"error\",\"message\":\"Insufficient credits\"}"),
                Reply.json("{\"status\":\"error\",\"message\":\"NSFW content detected\"}"),
                ModelsLabReplies.internalServerErrorHtml(),
                Reply.json("{\"status\":\"error\",\"message\":{\"key\":[\"The key " + KEY + " is not valid.\"]}}"),
                Reply.json(400, "{\"status\":\"error\",\"message\":\"bad key " + KEY + " aka "
                        + Base64.getEncoder().encodeToString(KEY.getBytes(StandardCharsets.UTF_8)) + " aka "
                        + URLEncoder.encode(KEY, StandardCharsets.UTF_8) + "\"}"));
    }

    /** Runs one command after scripting the server; {@code exitCode} -1 accepts any failure. */
    private CommandRun run(Consumer<ModelsLabTestServer> script, int exitCode, String... args) {
        script.accept(server);
        CommandRun run = imgedit.run(args);
        if (exitCode >= 0) {
            assertThat(run.exitCode()).as(run.toString()).isEqualTo(exitCode);
        } else {
            assertThat(run.exitCode()).as(run.toString()).isNotZero();
        }
        return run;
    }

    private String filesWritten() throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (!file.getFileName().toString().equals("modelslab.key")) {
                    text.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
                }
            }
        }
        return text.toString();
    }
}
