package dev.imgedit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imgedit.EditRequest;
import dev.imgedit.ImageInput;
import dev.imgedit.batch.JobHistory;
import dev.imgedit.batch.JobQuery;
import dev.imgedit.batch.JournaledEdit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Single edits in the user's journal: a paid job whose wait timed out is listed by {@code imgedit jobs} and
 * collected by {@code imgedit fetch} with the journal's id, on the provider the journal names, to the file the edit
 * meant to write.
 */
class JournalCommandsTest extends PhotoDirectoryFixture {

    @Test
    void anEditIsJournaledWithItsInputOutputAndHistory() {
        CommandRun edit = imgedit.run("edit", "-i", "photo.png", "-p", "make it snow", "--seed", "7", "--json");

        assertThat(edit.exitCode()).as(edit.toString()).isZero();
        String journalId = edit.json().get("journalId").asText();
        JsonNode job = imgedit.run("jobs", "show", journalId, "--json").json();
        assertThat(job.get("state").asText()).isEqualTo("DONE");
        assertThat(job.get("provider").asText()).isEqualTo("fake");
        assertThat(job.get("jobId").asText()).isEqualTo(edit.json().get("jobId").asText());
        assertThat(job.get("trackId").asText()).startsWith("imgedit-" + journalId + "-");
        assertThat(job.get("input").asText()).isEqualTo(directory.resolve("photo.png").toString());
        assertThat(job.get("inputSha256").asText()).hasSize(64);
        assertThat(job.get("seed").asLong()).isEqualTo(7);
        assertThat(job.get("outputs").get(0).get("path").asText())
                .isEqualTo(directory.resolve("photo.edited.png").toString());
        assertThat(job.get("events")).extracting(event -> event.get("state").asText())
                .containsExactly("PENDING", "SUBMITTING", "SUBMITTED", "DONE");
    }

    @Test
    void anImageWrittenToStandardOutputIsJournaledAsDoneWithTheSha256OfTheBytesWritten() throws IOException {
        String toFile = imgedit.run("edit", "-i", "photo.png", "-p", "snow", "--seed", "7", "-o", "out.png", "--json")
                .json().get("journalId").asText();

        CommandRun piped = imgedit.run("edit", "-i", "photo.png", "-p", "snow", "--seed", "7", "-o", "-");

        assertThat(piped.exitCode()).as(piped.toString()).isZero();
        assertThat(piped.outBytes()).isEqualTo(Files.readAllBytes(directory.resolve("out.png")));
        assertThat(piped.err()).doesNotContain("warning", "WARN", "Exception");
        String journalId = imgedit.run("jobs", "--limit", "1").outLines().get(1).split(" ")[0];
        assertThat(journalId).isNotEqualTo(toFile);
        JsonNode job = imgedit.run("jobs", "show", journalId, "--json").json();
        assertThat(job.get("state").asText()).isEqualTo("DONE");
        assertThat(job.get("outputs").get(0).get("path").asText()).isEqualTo("-");
        String sha256 = imgedit.run("jobs", "show", toFile, "--json").json().get("outputs").get(0).get("sha256")
                .asText();
        assertThat(job.get("outputs").get(0).get("sha256").asText()).isEqualTo(sha256);
        assertThat(imgedit.run("jobs", "show", journalId).out()).contains("output:       standard output (32x32, "
                + "SHA-256 " + sha256 + ")").doesNotContain("fetch");
    }

    @Test
    void aJobFetchedToStandardOutputIsJournaledAsDone() {
        CommandRun edit = imgedit.run("edit", "-i", "photo.png", "-p", "snow", "--no-wait", "--json");
        String journalId = edit.json().get("journalId").asText();

        CommandRun fetch = imgedit.run("fetch", journalId, "-o", "-");

        assertThat(fetch.exitCode()).as(fetch.toString()).isZero();
        assertThat(fetch.err()).doesNotContain("warning", "WARN", "Exception");
        JsonNode job = imgedit.run("jobs", "show", journalId, "--json").json();
        assertThat(job.get("state").asText()).isEqualTo("DONE");
        assertThat(job.get("outputs").get(0).get("path").asText()).isEqualTo("-");
        assertThat(imgedit.run("doctor").out()).doesNotContain("paid for and not collected");
    }

