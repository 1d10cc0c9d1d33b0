package dev.imgedit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgedit.modelslab.testserver.JobScript;
import dev.imgedit.modelslab.testserver.ModelsLabTestServer;
import dev.imgedit.testkit.http.Reply;
import dev.imgedit.testkit.secrets.SecretForms;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real launcher with everything turned up (--debug, IMGEDIT_LOG_LEVEL=trace, MODELSLAB_HTTP_LOG=full): the log
 * does reach standard error, and the key is in none of its forms in anything the process prints.
 */
class DistributionSecretsIT {
    private static final String KEY = "sk-Launcher+Key/With=Specials&0123456789";
    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path directory;

    @TempDir
    Path captures;

    @Test
    void aSuccessAndARefusalQuotingTheKeyPrintNoFormOfIt() throws Exception {
        TestImages.png(directory.resolve("photo.png"), 48, 32);
        Path keyFile = Files.writeString(directory.resolve("modelslab.key"), KEY + "\n");
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
        try (ModelsLabTestServer server = ModelsLabTestServer.start(KEY)) {
            server.enqueue(JobScript.processingThenSuccess(1), JobScript.rejected(Reply.json(400,
                    "{\"status\":\"error\",\"message\":\"key " + KEY + " is not valid\",\"key\":\"" + KEY + "\"}")));
            Map<String, String> environment = Map.of("MODELSLAB_BASE_URL", server.baseUrl().toString(),
                    "MODELSLAB_POLL_MIN_INTERVAL", "5ms", "MODELSLAB_POLL_MAX_INTERVAL", "5ms",
                    "IMGEDIT_LOG_LEVEL", "trace", "MODELSLAB_HTTP_LOG", "full");

            String success = run(environment, "success", 0, "--debug", "edit", "-i", "photo.png", "-p", "snow",
                    "--provider", "modelslab", "--api-key-file", "modelslab.key", "--json");
            String refusal = run(environment, "refusal", 2, "--debug", "edit", "-i", "photo.png", "-p", "snow",
                    "--provider", "modelslab", "--api-key-file", "modelslab.key", "-o", "refused.png");

            assertThat(success).as("the HTTP log reached standard error").contains("---> POST", "image-to-image");
            assertThat(refusal).as("--debug printed the stack trace").contains("\tat ");
            for (String form : SecretForms.of(KEY)) {
                assertThat(success).doesNotContain(form);
                assertThat(refusal).doesNotContain(form);
            }
            assertThat(server.submits()).allMatch(submit -> submit.body().contains(KEY));
        }
    }

    /** Standard output and error of one run, after checking its exit code. */
    private String run(Map<String, String> environment, String name, int exitCode, String... args) throws Exception {
        Path runCaptures = Files.createDirectory(captures.resolve(name));
        try (DistributionProcess imgedit = DistributionProcess.start(directory, runCaptures, environment, args)) {
            assertThat(imgedit.awaitExit(LIMIT)).as(imgedit.toString()).isEqualTo(exitCode);
            return imgedit.out() + imgedit.err();
        }
    }
}
