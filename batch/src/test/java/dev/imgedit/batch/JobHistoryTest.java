package dev.imgedit.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgedit.EditJob;
import dev.imgedit.EditRequest;
import dev.imgedit.ImageInput;
import dev.imgedit.batch.fixtures.FakeProviders;
import dev.imgedit.batch.fixtures.Pictures;
import dev.imgedit.exception.EditTimeoutException;
import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.exception.OutcomeUnknownException;
import dev.imgedit.exception.RateLimitedException;
import dev.imgedit.testkit.TestImages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's journal: single edits recorded through {@link JournaledEdit}, batches found through their folders. */
class JobHistoryTest {
    private static final EditRequest SNOW =
            EditRequest.builder(ImageInput.bytes(TestImages.png(40, 30)), "make it snow").seed(3L).build();

    @TempDir
    Path temporary;

    @Test
    void theLocationFollowsTheXdgConventionAndOnlyTheEnvironmentGiven() {
        assertThat(JobHistory.defaultLocation(Map.of("XDG_STATE_HOME", "/s", "HOME", "/h")))
                .isEqualTo(Path.of("/s/imgedit/journal.db"));
        assertThat(JobHistory.defaultLocation(Map.of("XDG_STATE_HOME", "relative", "HOME", "/h")))
                .as("a relative XDG path is to be ignored").isEqualTo(Path.of("/h/.local/state/imgedit/journal.db"));
        assertThat(JobHistory.defaultLocation(Map.of())).as("no home named: no journal").isNull();
    }

    @Test
    void aSingleEditIsRecordedBeforeItsSubmitAndFoundByEitherId() {
        try (JobHistory history = JobHistory.open(temporary.resolve("state/journal.db"))) {
            JournaledEdit edit = JournaledEdit.begin(history.journal(), "fake", "fake-java2d", SNOW,
                    "/photos/a.png", "/photos/a.edited.png", null);
            JobRecord before = history.find(edit.id());
            assertThat(before.state()).isEqualTo(ItemState.SUBMITTING);
            assertThat(edit.withTrackId(SNOW).trackId()).isEqualTo(before.trackId()).startsWith("imgedit-" + edit.id());

            edit.accepted("fake-job-1");
            edit.failed(new EditTimeoutException("still processing after 5 s", "fake-job-1", Duration.ofSeconds(5)));

            JobRecord waiting = history.findByJobId("fake-job-1").get(0);
            assertThat(waiting.state()).as("a timed-out job goes on: it can be collected").isEqualTo(ItemState.SUBMITTED);
            assertThat(waiting.failure().kind()).isEqualTo("TIMED_OUT");
            assertThat(waiting.outputStem()).isEqualTo("/photos/a.edited.png");
            EditJob job = waiting.editJob();
            assertThat(job.providerId()).isEqualTo("fake");
            assertThat(job.id()).isEqualTo("fake-job-1");

            Path written = Pictures.write(temporary.resolve("a.edited.png"), TestImages.png(40, 30));
            JournaledEdit.resume(history.journalOf(waiting), waiting)
                    .done(List.of(OutputFile.written(written, dev.imgedit.ImageType.PNG, 40, 30)), Map.of("seed", "3"));

            JobRecord done = history.find(edit.id());
            assertThat(done.state()).isEqualTo(ItemState.DONE);
            assertThat(done.outputs()).singleElement().satisfies(output -> {
                assertThat(output.path()).isEqualTo(written.toString());
                assertThat(output.sha256()).hasSize(64);
            });
            assertThat(history.events(done)).extracting(JobEvent::state).containsExactly(ItemState.SUBMITTING,
                    ItemState.SUBMITTED, ItemState.SUBMITTED, ItemState.DONE);
        }
    }

