package dev.imgedit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditCommandTest {
    @TempDir
    Path directory;

    private CommandRunner imgedit;
    private Path photo;

    @BeforeEach
    void setUp() {
        imgedit = new CommandRunner(directory);
        photo = TestImages.png(directory.resolve("photo.png"), 64, 48);
    }

    @Test
    void writesTheEditNextToTheInputAndPrintsOnlyItsPathOnStandardOutput() {
        CommandRun run = imgedit.run("edit", "-i", "photo.png", "-p", "make it snow");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo("photo.edited.png" + System.lineSeparator());
        assertThat(TestImages.read(directory.resolve("photo.edited.png")).getWidth()).isPositive();
        assertThat(run.err()).contains("imgedit: using provider 'fake' (IMGEDIT_PROVIDER is set)");
    }

    @Test
    void announcesTheOfflineProviderWhenNoOnlineOneIsConfigured() {
        CommandRun run = imgedit.without("IMGEDIT_PROVIDER").run("edit", "-i", "photo.png", "-p", "make it snow");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.errLines()).contains("imgedit: using provider 'fake' (no online provider is configured; "
                + "set BFL_API_KEY or MODELSLAB_API_KEY to use one)");
    }

    @Test
    void writesWhereOutputSays() {
        CommandRun run = imgedit.run("edit", "--image", photo.toString(), "--prompt", "night", "--output",
                "out/night.png");

        // The directory does not exist: a local I/O error, before anything is submitted.
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(9);
        assertThat(run.errorLines()).singleElement().asString().contains("output directory 'out' does not exist");

        CommandRun second = imgedit.run("edit", "-i", photo.toString(), "-p", "night", "-o", "night.png");
        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(second.out().strip()).isEqualTo("night.png");
        assertThat(directory.resolve("night.png")).isNotEmptyFile();
    }

    @Test
    void neverOverwritesWithoutForce() throws IOException {
        Files.writeString(directory.resolve("photo.edited.png"), "keep me");

        CommandRun refused = imgedit.run("edit", "-i", "photo.png", "-p", "snow");

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.errorLines()).singleElement().asString()
                .contains("photo.edited.png' already exists", "--force", "-o");
        assertThat(directory.resolve("photo.edited.png")).hasContent("keep me");
        // After the arguments' checks, which need the provider's model, and before anything is sent.
        assertThat(refused.err()).as("refused before anything was submitted").doesNotContain("submitted");

        CommandRun forced = imgedit.run("edit", "-i", "photo.png", "-p", "snow", "--force");
        assertThat(forced.exitCode()).as(forced.toString()).isZero();
        assertThat(TestImages.read(directory.resolve("photo.edited.png")).getWidth()).isPositive();
    }

    @Test
    void refusesToWriteOverTheInput() {
        CommandRun run = imgedit.run("edit", "-i", "photo.png", "-p", "snow", "-o", "./photo.png", "--force");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errorLines()).singleElement().asString().contains("is the input file");
    }

    @Test
    void leavesNoTemporaryFileBehind() throws IOException {
        imgedit.run("edit", "-i", "photo.png", "-p", "snow");
        imgedit.run("edit", "-i", "photo.png", "-p", "snow", "--force");

        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("photo.png", "photo.edited.png");
        }
    }

    @Test
    void namesTheOutputAfterTheInputWhateverItsExtension() {
        TestImages.jpeg(directory.resolve("holiday.final.jpg"), 40, 30);

        CommandRun run = imgedit.run("edit", "-i", "holiday.final.jpg", "-p", "sepia");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out().strip()).isEqualTo("holiday.final.edited.png");
    }

    @Test
    void honoursTheAspectRatioAndSeed() {
        CommandRun run = imgedit.run("edit", "-i", "photo.png", "-p", "snow", "--aspect-ratio", "1:1", "--seed", "7");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        BufferedImage output = TestImages.read(directory.resolve("photo.edited.png"));
        assertThat(output.getWidth()).isEqualTo(output.getHeight());
    }

    @Test
    void readsThePromptFromStandardInputWhenItIsADash() {
        CommandRun run = imgedit.standardInput("make it snow\n").run("edit", "-i", "photo.png", "-p", "-");

        assertThat(run.exitCode()).as(run.toString()).isZero();
    }

    @Test
    void printsOneJsonObjectAndNothingElseOnStandardOutput() {
        CommandRun run = imgedit.run("edit", "-i", "photo.png", "-p", "snow", "--json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("provider").asText()).isEqualTo("fake");
        assertThat(json.get("jobId").asText()).isNotBlank();
        assertThat(json.get("status").asText()).isEqualTo("succeeded");
        assertThat(json.get("elapsedMs").asLong()).isNotNegative();
        assertThat(json.has("error")).isFalse();
        assertThat(json.get("metadata").get("model").asText()).isEqualTo("fake-java2d");
        assertThat(json.get("metadata").get("seed").asText()).isNotBlank();
        JsonNode output = json.get("outputs").get(0);
        assertThat(output.get("path").asText()).isEqualTo(directory.resolve("photo.edited.png").toString());
        assertThat(output.get("width").asInt()).isPositive();
        assertThat(output.get("height").asInt()).isPositive();
        assertThat(output.get("mimeType").asText()).isEqualTo("image/png");
        assertThat(output.get("bytes").asLong()).isEqualTo(directory.resolve("photo.edited.png").toFile().length());
        assertThat(run.outLines()).hasSize(1);
    }

    @Test
    void drawsProgressOnlyForAPersonWatching() {
        CommandRun quiet = imgedit.with("IMGEDIT_FAKE_QUEUE_CHECKS", "2")
                .run("edit", "-i", "photo.png", "-p", "snow", "-o", "quiet.png");
        CommandRun watched = imgedit.interactive().run("edit", "-i", "photo.png", "-p", "snow", "-o", "watched.png");

        assertThat(quiet.exitCode()).as(quiet.toString()).isZero();
        assertThat(quiet.err()).doesNotContain("\r");
        assertThat(watched.exitCode()).as(watched.toString()).isZero();
        assertThat(watched.err()).contains("\rimgedit: job ", " elapsed");
        assertThat(watched.out().strip()).isEqualTo("watched.png");
    }

    @Test
    void forceKeepsThePermissionsOfTheReplacedFile() throws IOException {
        Path existing = Files.writeString(directory.resolve("photo.edited.png"), "old");
        Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rw-------"));

        CommandRun run = imgedit.run("edit", "-i", "photo.png", "-p", "snow", "--force");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(existing))).isEqualTo("rw-------");
    }

    @Test
    void twoInputsOfTheSameNameGetDistinctDefaultOutputs() {
        TestImages.png(directory.resolve("cabin.png"), 32, 24);
        TestImages.jpeg(directory.resolve("cabin.jpg"), 32, 24);

        CommandRun png = imgedit.run("edit", "-i", "cabin.png", "-p", "snow");
        CommandRun jpeg = imgedit.run("edit", "-i", "cabin.jpg", "-p", "snow");

        assertThat(png.exitCode()).as(png.toString()).isZero();
        assertThat(jpeg.exitCode()).as(jpeg.toString()).isZero();
        assertThat(png.out().strip()).isEqualTo("cabin-png.edited.png");
        assertThat(jpeg.out().strip()).isEqualTo("cabin-jpg.edited.png");
    }

    @Test
    void anOutputNamedJpgGetsJpegBytes() throws IOException {
        CommandRun run = imgedit.run("edit", "-i", "photo.png", "-p", "snow", "-o", "out.jpg");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(dev.imgedit.ImageType.detect(Files.readAllBytes(directory.resolve("out.jpg"))))
                .contains(dev.imgedit.ImageType.JPEG);
    }

    @Test
    void warnsWhenTheNameSaysNoFormat() {
        CommandRun run = imgedit.run("edit", "-i", "photo.png", "-p", "snow", "-o", "out.img");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).contains("imgedit: warning: 'out.img' gets a PNG image");
    }

    @Test
    void anOptionTheModelDoesNotTakeIsRefusedBeforeAnyWork() {
        CommandRun run = imgedit.run("edit", "-i", "photo.png", "-p", "snow", "-O", "style=cosy");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("model fake-java2d (fake) has no option 'style'");
        assertThat(directory.resolve("photo.edited.png")).doesNotExist();
    }
}
