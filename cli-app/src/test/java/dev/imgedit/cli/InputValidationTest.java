package dev.imgedit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Mistakes on the command line or in the input: each gets exit 2 (9 for local I/O) and one precise line. */
class InputValidationTest {
    @TempDir
    Path directory;

    private CommandRunner imgedit;

    @BeforeEach
    void setUp() {
        imgedit = new CommandRunner(directory);
        TestImages.png(directory.resolve("photo.png"), 32, 32);
    }

    private void assertOneErrorLine(CommandRun run, int exitCode, String... fragments) {
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(exitCode);
        assertThat(run.errorLines()).as(run.toString()).singleElement().asString().contains(fragments);
        assertThat(run.err()).as("no stack trace").doesNotContain("\tat ", "Exception");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void missingInputFile() {
        assertOneErrorLine(imgedit.run("edit", "-i", "nowhere.png", "-p", "snow"), 2,
                "input file 'nowhere.png' does not exist");
    }

    @Test
    void directoryAsInput() throws IOException {
        Files.createDirectory(directory.resolve("pictures"));
        assertOneErrorLine(imgedit.run("edit", "-i", "pictures", "-p", "snow"), 2, "'pictures' is a directory");
    }

    @Test
    void emptyInputFile() throws IOException {
        Files.createFile(directory.resolve("empty.png"));
        assertOneErrorLine(imgedit.run("edit", "-i", "empty.png", "-p", "snow"), 2, "'empty.png' is empty");
    }

    @Test
    void inputThatIsNotAnImage() throws IOException {
        Files.writeString(directory.resolve("notes.png"), "just some text");
        assertOneErrorLine(imgedit.run("edit", "-i", "notes.png", "-p", "snow"), 2,
                "'notes.png' is not a PNG, JPEG or WebP image");
    }

    @Test
    void unreadableInputFile() throws IOException {
        Path secret = Files.copy(directory.resolve("photo.png"), directory.resolve("secret.png"));
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(secret), "running as root: every file is readable");

        assertOneErrorLine(imgedit.run("edit", "-i", "secret.png", "-p", "snow"), 9, "permission denied");
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///tmp/photo.png", "ftp://example.com/photo.png"})
    void inputWithASchemeOtherThanHttp(String input) {
        assertOneErrorLine(imgedit.run("edit", "-i", input, "-p", "snow"), 2, "uses the scheme");
    }

    @Test
    void blankPrompt() {
        assertOneErrorLine(imgedit.run("edit", "-i", "photo.png", "-p", "  "), 2, "prompt is blank");
    }

    @Test
    void negativeSeed() {
        assertOneErrorLine(imgedit.run("edit", "-i", "photo.png", "-p", "snow", "--seed", "-1"), 2,
                "seed must be zero or positive");
    }

    @Test
    void seedThatIsNotANumber() {
        assertOneErrorLine(imgedit.run("edit", "-i", "photo.png", "-p", "snow", "--seed", "many"), 2, "--seed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"soon", "-5s", "0"})
    void badTimeout(String timeout) {
        assertOneErrorLine(imgedit.run("edit", "-i", "photo.png", "-p", "snow", "--timeout", timeout), 2,
                "--timeout");
    }

    @Test
    void unknownAspectRatio() {
        assertOneErrorLine(imgedit.run("edit", "-i", "photo.png", "-p", "snow", "--aspect-ratio", "5:4"), 2,
                "unknown aspect ratio '5:4'");
    }

    @Test
    void unknownOption() {
        assertOneErrorLine(imgedit.run("edit", "-i", "photo.png", "-p", "snow", "--sparkle"), 2,
                "Unknown option: '--sparkle'", "imgedit edit --help");
    }

    @Test
    void missingRequiredOption() {
        assertOneErrorLine(imgedit.run("edit", "-i", "photo.png"), 2, "--prompt");
    }

    @Test
    void unknownCommand() {
        assertOneErrorLine(imgedit.run("paint"), 2, "paint");
    }

    @Test
    void noCommandAtAll() {
        CommandRun run = imgedit.run();
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errorLines()).singleElement().asString().contains("a command is missing");
    }

    @Test
    void unknownProviderListsTheInstalledOnes() {
        assertOneErrorLine(imgedit.run("edit", "-i", "photo.png", "-p", "snow", "--provider", "acme"), 2,
                "unknown provider 'acme'", "fake", "modelslab");
    }

    @Test
    void usageErrorWithJsonStillPrintsOneJsonObject() {
        CommandRun run = imgedit.run("edit", "-i", "photo.png", "--json", "--sparkle");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.json().get("status").asText()).isEqualTo("failed");
        assertThat(run.json().get("error").get("kind").asText()).isEqualTo("USAGE");
        assertThat(run.json().get("error").get("exitCode").asInt()).isEqualTo(2);
    }

    @Test
    void invalidInputWithJson() {
        CommandRun run = imgedit.run("edit", "-i", "nowhere.png", "-p", "snow", "--json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.json().get("status").asText()).isEqualTo("failed");
        assertThat(run.json().get("error").get("kind").asText()).isEqualTo("INVALID_REQUEST");
        assertThat(run.json().get("error").get("message").asText()).contains("does not exist");
        assertThat(run.json().has("provider")).as("no provider was chosen yet").isFalse();
    }

    @Test
    void debugShowsTheStackTrace() {
        CommandRun run = imgedit.run("--debug", "edit", "-i", "nowhere.png", "-p", "snow");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("imgedit: error: input file 'nowhere.png' does not exist", "\tat ");
    }

    @Test
    void debugIsAcceptedAfterTheCommandToo() {
        CommandRun run = imgedit.run("edit", "-i", "nowhere.png", "-p", "snow", "--debug");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("\tat ");
    }
}
