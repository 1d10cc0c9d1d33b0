package dev.imgedit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imgedit.modelslab.testserver.JobScript;
import dev.imgedit.modelslab.testserver.ModelsLabTestServer;
import dev.imgedit.testkit.http.BlockedPort;
import dev.imgedit.testkit.http.RecordedRequest;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code imgedit --provider modelslab} end to end, against the loopback ModelsLab-compatible server. */
class ModelsLabEndToEndTest {
    private static final String KEY = "sk-EndToEnd+Key/0123456789=";

    @TempDir
    Path directory;

    private ModelsLabTestServer server;
    private CommandRunner imgedit;
    private Path photo;

    @BeforeEach
    void setUp() {
        server = ModelsLabTestServer.start(KEY);
        imgedit = new CommandRunner(directory).withModelsLab(server);
        photo = TestImages.png(directory.resolve("photo.png"), 64, 48);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    /** Writes modelslab.key (mode 600) with {@code content}, and takes the key out of the environment. */
    private void keyFileInsteadOfTheEnvironment(String content) throws IOException {
        Path keyFile = directory.resolve("modelslab.key");
        Files.writeString(keyFile, content);
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
        imgedit.without("MODELSLAB_API_KEY");
    }

    @Test
    void aLocalFileIsUploadedThenEditedFromTheUploadedUrl() throws IOException {
        byte[] original = Files.readAllBytes(photo);
        server.enqueue(JobScript.processingThenSuccess(1));

        CommandRun run = imgedit.run("edit", "-i", "photo.png", "-p", "make it snow", "--provider", "modelslab");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines()).containsExactly("photo.edited.png");
        assertThat(run.err()).contains("imgedit: using provider 'modelslab' (chosen with --provider)");
        assertThat(TestImages.read(directory.resolve("photo.edited.png")).getWidth()).isPositive();
        assertThat(Files.readAllBytes(photo)).as("the input is left alone").isEqualTo(original);

        List<String> paths = server.requests().stream().map(RecordedRequest::path).toList();
        assertThat(paths.get(0)).isEqualTo("/api/v6/base64_to_url");
        assertThat(paths.get(1)).isEqualTo("/api/v7/images/image-to-image");
        String dataUri = server.json(server.requestsTo("/api/v6/base64_to_url").get(0)).get("base64_string").asText();
        assertThat(dataUri).startsWith("data:image/png;base64,");
        assertThat(Base64.getDecoder().decode(dataUri.substring(dataUri.indexOf(',') + 1))).isEqualTo(original);
        JsonNode submit = server.json(server.submits().get(0));
        assertThat(submit.get("init_image").asText()).startsWith(server.baseUrl() + "/uploads/");
        assertThat(submit.get("prompt").asText()).isEqualTo("make it snow");
        assertThat(submit.get("model_id").asText()).isEqualTo("flux-kontext-pro");
        assertThat(server.submitCount()).isOne();
    }

