package dev.imgedit.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgedit.ImageEditProvider;
import dev.imgedit.batch.fixtures.FakeProviders;
import dev.imgedit.batch.fixtures.FaultyProvider;
import dev.imgedit.batch.fixtures.JournalFiles;
import dev.imgedit.batch.fixtures.Pictures;
import dev.imgedit.batch.fixtures.Provenances;
import dev.imgedit.exception.AuthenticationException;
import dev.imgedit.exception.ErrorKind;
import dev.imgedit.exception.RateLimitedException;
import dev.imgedit.fake.FakeSettings;
import dev.imgedit.testkit.TestImages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a rerun of the same batch does with what an earlier run left. */
class ResumptionTest {
    @TempDir
    Path temporary;

    private Path photos;
    private Path out;

    @BeforeEach
    void photos() {
        photos = temporary.resolve("photos");
        out = temporary.resolve("out");
        Pictures.folder(photos, 6);
    }

    private FaultyProvider provider() {
        return new FaultyProvider(FakeProviders.queueing(temporary.resolve("jobs"), 1), 0, () -> null);
    }

    private BatchSummary run(ImageEditProvider provider, List<BatchItem> items, BatchOptions.Builder options) {
        try (Batch batch = Batch.open(provider, options.build())) {
            return batch.run(items, BatchListener.NONE);
        }
    }

    private List<BatchItem> items(String prompt) {
        return BatchItems.fromDirectory(photos, null, prompt);
    }

    @Test
    void aChangedPromptIsANewItemAndAnUnchangedOneIsSkipped() {
        FaultyProvider provider = provider();
        run(provider, items("make it snow"), BatchOptions.builder(out));
        List<BatchItem> changed = new ArrayList<>(items("make it snow"));
        changed.set(2, BatchItem.of(changed.get(2).input(), "make it night"));

        BatchSummary second = run(provider, changed, BatchOptions.builder(out));

        assertThat(second.skipped()).isEqualTo(5);
        assertThat(second.done()).isEqualTo(1);
        assertThat(provider.accepted()).hasSize(7);
        assertThat(provider.accepted().get(6).prompt()).isEqualTo("make it night");
    }

    @Test
    void aChangedInputFileIsANewItem() {
        FaultyProvider provider = provider();
        run(provider, items("make it snow"), BatchOptions.builder(out));
        Pictures.write(photos.resolve("photo-001.png"), TestImages.png(90, 90));

        BatchSummary second = run(provider, items("make it snow"), BatchOptions.builder(out));

        assertThat(second.done()).isEqualTo(1);
        assertThat(second.items().get(1).outputs()).containsExactly(out.resolve("photo-001.png"));
        assertThat(provider.accepted()).hasSize(7);
    }

    @Test
    void anOutputDeletedAfterItWasDoneIsDownloadedAgainWithoutASubmit() throws Exception {
        FaultyProvider provider = provider();
        run(provider, items("make it snow"), BatchOptions.builder(out));
        byte[] before = Files.readAllBytes(out.resolve("photo-000.png"));
        Files.delete(out.resolve("photo-000.png"));

        BatchSummary second = run(provider, items("make it snow"), BatchOptions.builder(out));

        assertThat(second.done()).isEqualTo(1);
        assertThat(second.skipped()).isEqualTo(5);
        assertThat(provider.accepted()).hasSize(6);
        assertThat(Files.exists(out.resolve("photo-000.png"))).isTrue();
        assertThat(Provenances.of(out.resolve("photo-000.png")).path("job_id").asText())
                .isEqualTo(Provenances.of(write(before)).path("job_id").asText());
    }

    private Path write(byte[] bytes) {
        return Pictures.write(temporary.resolve("kept.png"), bytes);
    }

    @Test
    void aMovedOutputFolderIsTheSameBatch() throws Exception {
        FaultyProvider provider = provider();
        run(provider, items("make it snow"), BatchOptions.builder(out));
        Path moved = temporary.resolve("renamed");
        Files.move(out, moved);

        BatchSummary second = run(provider, items("make it snow"), BatchOptions.builder(moved));

        assertThat(second.skipped()).isEqualTo(6);
        assertThat(provider.accepted()).hasSize(6);
    }

    @Test
    void aFileTheBatchDidNotWriteIsNeverReplaced() throws Exception {
        byte[] mine = "not an image, and not imgedit's".getBytes();
        Files.createDirectories(out);
        Files.write(out.resolve("photo-003.png"), mine);

        BatchSummary summary = run(provider(), items("make it snow"), BatchOptions.builder(out));

        assertThat(summary.allDone()).isTrue();
        assertThat(Files.readAllBytes(out.resolve("photo-003.png"))).isEqualTo(mine);
        assertThat(summary.items().get(3).outputs()).containsExactly(out.resolve("photo-003-2.png"));
    }