    @Test
    void aUrlInputIsRecordedWithoutItsUserInformationOrQuery() {
        EditRequest fromUrl = EditRequest.builder(
                ImageInput.url("https://user:secret@example.com/a.png?sig=SECRET"), "snow").build();
        try (JobHistory history = JobHistory.open(temporary.resolve("state/journal.db"))) {
            JournaledEdit edit = JournaledEdit.begin(history.journal(), "fake", "fake-java2d", fromUrl,
                    "https://example.com/a.png?...", null, null);
            JobRequest recorded = history.find(edit.id()).request();
            assertThat(recorded.inputLocation()).isEqualTo("https://example.com/a.png?...")
                    .doesNotContain("secret").doesNotContain("SECRET");
        }
    }

    @Test
    void aPlannedEditIsSubmittingOnlyOnceItsSubmitGoesOutAndOneNeverSentEndsWithNoSubmit() {
        try (JobHistory history = JobHistory.open(temporary.resolve("journal.db"))) {
            JournaledEdit refused = JournaledEdit.plan(history.journal(), "fake", "m", SNOW, "-", null, null);
            assertThat(refused.record().state()).isEqualTo(ItemState.PENDING);
            refused.failed(new InvalidRequestException("takes an aspect ratio or the size option, not both"));
            JournaledEdit sent = JournaledEdit.plan(history.journal(), "fake", "m", SNOW, "-", null, null);
            sent.submitting();
            sent.submitting();
            JournaledEdit lost = JournaledEdit.plan(history.journal(), "fake", "m", SNOW, "-", null, null);
            lost.failed(new OutcomeUnknownException("the connection dropped", null, "t-1", null));

            assertThat(refused.record().state()).isEqualTo(ItemState.FAILED);
            assertThat(refused.record().submits()).isZero();
            assertThat(history.events(refused.record())).extracting(JobEvent::state)
                    .containsExactly(ItemState.PENDING, ItemState.FAILED);
            assertThat(sent.record().state()).isEqualTo(ItemState.SUBMITTING);
            assertThat(sent.record().submits()).as("a submit sent again is still one edit").isOne();
            assertThat(sent.record().trackId()).isEqualTo(sent.withTrackId(SNOW).trackId());
            assertThat(lost.record().state()).as("a lost answer means it was sent, heard or not")
                    .isEqualTo(ItemState.OUTCOME_UNKNOWN);
        }
    }