    @Test
    void anImageUrlIsSentAsItIsWithoutAnUpload() {
        String url = server.inputUrl("cabin.png");

        CommandRun run = imgedit.run("edit", "-i", url, "-p", "make it snow", "--provider", "modelslab");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines()).containsExactly("cabin.edited.png");
        assertThat(directory.resolve("cabin.edited.png")).isNotEmptyFile();
        assertThat(server.requestsTo("/api/v6/base64_to_url")).isEmpty();
        assertThat(server.json(server.submits().get(0)).get("init_image").asText()).isEqualTo(url);
    }

    @Test
    void jsonReportsTheProviderJobStatusOutputsAndElapsedTime() {
        server.enqueue(JobScript.processingThenSuccess(2));

        CommandRun run = imgedit.run("edit", "-i", "photo.png", "-p", "snow", "--aspect-ratio", "16:9", "--json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode json = run.json();
        assertThat(json.fieldNames()).toIterable()
                .containsExactly("provider", "jobId", "journalId", "status", "outputs", "elapsedMs", "metadata");
        assertThat(json.get("provider").asText()).isEqualTo("modelslab");
        assertThat(json.get("status").asText()).isEqualTo("succeeded");
        assertThat(json.get("elapsedMs").isIntegralNumber()).isTrue();
        assertThat(json.get("elapsedMs").asLong()).isNotNegative();
        String jobId = json.get("jobId").asText();
        assertThat(server.fetches()).as("it was polled").isNotEmpty();
        assertThat(json.get("outputs")).hasSize(1);
        JsonNode output = json.get("outputs").get(0);
        Path written = directory.resolve("photo.edited.png");
        assertThat(output.get("path").asText()).isEqualTo(written.toString());
        assertThat(output.get("url").asText()).isEqualTo(server.baseUrl() + "/outputs/" + jobId + "/0.png");
        BufferedImage image = TestImages.read(written);
        assertThat(output.get("width").asInt()).isEqualTo(image.getWidth());
        assertThat(output.get("height").asInt()).isEqualTo(image.getHeight());
        assertThat(image.getWidth() * 9).isEqualTo(image.getHeight() * 16);
        assertThat(server.json(server.submits().get(0)).get("aspect_ratio").asText()).isEqualTo("16:9");
        assertThat(run.err()).doesNotContain("imgedit: error");
    }

    @Test
    void aTimeoutExitsSevenAndThePrintedFetchCommandFinishesTheJobWithoutSubmittingAgain() {
        // At most one poll per 100 ms within the 1 s timeout: about 11 of the 30 the job needs.
        server.enqueue(JobScript.processingThenSuccess(30));
        CommandRun timedOut = imgedit.with("MODELSLAB_POLL_MIN_INTERVAL", "100ms")
                .with("MODELSLAB_POLL_MAX_INTERVAL", "100ms")
                .run("edit", "-i", "photo.png", "-p", "snow", "--provider", "modelslab", "--timeout", "1s");

        assertThat(timedOut.exitCode()).as(timedOut.toString()).isEqualTo(7);
        assertThat(timedOut.out()).isEmpty();
        assertThat(directory.resolve("photo.edited.png")).doesNotExist();
        String errorLine = timedOut.errorLines().get(0);
        assertThat(timedOut.errorLines()).hasSize(1);
        assertThat(timedOut.err()).doesNotContain("\tat ");
        String fetchCommand = errorLine.substring(errorLine.indexOf("finish it with: ") + "finish it with: ".length());
        List<String> words = List.of(fetchCommand.split(" "));
        String jobId = words.get(2);
        assertThat(fetchCommand).isEqualTo("imgedit fetch " + jobId + " --provider modelslab -o photo.edited.png");
        assertThat(errorLine).contains("job " + jobId);

        CommandRun fetched = imgedit.with("MODELSLAB_POLL_MIN_INTERVAL", "5ms")
                .with("MODELSLAB_POLL_MAX_INTERVAL", "5ms")
                .run(words.subList(1, words.size()).toArray(String[]::new));

        assertThat(fetched.exitCode()).as(fetched.toString()).isZero();
        assertThat(fetched.outLines()).containsExactly("photo.edited.png");
        assertThat(TestImages.read(directory.resolve("photo.edited.png")).getWidth()).isPositive();
        assertThat(server.submitCount()).as("fetch never submits").isOne();
    }

    @Test
    void noWaitPrintsTheJobIdAfterExactlyOneSubmitAndFetchCollectsIt() {
        server.enqueue(JobScript.processingThenSuccess(1));

        CommandRun submitted = imgedit.run("edit", "-i", "photo.png", "-p", "snow", "--provider", "modelslab",
                "--no-wait");

        assertThat(submitted.exitCode()).as(submitted.toString()).isZero();
        String jobId = submitted.out().strip();
        assertThat(submitted.outLines()).containsExactly(jobId);
        assertThat(server.submitCount()).isOne();
        assertThat(server.fetches()).as("--no-wait does not poll").isEmpty();
        assertThat(submitted.err()).contains("imgedit fetch " + jobId + " --provider modelslab -o photo.edited.png");
        assertThat(directory.resolve("photo.edited.png")).doesNotExist();

        CommandRun fetched = imgedit.run("fetch", jobId, "--provider", "modelslab", "-o", "photo.edited.png");

        assertThat(fetched.exitCode()).as(fetched.toString()).isZero();
        assertThat(directory.resolve("photo.edited.png")).isNotEmptyFile();
        assertThat(server.submitCount()).isOne();
    }

    @Test
    void providersListsModelsLabWithItsModelAndTheNineRatios() {
        CommandRun table = imgedit.run("providers");
        CommandRun json = imgedit.run("providers", "--json");

        assertThat(table.exitCode()).as(table.toString()).isZero();
        assertThat(table.outLines()).filteredOn(line -> line.startsWith("modelslab")).singleElement().asString()
                .contains("configured");
        List<String> lines = table.outLines();
        List<String> modelsLabSection = lines.subList(lines.indexOf(lines.stream()
                .filter(line -> line.startsWith("modelslab")).findFirst().orElseThrow()), lines.size());
        assertThat(modelsLabSection).filteredOn(line -> line.startsWith("  flux-kontext-pro *")).first()
                .asString().contains("21:9,16:9,4:3,3:2,1:1,2:3,3:4,9:16,9:21");
        JsonNode modelsLab = null;
        for (JsonNode provider : json.json().get("providers")) {
            if (provider.get("id").asText().equals("modelslab")) {
                modelsLab = provider;
            }
        }
        assertThat(modelsLab).isNotNull();
        assertThat(modelsLab.get("defaultModel").asText()).isEqualTo("flux-kontext-pro");
        List<String> ratios = new ArrayList<>();
        modelsLab.get("models").get(0).get("aspectRatios").forEach(ratio -> ratios.add(ratio.asText()));
        assertThat(ratios).containsExactly("21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", "9:21");
        assertThat(modelsLab.get("configured").asBoolean()).isTrue();
        assertThat(modelsLab.get("chosenByDefault").asBoolean()).isTrue();
        assertThat(table.out() + table.err() + json.out() + json.err()).doesNotContain(KEY);
        assertThat(server.requestCount()).as("listing opens no provider").isZero();
    }

    @Test
    void theApiKeyFileSuppliesTheKeyWhichIsNeverPrinted() throws IOException {
        keyFileInsteadOfTheEnvironment(KEY + "\n");

        CommandRun run = imgedit.run("edit", "-i", "photo.png", "-p", "snow", "--provider", "modelslab",
                "--api-key-file", "modelslab.key", "--json");
        CommandRun noWait = imgedit.run("edit", "-i", "photo.png", "-p", "snow", "--provider", "modelslab",
                "--api-key-file", "modelslab.key", "-o", "second.png", "--no-wait");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.json().get("status").asText()).isEqualTo("succeeded");
        assertThat(server.submits()).hasSize(2)
                .allSatisfy(submit -> assertThat(server.json(submit).get("key").asText()).isEqualTo(KEY));
        assertThat(noWait.err()).contains("--provider modelslab -o second.png --api-key-file modelslab.key");
        assertThat(run.out() + run.err() + noWait.out() + noWait.err()).doesNotContain(KEY);
    }

    @Test
    void aKeyFileSavedByNotepadIsSentWithoutItsByteOrderMarkOrLineEnd() throws IOException {
        keyFileInsteadOfTheEnvironment("\uFEFF" + KEY + "\r\n");

        CommandRun run = imgedit.run("edit", "-i", "photo.png", "-p", "snow", "--provider", "modelslab",
                "--api-key-file", "modelslab.key");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(server.submits()).singleElement()
                .satisfies(submit -> assertThat(server.json(submit).get("key").asText()).isEqualTo(KEY));
    }

    @Test
    void aKeyFileHoldingAnAssignmentIsRefusedWithoutSendingOrPrintingIt() throws IOException {
        keyFileInsteadOfTheEnvironment("MODELSLAB_API_KEY=" + KEY + "\n");

        CommandRun run = imgedit.run("edit", "-i", "photo.png", "-p", "snow", "--provider", "modelslab",
                "--api-key-file", "modelslab.key");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.errorLines()).singleElement().asString()
                .contains("API key file 'modelslab.key' holds NAME=value", "keep only the key");
        assertThat(run.err()).doesNotContain(KEY);
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void aModelIdOfTwoWordsFromTheEnvironmentIsOneLineAndExitTwo() {
        CommandRun run = imgedit.with("IMGEDIT_MODEL", "a b").run("edit", "-i", "photo.png", "-p", "snow");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.errorLines()).singleElement().asString().contains("model 'a b' is not a model id");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void aRequestTheProviderRefusesBeforeItsSubmitIsJournaledAsNeverSent() {
        CommandRun run = imgedit.run("edit", "-i", "photo.png", "-p", "snow", "--model", "gpt-image-2-i2i",
                "--aspect-ratio", "1:1", "-O", "size=square", "--json");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.errorLines()).singleElement().asString().contains("not both");
        String journalId = run.json().get("journalId").asText();
        CommandRun shown = imgedit.run("jobs", "show", journalId);
        assertThat(shown.out()).contains("FAILED", "submitted:    0 times").doesNotContain("SUBMITTING");
        assertThat(imgedit.run("jobs", "show", journalId, "--json").json().get("submits").asInt()).isZero();
        assertThat(server.submitCount()).isZero();
        CommandRun fetch = imgedit.run("fetch", journalId);
        assertThat(fetch.errorLines()).singleElement().asString().contains("there is nothing to fetch")
                .doesNotContain("charged");
    }

    @Test
    void aKeyFileAloneIsNotGivenToAnotherOnlineProviderAndNamingModelsLabSendsItThere() throws IOException {
        keyFileInsteadOfTheEnvironment(KEY + "\n");

        // Two online providers are installed here (bfl too): the file alone does not say which the key is for.
        CommandRun alone = imgedit.run("edit", "-i", "photo.png", "-p", "snow", "--api-key-file", "modelslab.key");
        CommandRun named = imgedit.run("edit", "-i", "photo.png", "-p", "snow", "--api-key-file", "modelslab.key",
                "--provider", "modelslab");

        assertThat(alone.exitCode()).as(alone.toString()).isEqualTo(2);
        assertThat(alone.errorLines()).singleElement().asString().contains("name one with --provider");
        assertThat(named.exitCode()).as(named.toString()).isZero();
        assertThat(server.submits()).singleElement()
                .satisfies(submit -> assertThat(server.json(submit).get("key").asText()).isEqualTo(KEY));
        assertThat(alone.err() + named.err()).doesNotContain("MODELSLAB_API_KEY is set", KEY);
    }

    @Test
    void aJobIdOfAnotherProviderIsRefusedWithoutAskingModelsLab() {
        CommandRun run = imgedit.run("fetch", "fake-7k2m9q4wzx0c-1da3dab7");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.errorLines()).singleElement().asString()
                .contains("belongs to provider 'fake', not 'modelslab'", "--provider fake");
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void aBaseUrlNobodyAnswersIsNamedWithTheSettingToCheckNotCalledAnOutage() {
        URI refusing = BlockedPort.refusingUrl();
        CommandRun run = imgedit.with("MODELSLAB_BASE_URL", refusing.toString())
                .with("MODELSLAB_MAX_RETRIES", "0")
                .run("edit", "-i", "photo.png", "-p", "snow");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(8);
        assertThat(run.errorLines()).singleElement().asString()
                .contains("could not be reached", refusing.getAuthority(), "nothing was sent",
                        "check MODELSLAB_BASE_URL")
                .doesNotContain("try again later");
    }

    @Test
    void theTimeoutBoundsTheWaitForARateLimitToo() {
        server.rejectNextSubmits(dev.imgedit.modelslab.testserver.ModelsLabReplies.rateLimited(30));
        long started = System.nanoTime();

        CommandRun run = imgedit.run("edit", "-i", "photo.png", "-p", "snow", "--timeout", "2s");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(4);
        assertThat(run.errorLines()).singleElement().asString().contains("rate limiting", "30 s",
                "longer than the time left");
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(20));
        assertThat(server.submitCount()).isOne();
    }
}
