package dev.imgedit.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgedit.batch.fixtures.ChildJvm;
import dev.imgedit.batch.fixtures.JournalFiles;
import dev.imgedit.batch.fixtures.ModelsLabFixture;
import dev.imgedit.batch.fixtures.Pictures;
import dev.imgedit.batch.fixtures.Provenances;
import dev.imgedit.modelslab.testserver.JobScript;
import dev.imgedit.modelslab.testserver.ModelsLabTestServer;
import dev.imgedit.modelslab.testserver.Output;
import dev.imgedit.testkit.http.RecordedRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 50-item batch in a child JVM against the loopback ModelsLab server, killed ({@code kill -9}, some with SIGTERM)
 * at 28 moments: while it starts, plans, submits (some with the server holding the answer: the job is accepted and
 * the journal has not heard of it), polls, downloads and writes; each kill is followed by the next run. At the end
 * every item is done exactly once, and the server saw exactly one submit per item, except the items reported as
 * outcome unknown, which are sent again only when asked.
 */
class CrashSafetyTest {
    private static final int ITEMS = 50;
    /** Each job is polled this often before it is done: long enough that one run gets through a few items only. */
    private static final int POLLS = 12;
    /**
     * Jobs in flight at once. Every kill may leave each of them sent with no answer recorded (reported as outcome
     * unknown, not sent again), so fewer of them keep enough of the batch to do for every moment to find work.
     */
    private static final int IN_FLIGHT = 3;
    private static final Duration HELD_ANSWER = Duration.ofSeconds(5);
    private static final long ROUND_LIMIT_NANOS = TimeUnit.SECONDS.toNanos(60);

    /** What to wait for before killing the child. */
    enum Trigger {
        /** Milliseconds after the child started: while the JVM starts, the batch plans, the first jobs go out. */
        MILLIS,
        /** The n-th submit of the run has reached the server, and the server holds its answer back. */
        HELD_SUBMIT,
        /** The n-th submit has reached the server, answered: the child is recording the job id, or has. */
        SUBMITS,
        /** The n-th poll of the run: jobs in flight, resumed or new. */
        FETCHES,
        /** The n-th output download: the child is downloading, staging or recording it. */
        DOWNLOADS,
        /** The n-th item of the run recorded done: its file is being renamed into place, or has been. */
        DONE
    }

    /**
     * @param count how many of the trigger's events this run (milliseconds for {@link Trigger#MILLIS})
     * @param sigterm kill with SIGTERM ({@code destroy()}) instead of SIGKILL
     */
    record Moment(Trigger trigger, int count, boolean sigterm) {
        @Override
        public String toString() {
            return trigger + " " + count + (sigterm ? " (SIGTERM)" : "");
        }
    }

    /**
     * Early moments in every run: each run gets a few items further, so the batch lasts through all of them, and
     * the clean run at the end finishes it.
     */
    private static final List<Moment> MOMENTS = List.of(
            new Moment(Trigger.MILLIS, 150, false),
            new Moment(Trigger.HELD_SUBMIT, 1, false),
            new Moment(Trigger.SUBMITS, 1, false),
            new Moment(Trigger.FETCHES, 1, false),
            new Moment(Trigger.DOWNLOADS, 1, false),
            new Moment(Trigger.DONE, 1, false),
            new Moment(Trigger.MILLIS, 600, false),
            new Moment(Trigger.HELD_SUBMIT, 2, false),
            new Moment(Trigger.SUBMITS, 2, true),
            new Moment(Trigger.DOWNLOADS, 2, false),
            new Moment(Trigger.FETCHES, 3, false),
            new Moment(Trigger.DONE, 2, false),
            new Moment(Trigger.SUBMITS, 1, false),
            new Moment(Trigger.DOWNLOADS, 1, true),
            new Moment(Trigger.HELD_SUBMIT, 1, false),
            new Moment(Trigger.FETCHES, 2, false),
            new Moment(Trigger.DONE, 1, false),
            new Moment(Trigger.MILLIS, 900, true),
            new Moment(Trigger.SUBMITS, 2, false),
            new Moment(Trigger.DOWNLOADS, 2, false),
            new Moment(Trigger.FETCHES, 5, false),
            new Moment(Trigger.DONE, 1, true),
            new Moment(Trigger.HELD_SUBMIT, 2, false),
            new Moment(Trigger.DOWNLOADS, 1, false),
            new Moment(Trigger.SUBMITS, 1, true),
            new Moment(Trigger.DONE, 2, false),
            new Moment(Trigger.FETCHES, 1, false),
            new Moment(Trigger.MILLIS, 400, false));

