package dev.imgedit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imgedit.bfl.faults.BflFaultStage;
import dev.imgedit.bfl.faults.BflKept;
import dev.imgedit.bfl.testserver.BflTestServer;
import dev.imgedit.bfl.testserver.TaskScript;
import dev.imgedit.testkit.faults.FaultCase;
import dev.imgedit.testkit.faults.FaultStage;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code imgedit --provider bfl} end to end against the loopback BFL-compatible server of provider-bfl's test-jar:
 * edits, models and options, a timeout finished by {@code fetch} without paying again, {@code providers}, and every
 * row of BFL's fault matrix through the command.
 */
class BflEndToEndTest {
    private static final String KEY = "bfl-EndToEnd+Key/0123456789=";

    @TempDir
    Path directory;

    private BflTestServer server;
    private CommandRunner imgedit;
    private Path photo;

    @BeforeEach
    void setUp() {
        server = BflTestServer.start(KEY);
        imgedit = new CommandRunner(directory).without("IMGEDIT_PROVIDER")
                .with("BFL_BASE_URL", server.baseUrl().toString())
                .with("BFL_API_KEY", KEY)
                .with("BFL_POLL_MIN_INTERVAL", "5ms")
                .with("BFL_POLL_MAX_INTERVAL", "20ms");
        photo = TestImages.png(directory.resolve("photo.png"), 64, 48);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void aLocalFileIsSentInlineAndTheEditIsWrittenNextToIt() throws IOException {
        byte[] original = Files.readAllBytes(photo);
        server.enqueue(TaskScript.pendingThenReady(2));

        CommandRun run = imgedit.run("edit", "-i", "photo.png", "-p", "make it snow", "--provider", "bfl");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines()).containsExactly("photo.edited.png");
        assertThat(run.err()).contains("imgedit: using provider 'bfl' (chosen with --provider)");
        assertThat(TestImages.read(directory.resolve("photo.edited.png")).getWidth()).isEqualTo(64);
        assertThat(server.submits()).singleElement().satisfies(submit -> {
            assertThat(submit.path()).isEqualTo("/v1/flux-kontext-pro");
            assertThat(submit.header(BflTestServer.KEY_HEADER)).isEqualTo(KEY);
            JsonNode body = server.json(submit);
            assertThat(Base64.getDecoder().decode(body.get("input_image").asText())).isEqualTo(original);
            assertThat(body.get("prompt").asText()).isEqualTo("make it snow");
        });
        assertThat(server.downloads()).singleElement()
                .satisfies(download -> assertThat(download.header(BflTestServer.KEY_HEADER)).isNull());
        assertThat(run.out() + run.err()).doesNotContain(KEY);
    }

