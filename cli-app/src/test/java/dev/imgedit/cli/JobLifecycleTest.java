package dev.imgedit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Submit without waiting, time out, and pick the job up again with fetch. */
class JobLifecycleTest extends PhotoDirectoryFixture {
    @Test
    void noWaitPrintsTheJobIdAndTheCommandThatFinishesIt() {
        CommandRun submitted = imgedit.with("IMGEDIT_FAKE_QUEUE_CHECKS", "1")
                .run("edit", "-i", "photo.png", "-p", "snow", "--no-wait");

        assertThat(submitted.exitCode()).as(submitted.toString()).isZero();
        String jobId = submitted.out().strip();
        assertThat(jobId).isNotBlank().doesNotContain("\n");
        assertThat(submitted.err()).contains("imgedit fetch " + jobId + " --provider fake -o photo.edited.png");
        assertThat(directory.resolve("photo.edited.png")).doesNotExist();

        CommandRun fetched = imgedit.run("fetch", jobId, "--provider", "fake", "-o", "photo.edited.png");

        assertThat(fetched.exitCode()).as(fetched.toString()).isZero();
        assertThat(fetched.out().strip()).isEqualTo("photo.edited.png");
        assertThat(TestImages.read(directory.resolve("photo.edited.png")).getWidth()).isPositive();
    }

    @Test
    void noWaitWithJson() {
        CommandRun submitted = imgedit.run("edit", "-i", "photo.png", "-p", "snow", "--no-wait", "--json");

        assertThat(submitted.exitCode()).isZero();
        JsonNode json = submitted.json();
        assertThat(json.get("status").asText()).isEqualTo("processing");
        assertThat(json.get("provider").asText()).isEqualTo("fake");
        String jobId = json.get("jobId").asText();
        assertThat(json.get("fetchCommand").asText()).startsWith("imgedit fetch " + jobId + " --provider fake");
        assertThat(json.get("outputs")).isEmpty();

        CommandRun fetched = imgedit.run("fetch", jobId, "--provider", "fake", "--json");
        assertThat(fetched.exitCode()).as(fetched.toString()).isZero();
        assertThat(fetched.json().get("status").asText()).isEqualTo("succeeded");
        assertThat(fetched.json().get("jobId").asText()).isEqualTo(jobId);
        assertThat(Path.of(fetched.json().get("outputs").get(0).get("path").asText())).isRegularFile();
    }

    @Test
    void timeoutExitsSevenWithTheJobIdAndTheFetchCommand() {
        CommandRun run = imgedit.with("IMGEDIT_FAKE_NEVER_FINISH", "true")
                .run("edit", "-i", "photo.png", "-p", "snow", "--timeout", "300ms");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(7);
        assertThat(run.errorLines()).singleElement().asString()
                .contains("imgedit fetch ", " --provider fake -o photo.edited.png");
        assertThat(run.err()).doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void timeoutInJsonCarriesTheJobId() {
        CommandRun run = imgedit.with("IMGEDIT_FAKE_NEVER_FINISH", "true")
                .run("edit", "-i", "photo.png", "-p", "snow", "--timeout", "200ms", "--json");

        assertThat(run.exitCode()).isEqualTo(7);
        JsonNode json = run.json();
        assertThat(json.get("status").asText()).isEqualTo("failed");
        assertThat(json.get("error").get("kind").asText()).isEqualTo("TIMED_OUT");
        assertThat(json.get("error").get("exitCode").asInt()).isEqualTo(7);
        String jobId = json.get("jobId").asText();
        assertThat(json.get("error").get("jobId").asText()).isEqualTo(jobId);
        assertThat(json.get("fetchCommand").asText()).startsWith("imgedit fetch " + jobId);
    }

    @Test
    void fetchOfAnUnknownJobExitsTwo() {
        CommandRun run = imgedit.run("fetch", "no-such-job", "--provider", "fake");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.errorLines()).hasSize(1);
    }

    @Test
    void fetchWithoutOutputNamesTheFileAfterTheJob() {
        String jobId = imgedit.run("edit", "-i", "photo.png", "-p", "snow", "--no-wait").out().strip();

        CommandRun fetched = imgedit.run("fetch", jobId, "--provider", "fake");

        assertThat(fetched.exitCode()).as(fetched.toString()).isZero();
        assertThat(directory.resolve(fetched.out().strip())).isRegularFile();
        assertThat(fetched.out().strip()).endsWith(".edited.png");
    }

    @Test
    void fetchRefusesToOverwriteBeforeAskingTheProvider() throws Exception {
        String jobId = imgedit.run("edit", "-i", "photo.png", "-p", "snow", "--no-wait").out().strip();
        java.nio.file.Files.writeString(directory.resolve("taken.png"), "taken");

        CommandRun fetched = imgedit.run("fetch", jobId, "--provider", "fake", "-o", "taken.png");

        assertThat(fetched.exitCode()).isEqualTo(2);
        assertThat(fetched.errorLines()).singleElement().asString().contains("already exists");
    }
}
