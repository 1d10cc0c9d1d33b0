package dev.imgedit.fake.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgedit.EditJob;
import dev.imgedit.EditRequest;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.ImageInput;
import dev.imgedit.exception.ErrorKind;
import dev.imgedit.exception.ImageEditException;
import dev.imgedit.exception.OutcomeUnknownException;
import dev.imgedit.exception.RateLimitedException;
import dev.imgedit.fake.FakeService;
import dev.imgedit.fake.Outcome;
import dev.imgedit.modelslab.ModelsLabProviderFactory;
import dev.imgedit.modelslab.ModelsLabSettings;
import dev.imgedit.modelslab.testserver.JobScript;
import dev.imgedit.modelslab.testserver.ModelsLabReplies;
import dev.imgedit.modelslab.testserver.ModelsLabTestServer;
import dev.imgedit.spi.ProviderConfig;
import dev.imgedit.testkit.SubmitRecorder;
import dev.imgedit.testkit.TestImages;
import dev.imgedit.testkit.http.Reply;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each failure the fake imitates, beside the same failure met by ModelsLab's provider talking to its loopback server:
 * an application sees the same exception type and kind, from the same call, with a job id in the same cases, the
 * same track id and the same retry-after. Code tested against the fake then behaves the same against ModelsLab.
 * The outcomes are compared with both providers' retries off, so that each reaches the application as it is; with
 * their defaults both wait out a rate limit and submit again, which {@link #bothWaitOutARateLimitWithTheirDefaults}
 * compares.
 */
class FakeMatchesModelsLabTest {
    private static final String TRACK_ID = "order-42";
    private static final String PROCESSING = JobScript.PROCESSING;
    /** Without future links, which ModelsLab's provider would download when the job answers with none. */
    private static final String PROCESSING_WITHOUT_LINKS = "{\"status\":\"processing\",\"id\":${id},\"eta\":1}";

    /** An outcome of the fake, and the answers of ModelsLab's server that make its provider fail the same way. */
    record Case(Outcome fake, JobScript modelsLab, Duration timeout) {
        @Override
        public String toString() {
            return fake.toString();
        }
    }

    /** Where an exception's job id comes from. */
    enum JobId { NONE, THE_SUBMITTED_JOB, ANOTHER_SOURCE }

    /** What an application can tell apart about how an edit ended. */
    record Seen(@Nullable Class<?> type, @Nullable ErrorKind kind, boolean thrownBySubmit, JobId jobId,
            @Nullable String trackId, @Nullable Duration retryAfter) {}

    static Stream<Case> cases() {
        Duration usual = Duration.ofSeconds(20);
        return Stream.of(
                new Case(Outcome.succeeds(), JobScript.processingThenSuccess(1), usual),
                new Case(Outcome.rateLimited(Duration.ofSeconds(2)),
                        JobScript.rejected(ModelsLabReplies.rateLimited(2)), usual),
                new Case(Outcome.authenticationFails(), JobScript.rejected(Reply.json(401,
                        "{\"status\":\"error\",\"message\":\"Invalid API key\"}")), usual),
                new Case(Outcome.insufficientCredits(), JobScript.rejected(Reply.json(402,
                        "{\"status\":\"error\",\"message\":\"Insufficient credits\"}")), usual),
                new Case(Outcome.contentRejected(), JobScript.rejected(Reply.json(
                        "{\"status\":\"error\",\"message\":\"NSFW content detected in the prompt\"}")), usual),
                new Case(Outcome.invalidRequest(), JobScript.rejected(Reply.json(422,
                        "{\"status\":\"error\",\"message\":\"prompt is required\"}")), usual),
                new Case(Outcome.unavailable(), JobScript.rejected(ModelsLabReplies.internalServerErrorHtml()), usual),
                new Case(Outcome.answerLost(), JobScript.rejected(Reply.json("{\"status\":\"weird\",\"id\":${id}}")),
                        usual),
                new Case(Outcome.answerLostWithoutJobId(), JobScript.rejected(Reply.dropped()), usual),
                new Case(Outcome.jobFails().afterChecks(1), JobScript.failedAfterProcessing(1), usual),
                new Case(Outcome.jobRejected(), JobScript.of(Reply.json(PROCESSING_WITHOUT_LINKS), Reply.json(
                        "{\"status\":\"success\",\"id\":\"${id}\",\"output\":[],\"nsfw_content_detected\":true}")),
                        usual),
                new Case(Outcome.jobExpires(), JobScript.of(Reply.json(PROCESSING), Reply.json(404,
                        "{\"status\":\"error\",\"message\":\"Request not found\"}")), usual),
                new Case(Outcome.unavailableWhileAwaiting(), JobScript.of(Reply.json(PROCESSING),
                        ModelsLabReplies.internalServerErrorHtml()), usual),
                new Case(Outcome.neverFinishes(), JobScript.neverFinishing(), Duration.ofMillis(500)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theFakeFailsAsModelsLabsProviderDoes(Case example) {
        Seen fake;
        try (FakeService service = FakeService.builder().maxRetries(0).build()) {
            service.script().enqueue(example.fake());
            fake = run(service.provider(), example.timeout());
        }
        Seen modelsLab;
        try (ModelsLabTestServer server = ModelsLabTestServer.start();
                ImageEditProvider provider = new ModelsLabProviderFactory().create(ProviderConfig.of(Map.of(
                        ModelsLabSettings.API_KEY, server.apiKey(),
                        ModelsLabSettings.BASE_URL, server.baseUrl().toString(),
                        ModelsLabSettings.POLL_MIN_INTERVAL, "10ms",
                        ModelsLabSettings.POLL_MAX_INTERVAL, "50ms",
                        ModelsLabSettings.MAX_RETRIES, "0")))) {
            server.enqueue(example.modelsLab());
            modelsLab = run(provider, example.timeout());
        }

        assertThat(fake).isEqualTo(modelsLab);
        assertThat(fake.kind()).isEqualTo(example.fake().kind().errorKind());
    }

    @Test
    void bothWaitOutARateLimitWithTheirDefaults() {
        SubmitRecorder fake = new SubmitRecorder();
        try (FakeService service = FakeService.create()) {
            service.script().enqueue(Outcome.rateLimited(Duration.ofSeconds(1)), Outcome.succeeds());
            service.provider().edit(request(), Duration.ofSeconds(20), fake);
            assertThat(service.recording().submits()).hasSize(2);
        }
        SubmitRecorder modelsLab = new SubmitRecorder();
        try (ModelsLabTestServer server = ModelsLabTestServer.start();
                ImageEditProvider provider = new ModelsLabProviderFactory().create(ProviderConfig.of(Map.of(
                        ModelsLabSettings.API_KEY, server.apiKey(),
                        ModelsLabSettings.BASE_URL, server.baseUrl().toString(),
                        ModelsLabSettings.POLL_MIN_INTERVAL, "10ms",
                        ModelsLabSettings.POLL_MAX_INTERVAL, "50ms")))) {
            server.enqueue(JobScript.rejected(ModelsLabReplies.rateLimited(1)));
            server.enqueue(JobScript.processingThenSuccess(1));
            provider.edit(request(), Duration.ofSeconds(20), modelsLab);
            assertThat(server.submitCount()).isEqualTo(2);
        }

        assertThat(fake.steps()).containsExactly("submitting", "waiting 1 s", "submitting", "submitted")
                .isEqualTo(modelsLab.steps());
    }


    /** ModelsLab's service never answers "unsupported": core refuses such requests before any is sent. */
    @Test
    void everyOutcomeButUnsupportedFeatureIsCompared() {
        Set<Outcome.Kind> compared = cases().map(example -> example.fake().kind()).collect(Collectors.toSet());
        assertThat(Arrays.stream(Outcome.Kind.values()).filter(kind -> !compared.contains(kind)))
                .containsExactly(Outcome.Kind.UNSUPPORTED_FEATURE);
    }

    private static EditRequest request() {
        return EditRequest.builder(ImageInput.bytes(TestImages.png(64, 48)), "make it snow").trackId(TRACK_ID).build();
    }

    private static Seen run(ImageEditProvider provider, Duration timeout) {
        EditRequest request = request();
        EditJob job = null;
        try {
            job = provider.submit(request);
            provider.await(job, timeout);
            return new Seen(null, null, false, JobId.THE_SUBMITTED_JOB, null, null);
        } catch (ImageEditException e) {
            JobId jobId = e.jobId() == null ? JobId.NONE
                    : job != null && e.jobId().equals(job.id()) ? JobId.THE_SUBMITTED_JOB : JobId.ANOTHER_SOURCE;
            return new Seen(e.getClass(), e.kind(), job == null, jobId,
                    e instanceof OutcomeUnknownException unknown ? unknown.trackId() : null,
                    e instanceof RateLimitedException limited ? limited.retryAfter() : null);
        }
    }
}
