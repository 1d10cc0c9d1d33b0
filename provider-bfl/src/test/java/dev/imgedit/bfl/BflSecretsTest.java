package dev.imgedit.bfl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgedit.EditJob;
import dev.imgedit.EditListener;
import dev.imgedit.EditResult;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.JobProgress;
import dev.imgedit.bfl.internal.settings.Settings;
import dev.imgedit.bfl.testserver.BflReplies;
import dev.imgedit.bfl.testserver.BflTestServer;
import dev.imgedit.bfl.testserver.Output;
import dev.imgedit.bfl.testserver.TaskScript;
import dev.imgedit.spi.ProviderConfig;
import dev.imgedit.testkit.http.Reply;
import dev.imgedit.testkit.logback.TraceLog;
import dev.imgedit.testkit.secrets.SeenTexts;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With every logger at TRACE and Feign's FULL log on, a run of succeeding and failing edits, in which the server
 * echoes the key wherever it can, leaves the key (as it is, URL-encoded or base64-encoded) and the webhook secret in
 * no log line, exception message, toString() or result; and no download carries the key.
 */
class BflSecretsTest {
    private static final String KEY = "bfl+Secret/Key=With&Specials1234";
    private static final String WEBHOOK_SECRET = "whsec-Very-Private-0987";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final SeenTexts seen = new SeenTexts();
    private TraceLog log;
    private BflTestServer server;

    @BeforeEach
    void captureEverything() {
        log = TraceLog.start();
        server = BflTestServer.start(KEY);
    }

    @AfterEach
    void restore() {
        server.close();
        log.close();
    }

    @Test
    void theKeyAppearsNowhereInAFullRunOfSuccessesAndFailures() {
        Map<String, String> settings = TestProviders.settings(server);
        settings.put(BflProviderFactory.HTTP_LOG, "full");
        ProviderConfig config = ProviderConfig.of(settings);
        seen.keep(config.toString(), Settings.fromConfig(config).toString());
        EditListener listener = new EditListener() {
            @Override
            public void onProgress(JobProgress step) {
                seen.keep(step.toString());
            }
        };

        try (ImageEditProvider provider = new BflProviderFactory().create(config)) {
            seen.keep(provider.toString());
            server.enqueue(TaskScript.pendingThenReady(2));
            EditResult result = provider.edit(request(), TIMEOUT, listener);
            seen.keep(result.toString(), result.metadata().toString(), result.image().toString());

            server.rejectNextSubmits(Reply.json(400, "{\"detail\":\"bad key " + KEY + " aka " + base64(KEY)
                    + " aka " + urlEncoded(KEY) + "\"}"));
            seen.attempt(() -> provider.submit(request()));
            server.rejectNextSubmits(Reply.json(422, "{\"detail\":[{\"loc\":[\"body\",\"" + KEY + "\"],\"msg\":\""
                    + KEY + "\",\"type\":\"x\"}]}"));
            seen.attempt(() -> provider.submit(request()));
            server.enqueue(TaskScript.of(BflReplies.status("Error", "{\"message\":\"key " + KEY + " refused\"}")));
            seen.attempt(() -> provider.edit(request(), TIMEOUT, listener));
            server.enqueue(TaskScript.of(BflReplies.status("Pending " + urlEncoded(KEY)), BflReplies.ready()));
            seen.attempt(() -> provider.edit(request(), TIMEOUT, listener));
            server.enqueue(TaskScript.requestModerated());
            seen.attempt(() -> provider.edit(request(), TIMEOUT, listener));
            server.enqueue(TaskScript.pendingThenReady(0).withOutput(Output.redirectTo("${base}/leak?k="
                    + urlEncoded(KEY))));
            seen.attempt(() -> provider.edit(request(), TIMEOUT, listener));
            server.rejectNextSubmits(Reply.dropped());
            seen.attempt(() -> provider.submit(request()));
            server.rejectNextSubmits(BflReplies.concurrencyLimit(), BflReplies.concurrencyLimit(),
                    BflReplies.concurrencyLimit());
            seen.attempt(() -> provider.submit(request()));

            EditJob job = provider.submit(dev.imgedit.EditRequest.builder(request().image(), "snow")
                    .providerOption("webhook_url", "https://hooks.example/bfl")
                    .providerOption("webhook_secret", WEBHOOK_SECRET).build());
            seen.keep(job.toString());
            seen.attempt(() -> provider.await(job, TIMEOUT, listener));
            seen.attempt(() -> provider.resume(KEY));
            seen.attempt(() -> provider.await(provider.resume("no-such-task"), TIMEOUT, listener));
        }
        Map<String, String> wrong = TestProviders.settings(server);
        wrong.put(BflProviderFactory.API_KEY, KEY + "-revoked");
        wrong.put(BflProviderFactory.HTTP_LOG, "full");
        try (ImageEditProvider provider = new BflProviderFactory().create(ProviderConfig.of(wrong))) {
            seen.attempt(() -> provider.submit(request()));
            seen.attempt(provider::balance);
        }

        List<String> logged = log.lines();
        seen.keepAll(logged);
        assertThat(logged).as("log events captured").hasSizeGreaterThan(40);
        assertThat(seen.text()).as("Feign's FULL log ran, with headers and bodies")
                .contains("---> POST", "x-key: ****", "base64 characters>", "<--- HTTP/1.1 200",
                        "\"webhook_secret\":\"****\"");
        seen.assertNoFormOf(KEY, "Secret/Key", "Secret%2FKey", "Specials1234");
        seen.assertNoFormOf(WEBHOOK_SECRET);
        assertThat(server.downloads()).isNotEmpty().allSatisfy(download -> {
            assertThat(download.header(BflTestServer.KEY_HEADER)).isNull();
            assertThat(download.query()).doesNotContain(urlEncoded(KEY));
        });
        assertThat(server.requests()).noneSatisfy(request -> assertThat(request.path()).startsWith("/leak"));
    }

    private static dev.imgedit.EditRequest request() {
        return BflServerFixture.request().build();
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String urlEncoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
