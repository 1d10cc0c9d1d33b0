package dev.imgedit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code imgedit batch} as a user runs it: a folder, a manifest, a rerun, failures, and what it prints. */
class BatchCommandTest {
    @TempDir
    Path directory;

    /** The fake's jobs and script progress, apart from every other test's. */
    @TempDir
    Path jobs;

    private CommandRunner imgedit;

    @BeforeEach
    void photos() {
        imgedit = new CommandRunner(directory).with("IMGEDIT_FAKE_JOB_DIRECTORY", jobs.toString());
        for (int i = 0; i < 5; i++) {
            TestImages.png(directory.resolve(i % 2 == 0 ? "photos/a-" + i + ".png" : "photos/sub/b-" + i + ".png"),
                    32 + i, 24 + i);
        }
    }

    @Test
    void aFolderIsEditedIntoTheOutputFolderWithOneLinePerItemAndARerunPaysForNothing() throws IOException {
        CommandRun first = imgedit.run("batch", "--dir", "photos", "--prompt", "make it snow", "--out", "snowy");

        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.outLines()).containsExactly("snowy/a-0.png", "snowy/a-2.png", "snowy/a-4.png",
                "snowy/sub/b-1.png", "snowy/sub/b-3.png");
        assertThat(first.errLines()).filteredOn(line -> line.matches("imgedit: \\[\\d/5] done .*")).hasSize(5)
                .anyMatch(line -> line.endsWith("] done sub/b-3.png -> snowy/sub/b-3.png"))
                .anyMatch(line -> line.endsWith("] done a-0.png -> snowy/a-0.png"));
        assertThat(first.err()).contains("imgedit: 5 items in ", ": 5 done\n", "imgedit: gallery: snowy/index.html");
        assertThat(directory.resolve("snowy/index.html")).isNotEmptyFile();
        assertThat(TestImages.read(directory.resolve("snowy/sub/b-3.png")).getWidth()).isPositive();

        CommandRun rerun = imgedit.run("batch", "--dir", "photos", "--prompt", "make it snow", "--out", "snowy");

