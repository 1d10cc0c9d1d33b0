package dev.imgedit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.imgedit.modelslab.testserver.JobScript;
import dev.imgedit.modelslab.testserver.ModelsLabTestServer;
import dev.imgedit.testkit.http.Reply;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ctrl-C (SIGINT) and SIGTERM while the real distribution waits for a job: the process ends promptly with the shell's
 * convention for a signal (128 + its number: 130, 143), its last word on standard error is the job id and the exact
 * {@code imgedit fetch} command, and the output directory holds nothing new. With ModelsLab, that command, run in a
 * new process, then collects the job without submitting it again; so does {@code imgedit fetch} with the id the
 * journal lists. A batch stops the same way, and the same command run again goes on without paying twice.
 */
class InterruptionIT {
    /** Generous for a JVM that only runs its shutdown hook; in practice it takes a small fraction of it. */
    private static final Duration PROMPTLY = Duration.ofSeconds(3);
    private static final Duration START_UP = Duration.ofSeconds(60);
    private static final Pattern INTERRUPTED = Pattern.compile(
            "imgedit: interrupted; job (\\S+) goes on at the provider, get its result with: (imgedit fetch .*)");

    @TempDir
    Path directory;

    @TempDir
    Path captures;

    @ParameterizedTest(name = "SIG{0} exits {1}")
    @CsvSource({"INT, 130", "TERM, 143"})
    void aSignalWhileWaitingForTheFakeProviderLeavesTheFetchCommand(String signal, int exitCode) throws Exception {
        TestImages.png(directory.resolve("photo.png"), 48, 32);
        DirectorySnapshot before = DirectorySnapshot.of(directory);
        try (DistributionProcess imgedit = DistributionProcess.start(directory, captures,
                Map.of("IMGEDIT_PROVIDER", "fake", "IMGEDIT_FAKE_NEVER_FINISH", "true"),
                "edit", "-i", "photo.png", "-p", "snow", "--timeout", "10m")) {
            String submitted = imgedit.awaitErr(" submitted, waiting for the result", START_UP);
            String jobId = submitted.replaceAll("(?s).*imgedit: job (\\S+) submitted.*", "$1");
            skipWhenInterruptIsIgnored(imgedit, signal);

            imgedit.signal(signal);

            assertThat(imgedit.awaitExit(PROMPTLY)).as("exit code after SIG%s\n%s", signal, imgedit)
                    .isEqualTo(exitCode);
            Matcher interrupted = lastLineOf(imgedit);
            assertThat(interrupted.group(1)).isEqualTo(jobId);
            assertThat(interrupted.group(2)).isEqualTo("imgedit fetch " + jobId + " --provider fake -o photo.edited.png");
            assertThat(imgedit.out()).isEmpty();
        }
        assertThat(DirectorySnapshot.of(directory)).as("no output, no temporary file").isEqualTo(before);
    }