    @TempDir
    Path temporary;

    @Test
    void everyItemIsDoneOnceAndSubmittedOnceWhateverMomentTheRunIsKilledAt() throws Exception {
        Path photos = temporary.resolve("photos");
        Path out = temporary.resolve("out");
        Pictures.folder(photos, ITEMS);
        List<RecordedRequest> submits = new ArrayList<>();
        List<String> killedAt = new ArrayList<>();
        try (ModelsLabTestServer server = ModelsLabTestServer.start()) {
            for (int round = 0; round < MOMENTS.size(); round++) {
                Moment moment = MOMENTS.get(round);
                prepare(server, moment);
                Process child = start(server, photos, out, false, round);
                if (killAt(child, moment, server, out)) {
                    killedAt.add(moment.toString());
                }
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("run %d ends", round).isTrue();
                submits.addAll(server.submits());
            }
            assertThat(killedAt).as("moments the run was killed at").hasSizeGreaterThanOrEqualTo(20);

            prepare(server, null);
            String cleanRun = runToTheEnd(server, photos, out, false, "clean");
            submits.addAll(server.submits());
            List<JobRecord> unknown = jobs(out).stream()
                    .filter(job -> job.state() == ItemState.OUTCOME_UNKNOWN).toList();
            assertThat(cleanRun).contains("unknown " + unknown.size()).contains("failed 0");
            assertThat(unknown).as("items whose submit's answer was lost").isNotEmpty();
            assertThat(jobs(out)).filteredOn(job -> job.state() != ItemState.OUTCOME_UNKNOWN)
                    .allMatch(job -> job.state() == ItemState.DONE);

            prepare(server, null);
            String resubmitted = runToTheEnd(server, photos, out, true, "resubmit");
            submits.addAll(server.submits());
            assertThat(resubmitted).contains("done " + unknown.size()).contains("unknown 0");

            checkEveryItemDoneOnce(out, server);
            checkOneSubmitPerItem(out, submits, server);
        }
    }

    private static void prepare(ModelsLabTestServer server, Moment moment) {
        server.reset();
        server.defaultScript(ModelsLabFixture.queuedJob(POLLS));
        if (moment != null && moment.trigger() == Trigger.HELD_SUBMIT) {
            for (int i = 1; i < moment.count(); i++) {
                server.enqueue(ModelsLabFixture.queuedJob(POLLS));
            }
            JobScript queued = ModelsLabFixture.queuedJob(POLLS);
            server.enqueue(new JobScript(queued.submit().delayed(HELD_ANSWER), queued.fetches(), queued.output()));
        }
    }

    private Process start(ModelsLabTestServer server, Path photos, Path out, boolean resubmit, Object name) {
        return ChildJvm.start(BatchInChildJvm.class, List.of(photos.toString(), out.toString(),
                Boolean.toString(resubmit), Integer.toString(IN_FLIGHT)), ModelsLabFixture.settings(server),
                temporary.resolve("run-" + name + ".out"), temporary.resolve("run-" + name + ".err"));
    }

    private String runToTheEnd(ModelsLabTestServer server, Path photos, Path out, boolean resubmit, String name)
            throws Exception {
        Process child = start(server, photos, out, resubmit, name);
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String printed = Files.readString(temporary.resolve("run-" + name + ".out"));
        assertThat(child.exitValue()).as(printed + Files.readString(temporary.resolve("run-" + name + ".err")))
                .isZero();
        return printed;
    }

