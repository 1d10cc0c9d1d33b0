package dev.imgedit.modelslab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.imgedit.EditJob;
import dev.imgedit.EditListener;
import dev.imgedit.EditRequest;
import dev.imgedit.EditResult;
import dev.imgedit.ImageInput;
import dev.imgedit.JobProgress;
import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.exception.JobFailedException;
import dev.imgedit.modelslab.internal.ModelsLabProvider;
import dev.imgedit.modelslab.internal.redaction.Redactor;
import dev.imgedit.modelslab.testserver.JobScript;
import dev.imgedit.modelslab.testserver.ModelsLabReplies;
import dev.imgedit.modelslab.testserver.ModelsLabTestServer;
import dev.imgedit.modelslab.testserver.Output;
import dev.imgedit.spi.ProviderConfig;
import dev.imgedit.testkit.TestImages;
import dev.imgedit.testkit.http.BlockedPort;
import dev.imgedit.testkit.http.RecordedRequest;
import dev.imgedit.testkit.http.Reply;
import dev.imgedit.testkit.logback.TraceLog;
import dev.imgedit.testkit.secrets.SeenTexts;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With every logger at TRACE and Feign's FULL request/response log on, a run of succeeding and failing edits
 * leaves the key (as it is, base64-encoded or URL-encoded) in no log line, exception message, toString() or result.
 */
class ModelsLabSecretsTest {
    private static final String KEY = "sk-Secret+Key/With=Specials&1234567890";
    /** Parts of the key that must not show either. */
    private static final String[] KEY_PARTS = {"Secret+Key", "Secret%2BKey", "1234567890"};

    private final SeenTexts seen = new SeenTexts();
    private TraceLog log;
    private ModelsLabTestServer server;

    @BeforeEach
    void captureEverything() {
        log = TraceLog.start();
        server = ModelsLabTestServer.start(KEY);
    }

    @AfterEach
    void restore() {
        server.close();
        log.close();
    }

    @Test
    void theKeyAppearsNowhereInAFullRunOfSuccessesAndFailures() {
        FakeTiming timing = new FakeTiming();
        Map<String, String> settings = new HashMap<>(TestProviders.settings(server));
        settings.put(ModelsLabSettings.HTTP_LOG, "full");
        ProviderConfig config = ProviderConfig.of(settings);
        ModelsLabSettings parsed = ModelsLabSettings.fromConfig(config);
        seen.keep(parsed.toString(), config.toString());
        List<JobProgress> progress = new ArrayList<>();
        EditListener listener = new EditListener() {
            @Override
            public void onProgress(JobProgress step) {
                progress.add(step);
            }
        };

        try (ModelsLabProvider provider = TestProviders.open(config, timing)) {
            seen.keep(provider.toString());
            server.enqueue(JobScript.processingThenSuccess(2));
            EditResult result = provider.edit(request(), Duration.ofMinutes(5), listener);
            seen.keep(result.toString(), result.metadata().toString(), result.image().toString());

            server.enqueue(JobScript.rejected(Reply.json(400, "{\"status\":\"error\",\"message\":\"bad key " + KEY
                    + " aka " + base64(KEY) + " aka " + urlEncoded(KEY) + "\",\"key\":\"" + KEY + "\"}")));
            seen.attempt(() -> provider.submit(request()));

            server.enqueue(JobScript.neverFinishing());
            EditJob job = provider.submit(request());
            seen.keep(job.toString());
            seen.attempt(() -> provider.await(job, Duration.ofSeconds(1), listener));
            server.enqueue(JobScript.immediateSuccess());
            seen.attempt(() -> provider.await(provider.resume(job.id()), Duration.ofSeconds(5), listener));
            long requestsBefore = server.requests().size();
            assertThatThrownBy(() -> provider.resume(" " + KEY)).as("the key pasted as a job id")
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("not a job id");
            assertThat(server.requests()).hasSize((int) requestsBefore);
            seen.attempt(() -> provider.resume(KEY));

            server.enqueue(JobScript.rejected(Reply.dropped()));
            seen.attempt(() -> provider.submit(request()));
            server.rejectNextSubmits(ModelsLabReplies.rateLimited(500));
            seen.attempt(() -> provider.submit(request()));
            server.enqueue(JobScript.failedAfterProcessing(1));
            seen.attempt(() -> provider.edit(request(), Duration.ofMinutes(1), listener));
        }

        Map<String, String> wrongKey = new HashMap<>(settings);
        wrongKey.put(ModelsLabSettings.API_KEY, KEY + "-revoked");
        try (ModelsLabProvider provider = TestProviders.open(ProviderConfig.of(wrongKey), timing)) {
            seen.attempt(() -> provider.submit(request()));
            seen.attempt(() -> provider.await(provider.resume("42"), Duration.ofSeconds(5)));
        }

        Map<String, String> unreachable = new HashMap<>(settings);
        unreachable.put(ModelsLabSettings.BASE_URL, BlockedPort.refusingUrl().toString());
        try (ModelsLabProvider provider = TestProviders.open(ProviderConfig.of(unreachable), timing)) {
            seen.attempt(() -> provider.submit(request()));
        }

        progress.forEach(step -> seen.keep(step.toString()));
        List<String> logged = log.lines();
        seen.keepAll(logged);
        assertThat(logged).as("log events captured").hasSizeGreaterThan(50);
        assertThat(seen.text()).as("the Feign FULL log ran, with bodies")
                .contains("---> POST", "\"key\":\"****\"", "base64 characters>", "<--- HTTP/1.1 200");
        seen.assertNoFormOf(KEY, KEY_PARTS);
    }