    @ParameterizedTest(name = "SIG{0} exits {1}, then fetch collects the job")
    @CsvSource({"INT, 130", "TERM, 143"})
    void aSignalWhileWaitingForModelsLabLeavesACommandThatCollectsTheJobWithoutPayingAgain(String signal,
            int exitCode) throws Exception {
        TestImages.png(directory.resolve("photo.png"), 48, 32);
        DirectorySnapshot before = DirectorySnapshot.of(directory);
        try (ModelsLabTestServer server = ModelsLabTestServer.start()) {
            // One poll every 500 ms until the signal: far fewer than the 40 the job needs.
            server.enqueue(JobScript.processingThenSuccess(40));
            Map<String, String> modelsLab = Map.of("MODELSLAB_BASE_URL", server.baseUrl().toString(),
                    "MODELSLAB_API_KEY", server.apiKey(), "MODELSLAB_POLL_MIN_INTERVAL", "500ms",
                    "MODELSLAB_POLL_MAX_INTERVAL", "500ms");
            String fetchCommand;
            try (DistributionProcess imgedit = DistributionProcess.start(directory, captures, modelsLab,
                    "edit", "-i", "photo.png", "-p", "snow", "--provider", "modelslab")) {
                imgedit.awaitErr(" submitted, waiting for the result", START_UP);
                skipWhenInterruptIsIgnored(imgedit, signal);

                imgedit.signal(signal);

                assertThat(imgedit.awaitExit(PROMPTLY)).as("exit code after SIG%s\n%s", signal, imgedit)
                        .isEqualTo(exitCode);
                Matcher interrupted = lastLineOf(imgedit);
                fetchCommand = interrupted.group(2);
                assertThat(fetchCommand)
                        .isEqualTo("imgedit fetch " + interrupted.group(1) + " --provider modelslab -o photo.edited.png");
            }
            assertThat(DirectorySnapshot.of(directory)).as("no output, no temporary file").isEqualTo(before);
            assertThat(server.submitCount()).isOne();

            Path fetchCaptures = Files.createDirectory(captures.resolve("fetch"));
            List<String> words = List.of(fetchCommand.split(" "));
            try (DistributionProcess fetch = DistributionProcess.start(directory, fetchCaptures,
                    Map.of("MODELSLAB_BASE_URL", server.baseUrl().toString(), "MODELSLAB_API_KEY", server.apiKey(),
                            "MODELSLAB_POLL_MIN_INTERVAL", "5ms", "MODELSLAB_POLL_MAX_INTERVAL", "5ms"),
                    words.subList(1, words.size()).toArray(String[]::new))) {
                assertThat(fetch.awaitExit(START_UP)).as(fetch.toString()).isZero();
                assertThat(fetch.out()).isEqualTo("photo.edited.png\n");
            }
            assertThat(TestImages.read(directory.resolve("photo.edited.png")).getWidth()).isPositive();
            assertThat(server.submitCount()).as("fetch never submits").isOne();
        }
    }

    @ParameterizedTest(name = "SIG{0} exits {1}, then fetch by the journal's id collects the job")
    @CsvSource({"INT, 130", "TERM, 143"})
    void aSignalDuringAnEditLeavesItsJobInTheJournalForAFetchByTheJournalsId(String signal, int exitCode)
            throws Exception {
        TestImages.png(directory.resolve("photo.png"), 48, 32);
        Map<String, String> environment = Map.of("IMGEDIT_PROVIDER", "fake", "IMGEDIT_FAKE_QUEUE_TIME", "4s",
                "XDG_STATE_HOME", captures.resolve("state").toString());
        try (DistributionProcess imgedit = DistributionProcess.start(directory, captures, environment,
                "edit", "-i", "photo.png", "-p", "snow")) {
            imgedit.awaitErr(" submitted, waiting for the result", START_UP);
            skipWhenInterruptIsIgnored(imgedit, signal);

            imgedit.signal(signal);

            assertThat(imgedit.awaitExit(PROMPTLY)).as(imgedit.toString()).isEqualTo(exitCode);
        }
        String journalId;
        try (DistributionProcess jobs = DistributionProcess.start(directory,
                Files.createDirectory(captures.resolve("jobs")), environment, "jobs", "--state", "submitted")) {
            assertThat(jobs.awaitExit(START_UP)).as(jobs.toString()).isZero();
            List<String> rows = jobs.out().lines().toList();
            assertThat(rows).as("the heading and the paid job").hasSize(2);
            assertThat(rows.get(1)).contains("SUBMITTED", "fake", "photo.png", "snow");
            journalId = rows.get(1).split(" ")[0];
        }
        Map<String, String> noProviderNamed = Map.of("XDG_STATE_HOME", captures.resolve("state").toString());
        try (DistributionProcess fetch = DistributionProcess.start(directory,
                Files.createDirectory(captures.resolve("fetch")), noProviderNamed, "fetch", journalId)) {
            assertThat(fetch.awaitExit(START_UP)).as(fetch.toString()).isZero();
            assertThat(fetch.out()).isEqualTo("photo.edited.png\n");
        }
    }

