package dev.imgedit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Mistakes on the command line that are not single rows of the bad-input catalogue ({@link BadInputCatalogue}, where
 * every bad input, option and value is): several forms of one mistake, the JSON form of an error, --debug.
 */
class InputValidationTest extends PhotoDirectoryFixture {
    private void assertOneErrorLine(CommandRun run, int exitCode, String... fragments) {
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(exitCode);
        assertThat(run.errorLines()).as(run.toString()).singleElement().asString().contains(fragments);
        assertThat(run.err()).as("no stack trace").doesNotContain("\tat ", "Exception");
        assertThat(run.out()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"soon", "-5s", "0"})
    void aTimeoutThatIsNotAPositiveDurationExitsTwo(String timeout) {
        assertOneErrorLine(imgedit.run("edit", "-i", "photo.png", "-p", "snow", "--timeout", timeout), 2,
                "--timeout");
    }

    @Test
    void anUnknownCommandExitsTwoNamingIt() {
        assertOneErrorLine(imgedit.run("paint"), 2, "paint");
    }

    @Test
    void noCommandAtAllExitsTwo() {
        CommandRun run = imgedit.run();
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errorLines()).singleElement().asString().contains("a command is missing");
    }

    @Test
    void theArgumentsAreCheckedBeforeTheOutputFileSoOneRunTellsTheRealProblem() throws IOException {
        Files.writeString(directory.resolve("photo.edited.png"), "an earlier edit\n");

        assertOneErrorLine(imgedit.run("edit", "-i", "photo.png", "-p", ""), 2, "prompt is blank");
        assertOneErrorLine(imgedit.run("edit", "-i", "photo.png", "-p", "snow", "-O", "style=cosy"), 2,
                "has no option 'style'");
        assertOneErrorLine(imgedit.run("edit", "-i", "photo.png", "-p", "snow"), 2, "already exists");
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
