package dev.imgedit.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgedit.ImageType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobJournalTest {
    @TempDir
    Path temporary;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    private JobRecord planned(String id, String batchId) {
        JobRequest request = new JobRequest("key-" + id, "fake", "fake-java2d", "shots/a.png", "/photos/shots/a.png",
                "ab12", ImageType.PNG, "make it \"snow\" <now>", "16:9", 7L, Map.of("guidance_scale", "3"));
        return JobRecord.planned(id, batchId, 3, request, "shots/a", now);
    }

    @Test
    void aJobReadsBackAsItWasWrittenThroughEveryStateChangeWithOneEventEach() {
        try (JobJournal journal = JobJournal.open(temporary.resolve("journal.db"))) {
            BatchRecord batch = journal.batch(temporary.resolve("out"));
            JobRecord job = planned("j1", batch.id());
            journal.add(List.of(job), "planned");
            JobRecord submitting = job.withSubmitting("imgedit-j1-x", now.plusMillis(1));
            journal.update(submitting, "submitting");
            JobRecord submitted = submitting.withSubmitted("job-77", now.plusMillis(2));
            journal.update(submitted, "accepted");
            JobRecord done = submitted.withOutputs(List.of(new OutputFile("shots/a.png", "cd34", ImageType.PNG, 64,
                    48)), Map.of("seed", "7"), now.plusMillis(3)).withDone(now.plusMillis(3));
            journal.update(done, "done");

            assertThat(journal.find("j1")).isEqualTo(done);
            assertThat(journal.events("j1")).extracting(JobEvent::state).containsExactly(ItemState.PENDING,
                    ItemState.SUBMITTING, ItemState.SUBMITTED, ItemState.DONE);
            assertThat(journal.jobs(JobQuery.batch(batch.id()))).containsExactly(done);
            assertThat(journal.jobs(JobQuery.recent(10).withState(ItemState.FAILED))).isEmpty();
            assertThat(journal.batch(temporary.resolve("out"))).isEqualTo(batch);
        }
    }

    @Test
    void theJournalIsWriteAheadLoggedAndStatesItsVersionForAnySqlClient() throws Exception {
        Path file = temporary.resolve("journal.db");
        JobJournal.open(file).close();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            try (ResultSet mode = statement.executeQuery("PRAGMA journal_mode")) {
                assertThat(mode.next()).isTrue();
                assertThat(mode.getString(1)).isEqualTo("wal");
            }
            try (ResultSet version = statement.executeQuery(
                    "SELECT value FROM journal_meta WHERE name = 'schema_version'")) {
                assertThat(version.next()).isTrue();
                assertThat(version.getString(1)).isEqualTo(Integer.toString(JobJournal.SCHEMA_VERSION));
            }
        }
    }

    @Test
    void aJournalFromANewerImgeditIsRefusedWithoutBeingTouched() throws Exception {
        Path file = temporary.resolve("journal.db");
        JobJournal.open(file).close();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.execute("UPDATE journal_meta SET value = '99' WHERE name = 'schema_version'");
        }

        assertThatThrownBy(() -> JobJournal.open(file))
                .isInstanceOf(BatchStorageException.class)
                .hasMessageContaining("written by a newer imgedit (journal version 99, this one reads up to 1)")
                .extracting(e -> ((BatchStorageException) e).problem())
                .isEqualTo(BatchStorageException.Problem.UNREADABLE);
    }

    @Test
    void aFileThatIsNotAJournalIsRefusedWithTheFix() throws Exception {
        Path file = temporary.resolve("journal.db");
        Files.writeString(file, "these are my notes, not a database ".repeat(200));

        assertThatThrownBy(() -> JobJournal.open(file))
                .isInstanceOf(BatchStorageException.class)
                .hasMessageContaining("'" + file + "'")
                .hasMessageContaining("not an intact imgedit journal; move it away to start afresh");
    }

    @Test
    void aReaderInAnotherConnectionSeesEveryCommittedChange() {
        Path file = temporary.resolve("journal.db");
        try (JobJournal writer = JobJournal.open(file); JobJournal reader = JobJournal.open(file)) {
            BatchRecord batch = writer.batch(temporary);
            writer.add(List.of(planned("j1", batch.id()), planned("j2", batch.id())), "planned");
            writer.update(planned("j1", batch.id()).withSubmitting("t", now), "submitting");

            assertThat(reader.jobs(JobQuery.recent(10))).hasSize(2);
            assertThat(reader.find("j1").state()).isEqualTo(ItemState.SUBMITTING);
        }
    }

    /**
     * Workers recording at the same moment share commits; each change still lands or fails on its own: every update
     * of a journaled job is read back by another connection, and every update of a job the journal lacks fails for
     * its caller alone.
     */
    @Test
    void changesMadeAtTheSameTimeEachLandOrFailOnTheirOwn() throws Exception {
        Path file = temporary.resolve("journal.db");
        int workers = 8;
        int updates = 20;
        try (JobJournal writer = JobJournal.open(file); JobJournal reader = JobJournal.open(file)) {
            BatchRecord batch = writer.batch(temporary);
            List<JobRecord> jobs = IntStream.range(0, workers).mapToObj(i -> planned("j" + i, batch.id())).toList();
            writer.add(jobs, "planned");
            ExecutorService pool = Executors.newFixedThreadPool(workers);
            List<Future<Integer>> refused = new ArrayList<>();
            try {
                for (JobRecord job : jobs) {
                    refused.add(pool.submit(() -> {
                        int failures = 0;
                        for (int i = 1; i <= updates; i++) {
                            writer.update(job.withSubmitting("t" + i, now.plusMillis(i)), "submitting " + i);
                            try {
                                writer.update(planned("missing-" + job.id() + "-" + i, batch.id()), "never");
                            } catch (IllegalStateException e) {
                                failures++;
                            }
                        }
                        return failures;
                    }));
                }
                for (Future<Integer> failures : refused) {
                    assertThat(failures.get()).isEqualTo(updates);
                }
            } finally {
                pool.shutdownNow();
            }

            for (JobRecord job : jobs) {
                assertThat(reader.find(job.id()).trackId()).isEqualTo("t" + updates);
                assertThat(reader.events(job.id())).hasSize(1 + updates);
            }
            assertThat(reader.jobs(JobQuery.recent(100))).hasSize(workers);
        }
    }
}
