package dev.imgedit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each way a provider fails, imitated by the fake, ends in its documented exit code and one line on stderr. */
class ProviderFailureExitCodesTest extends PhotoDirectoryFixture {
    @ParameterizedTest(name = "{0} exits {1}")
    @CsvSource({
        "INVALID_REQUEST, 2",
        "UNSUPPORTED_FEATURE, 2",
        "JOB_NOT_FOUND, 2",
        "AUTHENTICATION, 3",
        "RATE_LIMITED, 4",
        "INSUFFICIENT_CREDITS, 5",
        "CONTENT_REJECTED, 6",
        "JOB_FAILED, 8",
        "PROVIDER_UNAVAILABLE, 8",
        "OUTCOME_UNKNOWN, 8"
    })
    void exitsWithTheCodeOfTheFailureAndOneLineOnStandardError(String kind, int exitCode) {
        CommandRun run = imgedit.with("IMGEDIT_FAKE_FAIL", kind).run("edit", "-i", "photo.png", "-p", "snow");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(exitCode);
        assertThat(run.errorLines()).as(run.toString()).hasSize(1);
        assertThat(run.err()).as("no stack trace").doesNotContain("\tat ", "Exception");
        assertThat(run.out()).isEmpty();
        assertThat(directory.resolve("photo.edited.png")).doesNotExist();
    }

    @ParameterizedTest(name = "{0} in JSON")
    @CsvSource({"RATE_LIMITED, 4", "CONTENT_REJECTED, 6", "JOB_FAILED, 8"})
    void reportsTheFailureInJson(String kind, int exitCode) {
        CommandRun run = imgedit.with("IMGEDIT_FAKE_FAIL", kind)
                .run("edit", "-i", "photo.png", "-p", "snow", "--json");

        assertThat(run.exitCode()).isEqualTo(exitCode);
        JsonNode json = run.json();
        assertThat(json.get("status").asText()).isEqualTo("failed");
        assertThat(json.get("provider").asText()).isEqualTo("fake");
        assertThat(json.get("outputs")).isEmpty();
        JsonNode error = json.get("error");
        assertThat(error.get("kind").asText()).isEqualTo(kind);
        assertThat(error.get("exitCode").asInt()).isEqualTo(exitCode);
        assertThat(error.get("message").asText()).isNotBlank();
        assertThat(run.errorLines()).singleElement().asString().contains(error.get("message").asText());
    }

    @ParameterizedTest(name = "{0} with debug")
    @CsvSource({"AUTHENTICATION", "JOB_FAILED"})
    void showsTheStackTraceOnlyWithDebug(String kind) {
        CommandRun run = imgedit.with("IMGEDIT_FAKE_FAIL", kind)
                .run("edit", "-i", "photo.png", "-p", "snow", "--debug");

        assertThat(run.err()).contains("\tat ");
        assertThat(run.errorLines()).hasSize(1);
    }

    @Test
    void aProviderThatCannotBeOpenedFailsWithItsOwnErrorNotAWiringError() {
        CommandRun withoutKey = imgedit.without("MODELSLAB_API_KEY")
                .run("edit", "-i", "photo.png", "-p", "snow", "--provider", "modelslab");
        CommandRun badSetting = imgedit.with("IMGEDIT_FAKE_LATENCY", "slowly")
                .run("edit", "-i", "photo.png", "-p", "snow");

        assertThat(withoutKey.exitCode()).as(withoutKey.toString()).isEqualTo(3);
        assertThat(withoutKey.errorLines()).singleElement().asString().contains("MODELSLAB_API_KEY");
        assertThat(badSetting.exitCode()).as(badSetting.toString()).isEqualTo(2);
        assertThat(badSetting.errorLines()).singleElement().asString().contains("IMGEDIT_FAKE_LATENCY");
        assertThat(withoutKey.err() + badSetting.err()).doesNotContain("Guice", "\tat ");
    }
}