    @Test
    void aUrlsUserInfoAndQueryAreNotJournaledAndNotShownFromJournalsThatHoldThem() {
        String signed = "http://user:pw@127.0.0.1:1/night.png?sig=SECRET";
        String shown = "http://127.0.0.1:1/night.png?...";
        imgedit.run("edit", "-i", signed, "-p", "night");
        // What an imgedit that journaled whole URLs left behind.
        try (JobHistory history = JobHistory.open(imgedit.journal())) {
            assertThat(history.jobs(JobQuery.recent(10))).singleElement()
                    .satisfies(job -> assertThat(job.request().input()).isEqualTo(shown));
            JournaledEdit.begin(history.journal(), "fake", "fake-java2d",
                    EditRequest.builder(ImageInput.url(signed), "older").build(), signed, null, null);
        }

        CommandRun listed = imgedit.run("jobs");
        CommandRun listedJson = imgedit.run("jobs", "--json");

        assertThat(listed.outLines()).hasSize(3).allSatisfy(line -> assertThat(line).doesNotContain("SECRET", "pw@"));
        assertThat(listed.outLines().subList(1, 3)).allSatisfy(line -> assertThat(line).contains(shown));
        assertThat(listedJson.json().get("jobs")).extracting(job -> job.get("input").asText())
                .containsExactly(shown, shown);
        for (String line : listed.outLines().subList(1, 3)) {
            String journalId = line.split(" ")[0];
            assertThat(imgedit.run("jobs", "show", journalId).out()).contains("input:        " + shown)
                    .doesNotContain("SECRET", "pw@");
            assertThat(imgedit.run("jobs", "show", journalId, "--json").out()).doesNotContain("SECRET", "pw@");
        }
    }

    @Test
    void aTimedOutEditIsListedAndFetchedByTheJournalsIdOnItsProviderToWhereTheEditMeantToWrite() {
        CommandRun edit = imgedit.with("IMGEDIT_FAKE_QUEUE_TIME", "2s")
                .run("edit", "-i", "photo.png", "-p", "snow", "--timeout", "200ms");
        assertThat(edit.exitCode()).as(edit.toString()).isEqualTo(7);

        CommandRun listed = imgedit.run("jobs", "--state", "submitted");
        assertThat(listed.outLines()).hasSize(2);
        assertThat(listed.outLines().get(0)).startsWith("ID ").contains("STATE", "PROVIDER", "JOB ID", "PROMPT");
        assertThat(listed.outLines().get(1)).contains("SUBMITTED (TIMED_OUT)", "fake", "photo.png", "snow");
        String journalId = listed.outLines().get(1).split(" ")[0];

        // No provider named anywhere: the journal says which one has the job.
        CommandRun fetch = imgedit.without("IMGEDIT_PROVIDER").with("MODELSLAB_API_KEY", "sk-unused")
                .run("fetch", journalId);

        assertThat(fetch.exitCode()).as(fetch.toString()).isZero();
        assertThat(fetch.err()).contains("imgedit: using provider 'fake' (the journal's job " + journalId
                + " ran on it)");
        assertThat(fetch.out()).isEqualTo("photo.edited.png\n");
        assertThat(imgedit.run("jobs", "show", journalId).out()).contains("state:        DONE",
                "output:       photo.edited.png (");
    }

    @Test
    void anotherProvidersJobIdIsRefusedByWhatTheJournalKnowsBeforeAnythingIsAsked() {
        CommandRun edit = imgedit.with("IMGEDIT_FAKE_QUEUE_TIME", "5s")
                .run("edit", "-i", "photo.png", "-p", "snow", "--no-wait");
        String jobId = edit.out().strip();

        CommandRun fetch = imgedit.run("fetch", jobId, "--provider", "modelslab");

        assertThat(fetch.exitCode()).as(fetch.toString()).isEqualTo(2);
        assertThat(fetch.errorLines()).containsExactly("imgedit: error: job '" + jobId + "' was submitted through "
                + "provider 'fake', not 'modelslab': leave --provider out, or give --provider fake");
    }