    @ParameterizedTest(name = "SIG{0} during the upload exits {1}: nothing was submitted, and the journal knows it")
    @CsvSource({"INT, 130", "TERM, 143"})
    void aSignalDuringTheUploadSaysNothingWasSubmittedAndTheJournalClosesTheJobAsNeverSent(String signal,
            int exitCode) throws Exception {
        TestImages.png(directory.resolve("photo.png"), 48, 32);
        try (ModelsLabTestServer server = ModelsLabTestServer.start()) {
            server.rejectNextUploads(Reply.json(500, "{\"status\":\"error\",\"message\":\"slow\"}")
                    .delayed(Duration.ofSeconds(30)));
            Map<String, String> environment = modelsLab(server);
            assertThat(editSignalledAfterRequests(server, environment, 1, signal, exitCode))
                    .isEqualTo("imgedit: interrupted: nothing was submitted");
            assertThat(server.submitCount()).isZero();
            String journalId = journalIdOfTheOnlyJob(environment);
            try (DistributionProcess shown = DistributionProcess.start(directory,
                    Files.createDirectory(captures.resolve("show")), environment, "jobs", "show", journalId)) {
                assertThat(shown.awaitExit(START_UP)).as(shown.toString()).isZero();
                assertThat(shown.out()).contains("FAILED (INTERRUPTED)", "submitted:    0 times")
                        .doesNotContain("SUBMITTING");
            }
            try (DistributionProcess fetch = DistributionProcess.start(directory,
                    Files.createDirectory(captures.resolve("fetch")), environment, "fetch", journalId)) {
                assertThat(fetch.awaitExit(START_UP)).as(fetch.toString()).isEqualTo(2);
                assertThat(fetch.err()).contains("there is nothing to fetch").doesNotContain("charged");
            }
        }
    }

    @ParameterizedTest(name = "SIG{0} during the submit exits {1}, naming the track id and the journal's id")
    @CsvSource({"INT, 130", "TERM, 143"})
    void aSignalDuringTheSubmitNamesTheTrackIdItWasSentWithAndTheJournalsId(String signal, int exitCode)
            throws Exception {
        TestImages.png(directory.resolve("photo.png"), 48, 32);
        try (ModelsLabTestServer server = ModelsLabTestServer.start()) {
            server.rejectNextSubmits(Reply.json(500, "{\"status\":\"error\",\"message\":\"slow\"}")
                    .delayed(Duration.ofSeconds(30)));
            Map<String, String> environment = modelsLab(server);
            String last = editSignalledAfterRequests(server, environment, 2, signal, exitCode);
            String trackId = server.json(server.submits().get(0)).get("track_id").asText();
            String journalId = journalIdOfTheOnlyJob(environment);
            assertThat(last).isEqualTo("imgedit: interrupted while submitting: the provider may have accepted (and "
                    + "charged) the edit under track id " + trackId + ", journaled as job " + journalId
                    + " (see 'imgedit jobs show " + journalId + "'); look for it in the provider's dashboard before "
                    + "editing again");
        }
    }

    private Map<String, String> modelsLab(ModelsLabTestServer server) {
        return Map.of("MODELSLAB_BASE_URL", server.baseUrl().toString(), "MODELSLAB_API_KEY", server.apiKey(),
                "MODELSLAB_READ_TIMEOUT", "60s", "XDG_STATE_HOME", captures.resolve("state").toString());
    }

    /**
     * Runs an edit, signals it once the server has received {@code requests} requests (the last one left unanswered
     * for a while), checks the exit code and returns the last line on standard error.
     */
    private String editSignalledAfterRequests(ModelsLabTestServer server, Map<String, String> environment,
            int requests, String signal, int exitCode) throws Exception {
        try (DistributionProcess imgedit = DistributionProcess.start(directory, captures, environment,
                "edit", "-i", "photo.png", "-p", "snow", "--provider", "modelslab")) {
            long deadline = System.nanoTime() + START_UP.toNanos();
            while (server.requests().size() < requests) {
                assertThat(System.nanoTime()).as("%d requests reached the server", requests).isLessThan(deadline);
                Thread.sleep(20);
            }
            skipWhenInterruptIsIgnored(imgedit, signal);

            imgedit.signal(signal);

            assertThat(imgedit.awaitExit(PROMPTLY)).as(imgedit.toString()).isEqualTo(exitCode);
            List<String> lines = imgedit.err().lines().filter(line -> !line.isBlank()).toList();
            assertThat(lines).as(imgedit.toString()).isNotEmpty();
            return lines.get(lines.size() - 1);
        }
    }