    /** Waits for the moment and kills the child; false when the child ended first. */
    private static boolean killAt(Process child, Moment moment, ModelsLabTestServer server, Path out)
            throws Exception {
        long started = System.nanoTime();
        int doneBefore = JournalFiles.doneCount(out);
        long lastJournalLook = 0;
        while (child.isAlive() && System.nanoTime() - started < ROUND_LIMIT_NANOS) {
            boolean now = switch (moment.trigger()) {
                case MILLIS -> System.nanoTime() - started >= TimeUnit.MILLISECONDS.toNanos(moment.count());
                case SUBMITS -> server.submitCount() >= moment.count() && sleep(15);
                case HELD_SUBMIT -> server.submitCount() >= moment.count() && sleep(30);
                case FETCHES -> server.fetches().size() >= moment.count();
                case DOWNLOADS -> server.requestsTo("/outputs/").size() >= moment.count();
                case DONE -> System.nanoTime() - lastJournalLook > 20_000_000
                        && (lastJournalLook = System.nanoTime()) > 0
                        && JournalFiles.doneCount(out) - doneBefore >= moment.count();
            };
            if (now) {
                if (moment.sigterm()) {
                    child.destroy();
                } else {
                    child.destroyForcibly();
                }
                return true;
            }
            Thread.sleep(1);
        }
        return false;
    }

    private static boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }

    private static List<JobRecord> jobs(Path out) {
        try (JobJournal journal = JobJournal.open(JournalFiles.of(out))) {
            return journal.jobs(JobQuery.recent(Integer.MAX_VALUE));
        }
    }

    private static void checkEveryItemDoneOnce(Path out, ModelsLabTestServer server) throws Exception {
        List<JobRecord> jobs = jobs(out);
        assertThat(jobs).hasSize(ITEMS).allMatch(job -> job.state() == ItemState.DONE);
        List<Path> images;
        try (Stream<Path> files = Files.walk(out)) {
            images = files.filter(Files::isRegularFile).filter(file -> !out.relativize(file).startsWith(".imgedit"))
                    .filter(file -> !file.getFileName().toString().equals("index.html")).toList();
        }
        assertThat(images).as("one output per item, no copies, no temporary files left").hasSize(ITEMS)
                .allMatch(file -> file.getFileName().toString().matches("photo-\\d{3}\\.png"));
        for (JobRecord job : jobs) {
            Path output = out.resolve(job.outputs().get(0).path());
            assertThat(ImageIO.read(output.toFile()).getRGB(5, 5) & 0xFFFFFF).as(job.request().input())
                    .isEqualTo(Output.stampOf(job.jobId()));
            assertThat(Provenances.of(output).path("job_id").asText()).isEqualTo(job.jobId());
        }
        assertThat(JournalFiles.integrity(out)).isEqualTo("ok");
    }

    /** Track ids are {@code imgedit-<journal id>-<random>}: a submit belongs to the item whose id it names. */
    private static void checkOneSubmitPerItem(Path out, List<RecordedRequest> submits, ModelsLabTestServer server) {
        List<String> trackIds = submits.stream().map(submit -> ModelsLabFixture.trackId(server, submit)).toList();
        try (JobJournal journal = JobJournal.open(JournalFiles.of(out))) {
            for (JobRecord job : journal.jobs(JobQuery.recent(Integer.MAX_VALUE))) {
                long sent = trackIds.stream().filter(id -> id.startsWith("imgedit-" + job.id() + "-")).count();
                boolean wasUnknown = journal.events(job.id()).stream()
                        .anyMatch(event -> event.state() == ItemState.OUTCOME_UNKNOWN);
                if (wasUnknown) {
                    assertThat(sent).as("submits of %s, reported as outcome unknown", job.request().input())
                            .isBetween(1L, 2L);
                } else {
                    assertThat(sent).as("submits of %s", job.request().input()).isEqualTo(1);
                }
                assertThat(trackIds).as("its last submit is the job it is done with").contains(job.trackId());
                assertThat(server.jobIdForTrackId(job.trackId())).contains(job.jobId());
            }
        }
    }

}