    /**
     * The server echoes the key in an upload URL, output, proxy and future links, a malformed link, a redirect's
     * Location, messages, an id and meta: nothing of it is logged or quoted, a link holding it is dropped (the job
     * fails when none is left) and no download request carries it.
     */
    @Test
    void whatTheServerEchoesOfTheKeyIsNeverLoggedNorDownloaded() {
        Map<String, String> settings = new HashMap<>(TestProviders.settings(server));
        settings.put(ModelsLabSettings.HTTP_LOG, "full");
        List<JobProgress> progress = new ArrayList<>();
        EditListener listener = new EditListener() {
            @Override
            public void onProgress(JobProgress step) {
                progress.add(step);
            }
        };
        String keyed = "?key=" + KEY;
        server.uploadReply("{\"status\":\"success\",\"id\":${uploadId},\"output\":[\"${url}" + keyed + "\"]}");

        try (ModelsLabProvider provider = TestProviders.open(ProviderConfig.of(settings), new FakeTiming())) {
            server.enqueue(JobScript.of(
                    Reply.json("{\"status\":\"processing\",\"id\":\"${id}\",\"message\":\"queued for " + KEY
                            + "\",\"fetch_result\":\"${fetchResult}\",\"eta\":1,\"future_links\":[\"${output}\"]}"),
                    Reply.json("{\"status\":\"processing\",\"messege\":\"busy, " + base64(KEY) + "\","
                            + "\"future_links\":[\"${output}?k=" + urlEncoded(KEY) + "\"]}"),
                    Reply.json("{\"status\":\"success\",\"id\":\"${id}\",\"output\":[\"${output}" + keyed
                            + "\", \"not a link " + KEY + "\"],\"proxy_links\":[\"${output}\"],\"meta\":{\"seed\":\""
                            + KEY + "\"}}")));
            EditResult fromTheProxyLink = provider.edit(request(), Duration.ofMinutes(1), listener);
            seen.keep(fromTheProxyLink.toString(), fromTheProxyLink.metadata().toString());
            assertThat(fromTheProxyLink.image().source()).hasNoQuery();

            server.enqueue(JobScript.of(Reply.json("{\"status\":\"success\",\"id\":\"" + KEY + "\","
                    + "\"output\":[\"${output}\"]}")));
            EditResult keyAsId = provider.edit(request(), Duration.ofMinutes(1), listener);
            seen.keep(keyAsId.toString(), keyAsId.jobId());
            assertThat(keyAsId.jobId()).as("an id that is the key, redacted").isEqualTo(Redactor.MASK);

            server.enqueue(JobScript.rejected(Reply.json("{\"status\":\"error\",\"id\":\"" + KEY + "\","
                    + "\"message\":\"Failed, Try Again\"}")));
            seen.attempt(() -> provider.submit(request()));

            server.enqueue(JobScript.of(Reply.json("{\"status\":\"success\",\"id\":${id},\"output\":[\"${output}"
                    + keyed + "\"],\"proxy_links\":[\"${output}?k=" + urlEncoded(KEY) + "\"],"
                    + "\"future_links\":[\"${base}/f/" + base64(KEY) + ".png\"]}")));
            assertJobFailsOverTheKey(() -> provider.edit(request(), Duration.ofMinutes(1), listener), true);

            server.enqueue(JobScript.of(Reply.json("{\"status\":\"processing\",\"id\":\"${id}\",\"eta\":1,"
                    + "\"future_links\":[\"${output}" + keyed + "\"]}")));
            assertJobFailsOverTheKey(() -> provider.submit(request()), true);
            server.enqueue(JobScript.of(Reply.json("{\"status\":\"processing\",\"eta\":1,"
                    + "\"future_links\":[\"${output}" + keyed + "\"]}")));
            assertJobFailsOverTheKey(() -> provider.submit(request()), true);

            server.enqueue(JobScript.immediateSuccess()
                    .withOutput(Output.redirectTo("${base}/elsewhere/0.png" + keyed)));
            assertJobFailsOverTheKey(() -> provider.edit(request(), Duration.ofMinutes(1), listener), false);
        }

        assertThat(progress).extracting(JobProgress::message).as("a message, redacted").contains("busy, ****");
        progress.forEach(step -> seen.keep(step.toString()));
        seen.keepAll(log.lines());
        assertThat(seen.text()).as("the warnings about dropped links")
                .contains("ignoring an output link of ModelsLab job", "contains the API key", Redactor.MASK);
        seen.assertNoFormOf(KEY, KEY_PARTS);
        List<RecordedRequest> downloads = server.requests().stream()
                .filter(request -> request.method().equals("GET")).toList();
        assertThat(downloads).as("downloads made").isNotEmpty();
        SeenTexts sent = new SeenTexts();
        downloads.forEach(download -> sent.keep(download.path() + "?" + download.query() + " "
                + download.headers()));
        sent.assertNoFormOf(KEY, KEY_PARTS);
    }

    private void assertJobFailsOverTheKey(Supplier<?> action, boolean overItsLinks) {
        JobFailedException failure = catchThrowableOfType(() -> action.get(), JobFailedException.class);
        assertThat(failure).as("the job fails").isNotNull();
        seen.keep(failure.toString(), String.valueOf(failure.jobId()));
        assertThat(failure.jobId()).as("the failure names the job").isNotBlank();
        assertThat(failure.getMessage()).contains("ModelsLab job " + failure.jobId(),
                overItsLinks ? "every output link it gave contains the API key" : "it contains the API key");
    }

    private EditRequest request() {
        return EditRequest.builder(ImageInput.bytes(TestImages.png(64, 48)), "make it snow").build();
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String urlEncoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