        assertThat(rerun.exitCode()).as(rerun.toString()).isZero();
        assertThat(rerun.err()).contains(": 5 done (5 in an earlier run)")
                .contains("skipped a-2.png: done in an earlier run");
        assertThat(submits()).as("the rerun submitted nothing").isEqualTo(5);
    }

    @Test
    void jsonPrintsTheSummaryAsOneObjectWithEveryItem() {
        CommandRun run = imgedit.run("batch", "--dir", "photos", "--glob", "a-*.png", "-p", "night", "--out", "out",
                "--json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode summary = run.json();
        assertThat(summary.fieldNames()).toIterable().startsWith("status", "batchId", "outputDirectory", "provider",
                "model", "total", "done");
        assertThat(summary.get("status").asText()).isEqualTo("succeeded");
        assertThat(summary.get("provider").asText()).isEqualTo("fake");
        assertThat(summary.get("total").asInt()).as("--glob kept the a-*.png files").isEqualTo(3);
        assertThat(summary.get("done").asInt()).isEqualTo(3);
        assertThat(summary.get("gallery").asText()).isEqualTo(directory.resolve("out/index.html").toString());
        assertThat(summary.get("items")).allSatisfy(item -> {
            assertThat(item.get("state").asText()).isEqualTo("DONE");
            assertThat(item.get("outputs").get(0).asText()).startsWith(directory.resolve("out").toString());
            assertThat(item.get("jobId").asText()).startsWith("fake-");
        });
    }

    @Test
    void failuresAreCountedByKindAndExitTenWhileTheRestIsDone() throws IOException {
        Files.writeString(directory.resolve("photos/notes.png"), "not a picture");
        Files.writeString(directory.resolve("shots.csv"), String.join("\n", "image,prompt,output",
                "photos/a-0.png,make it snow,snow/a", "photos/a-2.png,a cat on the roof,cat/a",
                "photos/notes.png,make it warm,", "photos/sub/b-1.png,make it night,"));
        Files.writeString(directory.resolve("outcomes.txt"), String.join("\n",
                "job-rejected when-prompt-contains=cat", "succeeds", "succeeds"));

        CommandRun run = imgedit.with("IMGEDIT_FAKE_SCRIPT", directory.resolve("outcomes.txt").toString())
                .run("batch", "--manifest", "shots.csv", "--out", "out");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(10);
        assertThat(run.err()).contains("imgedit: 4 items in ", ": 2 done, 2 failed (CONTENT_REJECTED 1, "
                + "INVALID_REQUEST 1)")
                .contains("failed photos/notes.png: INVALID_REQUEST: ", "is not a PNG, JPEG or WebP image")
                .contains("failed photos/a-2.png: CONTENT_REJECTED: ");
        assertThat(run.outLines()).as("sub-folders kept, from the manifest's folder")
                .containsExactly("out/snow/a.png", "out/photos/sub/b-1.png");
        assertThat(run.errorLines()).as("a partial batch is no error of the command").isEmpty();
    }

    @Test
    void aRefusedKeyStopsTheBatchWithTheKeysExitCodeAndARerunGoesOn() {
        CommandRun refused;
        try (LogCapture log = LogCapture.start()) {
            refused = imgedit.with("IMGEDIT_FAKE_FAIL", "AUTHENTICATION")
                    .run("batch", "--dir", "photos", "-p", "sepia", "--out", "out", "--concurrency", "1");
            assertThat(log.text()).as("the summary says why it stopped; no warning in the log repeats it")
                    .doesNotContain("WARN");
        }

        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(3);
        assertThat(refused.err()).contains("imgedit: stopped early: ").contains("left for the next run");

        CommandRun rerun = imgedit.without("IMGEDIT_FAKE_FAIL")
                .run("batch", "--dir", "photos", "-p", "sepia", "--out", "out", "--concurrency", "1");

        assertThat(rerun.exitCode()).as(rerun.toString()).isZero();
        assertThat(rerun.err()).contains(": 5 done");
    }

    @Test
    void anItemWhoseAnswerWasLostIsReportedWithItsTrackIdAndSentAgainOnlyWhenAsked() throws IOException {
        Files.writeString(directory.resolve("outcomes.txt"), String.join("\n",
                "answer-lost-without-job-id when-prompt-contains=night", "succeeds", "succeeds"));
        Files.writeString(directory.resolve("shots.csv"), "image,prompt\nphotos/a-0.png,make it night\n"
                + "photos/a-2.png,make it snow\n");
        imgedit.with("IMGEDIT_FAKE_SCRIPT", directory.resolve("outcomes.txt").toString());

        CommandRun lost = imgedit.run("batch", "--manifest", "shots.csv", "--out", "out");

        assertThat(lost.exitCode()).as(lost.toString()).isEqualTo(10);
        assertThat(lost.err()).contains("1 done, 1 outcome unknown")
                .containsPattern("outcome unknown: photos/a-0.png was sent with track id imgedit-\\S+ and may have "
                        + "been accepted \\(and charged\\): look for it with provider fake, or run again with "
                        + "--resubmit-unknown");
        CommandRun rerun = imgedit.run("batch", "--manifest", "shots.csv", "--out", "out");
        assertThat(rerun.exitCode()).isEqualTo(10);
        assertThat(submits()).as("never sent again unasked").isEqualTo(2);

        CommandRun resubmitted = imgedit.run("batch", "--manifest", "shots.csv", "--out", "out",
                "--resubmit-unknown");
        assertThat(resubmitted.exitCode()).as(resubmitted.toString()).isZero();
        assertThat(submits()).isEqualTo(3);
    }

    @Test
    void aRerunSaysAFailureIsFromAnEarlierRunAndHowToRetryIt() {
        CommandRun refused = imgedit.with("IMGEDIT_FAKE_FAIL", "CONTENT_REJECTED")
                .run("batch", "--dir", "photos", "--glob", "a-0.png", "-p", "cool", "--out", "out");
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(10);
        assertThat(refused.err()).contains("imgedit: [1/1] failed a-0.png: CONTENT_REJECTED: ")
                .doesNotContain("--retry-failed");

        CommandRun rerun = imgedit.without("IMGEDIT_FAKE_FAIL")
                .run("batch", "--dir", "photos", "--glob", "a-0.png", "-p", "cool", "--out", "out");

        assertThat(rerun.exitCode()).as(rerun.toString()).isEqualTo(10);
        assertThat(rerun.err()).contains("imgedit: [1/1] failed a-0.png in an earlier run: CONTENT_REJECTED: ")
                .containsOnlyOnce("--retry-failed")
                .contains("imgedit: 1 item failed in an earlier run and was not sent again, as it would likely fail "
                        + "(and be charged) again: change the prompt or the image, or run again with --retry-failed "
                        + "to send it anyway");
        assertThat(submits()).isEqualTo(1);

        CommandRun retried = imgedit.run("batch", "--dir", "photos", "--glob", "a-0.png", "-p", "cool", "--out",
                "out", "--retry-failed");
        assertThat(retried.exitCode()).as(retried.toString()).isZero();
    }

    @Test
    void anEarlierBatchsOutputFolderInsideTheFolderIsSkippedAndSaidOnce() {
        assertThat(imgedit.run("batch", "--dir", "photos", "-p", "snow", "--out", "photos/snowy").exitCode()).isZero();

        CommandRun next = imgedit.run("batch", "--dir", "photos", "-p", "night", "--out", "night");

        assertThat(next.exitCode()).as(next.toString()).isZero();
        assertThat(next.err()).containsOnlyOnce("imgedit: skipped photos/snowy: an earlier batch's output; name it "
                + "with --glob to include it, such as --glob 'snowy/**.png'\n").contains(": 5 done");
        assertThat(next.outLines()).noneMatch(line -> line.contains("snowy"));
    }

    @Test
    void theCommandsOwnWarningsEndTheSummaryAndAreInTheJson() {
        String warning = "--concurrency 50 is more than the 5 jobs model fake-java2d takes at once";

        CommandRun text = imgedit.run("batch", "--dir", "photos", "-p", "snow", "--out", "out", "--concurrency", "50");

        assertThat(text.exitCode()).as(text.toString()).isZero();
        assertThat(text.errLines()).as("said when the run starts, and again with the summary")
                .filteredOn(line -> line.contains(warning)).hasSize(2);
        assertThat(text.errLines().get(text.errLines().size() - 2)).startsWith("imgedit: warning: " + warning);

        CommandRun json = imgedit.run("batch", "--dir", "photos", "-p", "snow", "--out", "out2", "--concurrency", "50",
                "--json");

        assertThat(json.json().get("warnings")).singleElement()
                .satisfies(line -> assertThat(line.asText()).startsWith(warning));
    }

    @Test
    void onATerminalABarIsDrawnInPlaceInsteadOfALinePerItem() {
        CommandRun run = imgedit.interactive().with("COLUMNS", "100")
                .run("batch", "--dir", "photos", "-p", "snow", "--out", "out");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).contains("\rimgedit: [========================] 5/5  done 5, in flight 0, queued 0  ")
                .doesNotContain("] done ");
        assertThat(run.err().split("\r")).allSatisfy(line -> assertThat(line.length()).isLessThan(100));
    }

    @Test
    void theBatchsJobsAreListedFromItsFolder() {
        imgedit.run("batch", "--dir", "photos", "-p", "snow", "--out", "out");

        CommandRun jobs = imgedit.run("jobs", "--batch", "out", "--json");

        assertThat(jobs.exitCode()).as(jobs.toString()).isZero();
        assertThat(jobs.json().get("jobs")).hasSize(5)
                .allSatisfy(job -> assertThat(job.get("state").asText()).isEqualTo("DONE"));
        String id = jobs.json().get("jobs").get(0).get("id").asText();
        CommandRun show = imgedit.run("jobs", "show", id);
        assertThat(show.out()).contains("id:           " + id, "state:        DONE", "prompt:       snow")
                .contains("batch:        ").contains("(out)");
    }

    /** The submits every job of this runner's journal records (the library's tests count them at the service). */
    private int submits() {
        CommandRun jobs = imgedit.run("jobs", "--json", "--limit", "1000");
        int submits = 0;
        for (JsonNode job : jobs.json().get("jobs")) {
            submits += job.get("submits").asInt();
        }
        return submits;
    }
}