    private String journalIdOfTheOnlyJob(Map<String, String> environment) throws Exception {
        try (DistributionProcess jobs = DistributionProcess.start(directory,
                Files.createDirectory(captures.resolve("jobs")), environment, "jobs")) {
            assertThat(jobs.awaitExit(START_UP)).as(jobs.toString()).isZero();
            List<String> rows = jobs.out().lines().toList();
            assertThat(rows).as("the heading and the job").hasSize(2);
            return rows.get(1).split(" ")[0];
        }
    }

    @ParameterizedTest(name = "SIG{0} during a batch exits {1}, and the same command goes on")
    @CsvSource({"INT, 130", "TERM, 143"})
    void aSignalDuringABatchStopsItAndTheSameCommandGoesOnWithoutSubmittingAgain(String signal, int exitCode)
            throws Exception {
        for (int i = 0; i < 6; i++) {
            TestImages.png(directory.resolve("photos/photo-" + i + ".png"), 40 + i, 30);
        }
        try (ModelsLabTestServer server = ModelsLabTestServer.start()) {
            server.defaultScript(JobScript.processingThenSuccess(8));
            Map<String, String> environment = Map.of("MODELSLAB_BASE_URL", server.baseUrl().toString(),
                    "MODELSLAB_API_KEY", server.apiKey(), "MODELSLAB_POLL_MIN_INTERVAL", "100ms",
                    "MODELSLAB_POLL_MAX_INTERVAL", "100ms", "XDG_STATE_HOME", captures.resolve("state").toString());
            String[] batch = {"batch", "--dir", "photos", "-p", "make it snow", "--out", "snowy",
                "--concurrency", "2"};
            try (DistributionProcess imgedit = DistributionProcess.start(directory, captures, environment, batch)) {
                imgedit.awaitErr("] done ", START_UP);
                skipWhenInterruptIsIgnored(imgedit, signal);

                imgedit.signal(signal);

                assertThat(imgedit.awaitExit(PROMPTLY)).as(imgedit.toString()).isEqualTo(exitCode);
                List<String> lines = imgedit.err().lines().filter(line -> !line.isBlank()).toList();
                assertThat(lines.get(lines.size() - 1)).as(imgedit.toString())
                        .matches("imgedit: interrupted after \\d of 6 items; jobs already submitted go on at the "
                                + "provider and stay in the journal: run the same command again to collect them and "
                                + "go on, without paying twice");
                assertThat(imgedit.out()).as("a signalled run prints no result").isEmpty();
            }
            assertThat(server.submitCount()).isLessThan(6);

            try (DistributionProcess again = DistributionProcess.start(directory,
                    Files.createDirectory(captures.resolve("again")), environment, batch)) {
                assertThat(again.awaitExit(START_UP)).as(again.toString()).isZero();
                assertThat(again.out().lines()).hasSize(6);
            }
            assertThat(server.submitCount()).as("every item submitted exactly once, across both runs").isEqualTo(6);
        }
    }

    private static void skipWhenInterruptIsIgnored(DistributionProcess imgedit, String signal) throws IOException {
        assumeFalse(signal.equals("INT") && imgedit.ignoresInterrupt(),
                "SIGINT is ignored by processes started from here (a background job without job control), so "
                        + "Ctrl-C cannot be imitated");
    }

    /** The interrupted notice must be the last line on standard error. */
    private static Matcher lastLineOf(DistributionProcess imgedit) {
        List<String> lines = imgedit.err().lines().filter(line -> !line.isBlank()).toList();
        assertThat(lines).as(imgedit.toString()).isNotEmpty();
        Matcher matcher = INTERRUPTED.matcher(lines.get(lines.size() - 1));
        assertThat(matcher.matches()).as("the last line is the interrupted notice\n%s", imgedit).isTrue();
        return matcher;
    }
}