    @Test
    void optionsThatLookLikeSecretsOrTheTrackIdAreNeverJournaled() {
        try (JobHistory history = JobHistory.open(temporary.resolve("journal.db"))) {
            for (String name : List.of("key", "apikey", "MODELSLAB_API_KEY", "track_id")) {
                EditRequest withOption = SNOW.toBuilder().providerOptions(Map.of(name, "test-key-123")).build();
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> JournaledEdit.plan(history.journal(),
                        "modelslab", "m", withOption, "-", null, null)).isInstanceOf(InvalidRequestException.class);
            }
            assertThat(history.jobs(JobQuery.recent(10))).isEmpty();
        }
    }

    @Test
    void failuresEndTheRecordAsTheirKindSays() {
        try (JobHistory history = JobHistory.open(temporary.resolve("journal.db"))) {
            JournaledEdit refused = JournaledEdit.begin(history.journal(), "fake", "m", SNOW, "-", null, null);
            refused.failed(new RateLimitedException("slow down", Duration.ofSeconds(2)));
            JournaledEdit lost = JournaledEdit.begin(history.journal(), "fake", "m", SNOW, "-", null, null);
            lost.failed(new OutcomeUnknownException("the connection dropped", null, "t-1", null));
            JournaledEdit lostButNamed = JournaledEdit.begin(history.journal(), "fake", "m", SNOW, "-", null, null);
            lostButNamed.failed(new OutcomeUnknownException("the connection dropped", "job-9", "t-2", null));

            assertThat(refused.record().state()).as("refused before acceptance: nothing was charged")
                    .isEqualTo(ItemState.FAILED);
            assertThat(lost.record().state()).isEqualTo(ItemState.OUTCOME_UNKNOWN);
            assertThat(lostButNamed.record().state()).as("the job is known: it can be collected")
                    .isEqualTo(ItemState.SUBMITTED);
            assertThat(lostButNamed.record().jobId()).isEqualTo("job-9");
            assertThat(history.jobs(JobQuery.recent(10).withState(ItemState.OUTCOME_UNKNOWN)))
                    .extracting(JobRecord::id).containsExactly(lost.id());
        }
    }

    @Test
    void theSameRequestWithTheSameCallersKeyIsFoundAgainAndAnotherKeyIsAnotherEdit() {
        String key = JournaledEdit.requestKey("fake", "m", SNOW, "order-17");
        try (JobHistory history = JobHistory.open(temporary.resolve("journal.db"))) {
            assertThat(history.latestWithKey(key)).isNull();
            JournaledEdit first = JournaledEdit.begin(history.journal(), "fake", "m", SNOW, "-", null, "order-17");

            assertThat(history.latestWithKey(key).id()).isEqualTo(first.id());
            assertThat(JournaledEdit.requestKey("fake", "m", SNOW, "order-18")).isNotEqualTo(key);
            assertThat(JournaledEdit.requestKey("fake", "m", SNOW.toBuilder().seed(4L).build(), "order-17"))
                    .isNotEqualTo(key);
        }
    }

    @Test
    void aRememberedBatchIsListedFromItsFolderAndAMissingFolderIsNamed() throws Exception {
        Pictures.folder(temporary.resolve("photos"), 3);
        Path out = temporary.resolve("out");
        BatchRecord record;
        try (Batch batch = Batch.open(FakeProviders.queueing(temporary.resolve("jobs"), 0),
                BatchOptions.builder(out).build())) {
            record = batch.record();
            batch.run(BatchItems.fromDirectory(temporary.resolve("photos"), null, "night"), BatchListener.NONE);
        }
        try (JobHistory history = JobHistory.open(temporary.resolve("journal.db"))) {
            JournaledEdit single = JournaledEdit.begin(history.journal(), "fake", "m", SNOW, "-", null, null);
            history.remember(record);

            List<JobRecord> all = history.jobs(JobQuery.recent(10));
            assertThat(all).hasSize(4);
            assertThat(all.get(0).id()).as("most recently changed first").isEqualTo(single.id());
            assertThat(history.jobs(JobQuery.recent(10).withBatch(record.id()))).hasSize(3)
                    .allMatch(job -> job.state() == ItemState.DONE);
            JobRecord item = history.jobs(JobQuery.batch(record.id())).get(0);
            assertThat(history.find(item.id())).isEqualTo(item);
            assertThat(history.findByJobId(item.jobId())).containsExactly(item);
            assertThat(history.events(item)).isNotEmpty();
            assertThat(history.findBatch(out.toString())).isEqualTo(record);
            assertThat(history.problems()).isEmpty();
        }

        Files.move(out, temporary.resolve("moved"));
        try (JobHistory history = JobHistory.open(temporary.resolve("journal.db"))) {
            assertThat(history.jobs(JobQuery.recent(10))).hasSize(1);
            assertThat(history.problems()).singleElement().asString().contains(out.toString())
                    .contains("moved or deleted");

            history.remember(new BatchRecord(record.id(), temporary.resolve("moved"), record.createdAt()));

            assertThat(history.jobs(JobQuery.recent(10))).hasSize(4);
            assertThat(history.problems()).isEmpty();
        }
    }

    @Test
    void batchesWhoseFoldersAreGoneShareOneLineOfProblems() {
        try (JobHistory history = JobHistory.open(temporary.resolve("journal.db"))) {
            for (int number = 1; number <= 3; number++) {
                history.remember(new BatchRecord("batch" + number, temporary.resolve("deleted-" + number),
                        java.time.Instant.now()));
            }

            assertThat(history.jobs(JobQuery.recent(10))).isEmpty();
            assertThat(history.problems()).singleElement().asString().startsWith("3 batches: ")
                    .contains("deleted-1").contains("moved or deleted");
        }
    }
}