    @Test
    void anItemLeftSubmittingIsReportedWithItsTrackIdAndSubmittedAgainOnlyWhenAsked() {
        FaultyProvider provider = provider();
        run(provider, items("make it snow"), BatchOptions.builder(out));
        String trackId = "imgedit-lost-answer";
        try (JobJournal journal = JobJournal.open(JournalFiles.of(out))) {
            JobRecord done = journal.jobs(JobQuery.recent(100)).stream()
                    .filter(job -> job.request().input().equals("photo-002.png")).findFirst().orElseThrow();
            journal.update(new JobRecord(done.id(), done.batchId(), done.position(), done.request(),
                    done.outputStem(), trackId, null, ItemState.SUBMITTING, null, done.submits() + 1, List.of(),
                    Map.of(), done.createdAt(), Instant.now(), null, null), "as a run killed mid-submit");
        }

        BatchSummary reported = run(provider, items("make it snow"), BatchOptions.builder(out));

        assertThat(reported.outcomeUnknown()).singleElement().satisfies(item -> {
            assertThat(item.input()).isEqualTo("photo-002.png");
            assertThat(item.trackId()).isEqualTo(trackId);
            assertThat(item.failure().kind()).isEqualTo("OUTCOME_UNKNOWN");
            assertThat(item.failure().message()).contains(trackId);
        });
        assertThat(reported.allDone()).isFalse();
        assertThat(provider.accepted()).hasSize(6);

        BatchSummary resubmitted = run(provider, items("make it snow"), BatchOptions.builder(out)
                .resubmitUnknown(true));

        assertThat(resubmitted.allDone()).isTrue();
        assertThat(provider.accepted()).hasSize(7);
        assertThat(resubmitted.items().get(2).trackId()).isNotEqualTo(trackId);
    }

    @Test
    void aJobStillRunningWhenItsWaitRunsOutIsAwaitedByTheNextRunNotSentAgain() {
        FaultyProvider provider = new FaultyProvider(FakeProviders.timed(temporary.resolve("jobs"),
                Duration.ofMillis(1500)), 0, () -> null);

        BatchSummary first = run(provider, items("make it snow"), BatchOptions.builder(out).concurrency(6)
                .itemTimeout(Duration.ofMillis(200)));

        assertThat(first.failedByKind()).containsExactly(Map.entry("TIMED_OUT", 6));
        assertThat(first.items()).allSatisfy(item -> {
            assertThat(item.state()).isEqualTo(ItemState.SUBMITTED);
            assertThat(item.jobId()).isNotNull();
        });

        BatchSummary second = run(provider, items("make it snow"), BatchOptions.builder(out).concurrency(6));

        assertThat(second.allDone()).isTrue();
        assertThat(provider.accepted()).hasSize(6);
        assertThat(second.items()).extracting(ItemReport::jobId)
                .containsExactlyElementsOf(first.items().stream().map(ItemReport::jobId).toList());
    }

    @Test
    void aLostAnswerThatStillNamesTheJobIsFollowedByItsIdNotSentAgain() {
        ImageEditProvider lossy = FakeProviders.settings(FakeSettings.builder().jobDirectory(temporary.resolve("jobs"))
                .failure(ErrorKind.OUTCOME_UNKNOWN).build());

        BatchSummary summary = run(lossy, items("make it snow"), BatchOptions.builder(out));

        assertThat(summary.allDone()).isTrue();
        assertThat(summary.items()).allSatisfy(item -> assertThat(item.jobId()).startsWith("fake-"));
    }

    @Test
    void rateLimitsAreWaitedOutAndNoItemIsDropped() {
        FaultyProvider provider = new FaultyProvider(FakeProviders.queueing(temporary.resolve("jobs"), 1), 3,
                () -> new RateLimitedException("too many queued", Duration.ofMillis(40)));
        List<Duration> waits = new CopyOnWriteArrayList<>();

        BatchSummary summary;
        try (Batch batch = Batch.open(provider, BatchOptions.builder(out).concurrency(2).build())) {
            summary = batch.run(items("make it snow"), new BatchListener() {
                @Override
                public void onRateLimited(Duration wait) {
                    waits.add(wait);
                }
            });
        }

        assertThat(summary.allDone()).isTrue();
        assertThat(provider.refused()).isEqualTo(3);
        assertThat(provider.accepted()).hasSize(6);
        assertThat(waits).hasSize(3).allMatch(wait -> wait.toMillis() == 40);
    }

    @Test
    void aRefusedKeyStopsSubmittingAndLeavesTheRestPendingForTheNextRun() {
        FaultyProvider provider = new FaultyProvider(FakeProviders.queueing(temporary.resolve("jobs"), 1), 100,
                () -> new AuthenticationException("the key was refused"));

        BatchSummary summary = run(provider, items("make it snow"), BatchOptions.builder(out).concurrency(1));

        assertThat(summary.stoppedBecause()).contains("the key was refused");
        assertThat(summary.failedByKind()).containsExactly(Map.entry("AUTHENTICATION", 1));
        assertThat(summary.unfinished()).isEqualTo(5);
        assertThat(provider.refused()).isEqualTo(1);

        BatchSummary next = run(provider(), items("make it snow"), BatchOptions.builder(out));
        assertThat(next.done()).isEqualTo(6);
    }

    @Test
    void aCancelledRunLeavesItsJobsForTheNextRunWhichSubmitsNothingTwice() {
        FaultyProvider provider = new FaultyProvider(FakeProviders.timed(temporary.resolve("jobs"),
                Duration.ofMillis(300)), 0, () -> null);
        BatchSummary cancelled;
        try (Batch batch = Batch.open(provider, BatchOptions.builder(out).concurrency(2).build())) {
            cancelled = batch.run(items("make it snow"), new BatchListener() {
                @Override
                public void onProgress(BatchProgress progress) {
                    if (progress.inFlight() == 2) {
                        batch.cancel();
                    }
                }
            });
        }
        assertThat(cancelled.stoppedBecause()).contains("cancelled");
        assertThat(cancelled.done()).isLessThan(6);

        BatchSummary next = run(provider, items("make it snow"), BatchOptions.builder(out));

        assertThat(next.allDone()).isTrue();
        assertThat(provider.accepted()).hasSize(6);
    }
}