    @Test
    void aFlux2ModelGetsASizeForTheRatioAndIsAskedForTheFormatOfTheOutputFile() {
        CommandRun run = imgedit.run("edit", "-i", "photo.png", "-i", server.inputUrl("style.png"), "-p",
                "snow in the style of the second image", "--provider", "bfl", "--model", "flux-2-flex",
                "--aspect-ratio", "16:9", "-o", "wide.jpg", "-O", "guidance=3.5", "-O", "steps=28", "-O",
                "safety_tolerance=1", "--json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.json().get("provider").asText()).isEqualTo("bfl");
        assertThat(run.json().get("metadata").get("cost").asText()).as("what BFL charged").isNotBlank();
        JsonNode body = server.json(server.submits().get(0));
        assertThat(server.submits().get(0).path()).isEqualTo("/v1/flux-2-flex");
        assertThat(body.get("input_image_2").asText()).isEqualTo(server.inputUrl("style.png"));
        assertThat(body.get("output_format").asText()).isEqualTo("jpeg");
        assertThat(body.get("width").asInt() * 9).isCloseTo(body.get("height").asInt() * 16,
                Offset.offset(body.get("height").asInt() * 16 / 50));
        assertThat(body.get("guidance").asDouble()).isEqualTo(3.5);
        assertThat(body.get("steps").asInt()).isEqualTo(28);
        assertThat(body.get("safety_tolerance").asInt()).isEqualTo(1);
        JsonNode output = run.json().get("outputs").get(0);
        assertThat(output.get("mimeType").asText()).isEqualTo("image/jpeg");
        assertThat(output.get("width").asInt()).isEqualTo(body.get("width").asInt());
    }

    @Test
    void anOptionAModelDoesNotTakeIsRefusedBeforeAnythingIsSent() {
        CommandRun run = imgedit.run("edit", "-i", "photo.png", "-p", "snow", "--provider", "bfl", "-O",
                "safety_tolerance=6", "--model", "flux-2-pro");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.errorLines()).singleElement().asString().contains("safety_tolerance", "0 to 5");
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void aModeratedEditExitsSixAndSaysBflDoesNotChargeForIt() {
        server.enqueue(TaskScript.requestModerated());

        CommandRun run = imgedit.run("edit", "-i", "photo.png", "-p", "snow", "--provider", "bfl");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(6);
        assertThat(run.errorLines()).singleElement().asString().contains("BFL does not charge for it");
        assertThat(directory.resolve("photo.edited.png")).doesNotExist();
    }

    @Test
    void aTimeoutExitsSevenAndThePrintedFetchCommandFinishesTheTaskWithoutSubmittingAgain() {
        server.enqueue(TaskScript.pendingThenReady(40));
        CommandRun timedOut = imgedit.with("BFL_POLL_MIN_INTERVAL", "100ms").with("BFL_POLL_MAX_INTERVAL", "100ms")
                .run("edit", "-i", "photo.png", "-p", "snow", "--provider", "bfl", "--timeout", "1s");

        assertThat(timedOut.exitCode()).as(timedOut.toString()).isEqualTo(7);
        String errorLine = timedOut.errorLines().get(0);
        String fetchCommand = errorLine.substring(errorLine.indexOf("imgedit fetch "));
        List<String> words = List.of(fetchCommand.split(" "));
        assertThat(fetchCommand).startsWith("imgedit fetch " + server.taskIds().get(0) + " --provider bfl");

        CommandRun fetched = imgedit.with("BFL_POLL_MIN_INTERVAL", "5ms").with("BFL_POLL_MAX_INTERVAL", "5ms")
                .run(words.subList(1, words.size()).toArray(String[]::new));

        assertThat(fetched.exitCode()).as(fetched.toString()).isZero();
        assertThat(directory.resolve("photo.edited.png")).isNotEmptyFile();
        assertThat(server.submitCount()).as("fetch never submits").isOne();
    }

    @Test
    void aKeyFileGoesToBflWhenNamedAndIsRefusedWhenItCouldBeForEitherOnlineProvider() throws IOException {
        Path keyFile = Files.writeString(directory.resolve("bfl.key"), KEY + "\n");
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
        imgedit.without("BFL_API_KEY");

        CommandRun ambiguous = imgedit.run("edit", "-i", "photo.png", "-p", "snow", "--api-key-file", "bfl.key");
        CommandRun named = imgedit.run("edit", "-i", "photo.png", "-p", "snow", "--api-key-file", "bfl.key",
                "--provider", "bfl");

        assertThat(ambiguous.exitCode()).as(ambiguous.toString()).isEqualTo(2);
        assertThat(ambiguous.errorLines()).singleElement().asString()
                .contains("does not say which provider the key is for", "bfl and modelslab", "--provider");
        assertThat(named.exitCode()).as(named.toString()).isZero();
        assertThat(server.submits()).singleElement()
                .satisfies(submit -> assertThat(submit.header(BflTestServer.KEY_HEADER)).isEqualTo(KEY));
        assertThat(ambiguous.out() + ambiguous.err() + named.out() + named.err()).doesNotContain(KEY);
    }

    @Test
    void providersListsBflWithItsModelsOptionsAndBalance() {
        server.credits(new java.math.BigDecimal("1234.5"));
        CommandRun table = imgedit.run("providers");
        CommandRun json = imgedit.run("providers", "--json");

        assertThat(table.exitCode()).as(table.toString()).isZero();
        assertThat(table.outLines()).filteredOn(line -> line.startsWith("bfl")).singleElement().asString()
                .contains("configured");
        assertThat(table.outLines()).contains("  balance: 1234.5 credits ($12.34)");
        assertThat(table.outLines()).anySatisfy(line -> assertThat(line).startsWith("  flux-kontext-pro *")
                .contains("21:9", "png,jpeg,webp", "safety_tolerance,prompt_upsampling,webhook_url"));
        assertThat(table.outLines()).anySatisfy(line -> assertThat(line).startsWith("  flux-2-flex ")
                .contains("8", "guidance,steps"));
        JsonNode bfl = null;
        for (JsonNode provider : json.json().get("providers")) {
            if (provider.get("id").asText().equals("bfl")) {
                bfl = provider;
            }
        }
        assertThat(bfl).isNotNull();
        assertThat(bfl.get("configured").asBoolean()).isTrue();
        assertThat(bfl.get("balance").get("amount").decimalValue()).isEqualByComparingTo("1234.5");
        assertThat(bfl.get("balance").get("dollars").decimalValue()).isEqualByComparingTo("12.34");
        assertThat(bfl.get("settings").get(0).asText()).isEqualTo("BFL_API_KEY");
        List<String> models = new ArrayList<>();
        bfl.get("models").forEach(model -> models.add(model.get("id").asText()));
        assertThat(models).containsExactly("flux-kontext-pro", "flux-kontext-max", "flux-2-pro", "flux-2-max",
                "flux-2-flex");
        JsonNode kontextMax = bfl.get("models").get(1);
        assertThat(kontextMax.get("maxJobsInFlight").asInt()).isEqualTo(6);
        assertThat(kontextMax.get("options").get(0).get("accepted").asText()).isEqualTo("a whole number from 0 to 6");
        assertThat(table.out() + table.err() + json.out() + json.err()).doesNotContain(KEY);
        assertThat(server.requests()).as("listing asks for the balance and nothing else")
                .allSatisfy(request -> assertThat(request.path()).isEqualTo("/v1/credits")).hasSize(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.imgedit.bfl.faults.FaultMatrix#cases")
    void eachRowOfBflsFaultMatrixEndsInOneLineAndLeavesNothingBehind(FaultCase<BflFaultStage, BflKept> row,
            @TempDir Path rowDirectory) {
        try (BflFaultStage stage = BflFaultStage.start()) {
            row.arming().accept(stage);
            Map<String, String> settings = stage.settings(row);
            CommandRunner command = new CommandRunner(rowDirectory).without("IMGEDIT_PROVIDER");
            settings.forEach(command::with);
            String input = row.input() == FaultCase.Input.URL ? stage.inputUrl()
                    : TestImages.png(rowDirectory.resolve("photo.png"), 64, 48).getFileName().toString();
            DirectorySnapshot before = DirectorySnapshot.of(rowDirectory);

            CommandRun run = command.run("edit", "-i", input, "-p", FaultStage.PROMPT, "--provider", "bfl",
                    "--timeout", row.timeout().toMillis() + "ms", "--json");

            String key = settings.get("BFL_API_KEY");
            assertThat(run.out() + run.err()).as("the key in any form").doesNotContain(key, stage.server().apiKey(),
                    URLEncoder.encode(key, StandardCharsets.UTF_8));
            assertThat(run.err()).as("no stack trace").doesNotContain("\tat ", "Exception");
            JsonNode report = run.json();
            if (row.succeeds()) {
                assertThat(run.exitCode()).as(run.toString()).isZero();
                assertThat(report.get("outputs")).hasSize(1);
                return;
            }
            assertThat(report.get("error").get("kind").asText()).as(run.toString()).isEqualTo(row.kind().name());
            assertThat(run.exitCode()).isEqualTo(report.get("error").get("exitCode").asInt()).isBetween(2, 8);
            assertThat(run.errorLines()).as(run.toString()).singleElement().asString().contains(row.message());
            assertThat(report.get("outputs")).isEmpty();
            assertThat(DirectorySnapshot.of(rowDirectory)).as("no output or temporary file").isEqualTo(before);
        }
    }
}