    @Test
    void aJobWhoseSubmitLostItsAnswerCannotBeFetchedAndSaysWhichTrackIdToLookFor() throws IOException {
        Path script = Files.writeString(directory.resolve("outcomes.txt"), "answer-lost-without-job-id\n");
        CommandRun edit = imgedit.with("IMGEDIT_FAKE_SCRIPT", script.toString())
                .run("edit", "-i", "photo.png", "-p", "snow", "--json");
        assertThat(edit.exitCode()).as(edit.toString()).isEqualTo(8);
        String journalId = edit.json().get("journalId").asText();

        CommandRun fetch = imgedit.run("fetch", journalId);

        assertThat(fetch.exitCode()).isEqualTo(2);
        assertThat(fetch.errorLines()).singleElement().asString()
                .contains("job " + journalId + " has no job id: the answer to its submit was lost")
                .containsPattern("under track id imgedit-" + journalId + "-\\S+; look for that track id with provider "
                        + "fake");
        assertThat(imgedit.run("jobs", "--state", "OUTCOME_UNKNOWN").out()).contains(journalId);
    }

    @Test
    void badFiltersAndUnknownIdsAreOneLineErrors() {
        imgedit.run("edit", "-i", "photo.png", "-p", "snow");

        assertThat(imgedit.run("jobs", "--state", "running").errorLines()).containsExactly("imgedit: error: "
                + "--state 'running' is no job state: give one of PENDING, SUBMITTING, SUBMITTED, DONE, FAILED, "
                + "OUTCOME_UNKNOWN");
        assertThat(imgedit.run("jobs", "--limit", "0").exitCode()).isEqualTo(2);
        assertThat(imgedit.run("jobs", "--batch", "nowhere").errorLines()).singleElement().asString()
                .contains("--batch 'nowhere' is no batch imgedit ran");
        CommandRun unknown = imgedit.run("jobs", "show", "nothing-like-it", "--json");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.json().get("error").get("message").asText())
                .isEqualTo("no job 'nothing-like-it' in the journal: give an id that 'imgedit jobs' lists");
        CommandRun noHome = imgedit.without("XDG_STATE_HOME").run("jobs");
        assertThat(noHome.errorLines()).containsExactly("imgedit: error: no job journal: neither XDG_STATE_HOME nor "
                + "HOME is set; set one of them to the folder imgedit keeps its state under");
    }

    @Test
    void aJournalThatCannotBeWrittenNeverStopsAnEdit() throws IOException {
        Path notAFolder = Files.writeString(directory.resolve("state-is-a-file"), "x");

        CommandRun edit = imgedit.with("XDG_STATE_HOME", notAFolder.toString())
                .run("edit", "-i", "photo.png", "-p", "snow", "-o", "out.png");

        assertThat(edit.exitCode()).as(edit.toString()).isZero();
        assertThat(edit.errLines()).filteredOn(line -> line.startsWith("imgedit: warning: ")).singleElement()
                .asString().contains("cannot create the folder of the journal")
                .contains("this job is not journaled, so keep the fetch command imgedit prints");
        assertThat(directory.resolve("out.png")).isNotEmptyFile();
    }

    @Test
    void withoutAnyStateFolderEditsGoUnjournaledAndSilently() {
        CommandRun edit = imgedit.without("XDG_STATE_HOME").run("edit", "-i", "photo.png", "-p", "snow", "--json");

        assertThat(edit.exitCode()).as(edit.toString()).isZero();
        assertThat(edit.json().has("journalId")).isFalse();
        assertThat(edit.errLines()).noneMatch(line -> line.contains("warning"));
    }
}
