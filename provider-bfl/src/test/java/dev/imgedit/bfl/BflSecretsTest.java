package dev.imgedit.bfl;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import dev.imgedit.EditJob;
import dev.imgedit.EditListener;
import dev.imgedit.EditResult;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.JobProgress;
import dev.imgedit.bfl.internal.settings.Settings;
import dev.imgedit.bfl.testserver.Answer;
import dev.imgedit.bfl.testserver.BflTestServer;
import dev.imgedit.bfl.testserver.Output;
import dev.imgedit.bfl.testserver.TaskScript;
import dev.imgedit.exception.ImageEditException;
import dev.imgedit.spi.ProviderConfig;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * With every logger at TRACE and Feign's FULL log on, a run of succeeding and failing edits, in which the server
 * echoes the key wherever it can, leaves the key (as it is, URL-encoded or base64-encoded) and the webhook secret in
 * no log line, exception message, toString() or result; and no download carries the key.
 */
class BflSecretsTest {
    private static final String KEY = "bfl+Secret/Key=With&Specials1234";
    private static final String WEBHOOK_SECRET = "whsec-Very-Private-0987";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final List<String> seen = new ArrayList<>();
    private ListAppender<ILoggingEvent> captured;
    private ch.qos.logback.classic.Logger root;
    private Level previousLevel;
    private final List<Appender<ILoggingEvent>> detached = new ArrayList<>();
    private BflTestServer server;

    @BeforeEach
    void captureEverything() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        previousLevel = root.getLevel();
        root.iteratorForAppenders().forEachRemaining(detached::add);
        detached.forEach(root::detachAppender);
        captured = new ListAppender<>();
        captured.setContext(context);
        captured.start();
        root.addAppender(captured);
        root.setLevel(Level.TRACE);
        server = BflTestServer.start(KEY);
    }

    @AfterEach
    void restore() {
        server.close();
        root.detachAppender(captured);
        detached.forEach(root::addAppender);
        root.setLevel(previousLevel);
    }

    @Test
    void theKeyAppearsNowhereInAFullRunOfSuccessesAndFailures() {
        Map<String, String> settings = TestProviders.settings(server);
        settings.put(BflProviderFactory.HTTP_LOG, "full");
        ProviderConfig config = ProviderConfig.of(settings);
        keep(config.toString(), Settings.fromConfig(config).toString());
        EditListener listener = new EditListener() {
            @Override
            public void onProgress(JobProgress step) {
                keep(step.toString());
            }
        };

        try (ImageEditProvider provider = new BflProviderFactory().create(config)) {
            keep(provider.toString());
            server.enqueue(TaskScript.pendingThenReady(2));
            EditResult result = provider.edit(request(), TIMEOUT, listener);
            keep(result.toString(), result.metadata().toString(), result.image().toString());

            server.rejectNextSubmits(Answer.json(400, "{\"detail\":\"bad key " + KEY + " aka " + base64(KEY)
                    + " aka " + urlEncoded(KEY) + "\"}"));
            attempt(() -> provider.submit(request()));
            server.rejectNextSubmits(Answer.json(422, "{\"detail\":[{\"loc\":[\"body\",\"" + KEY + "\"],\"msg\":\""
                    + KEY + "\",\"type\":\"x\"}]}"));
            attempt(() -> provider.submit(request()));
            server.enqueue(TaskScript.of(Answer.status("Error", "{\"message\":\"key " + KEY + " refused\"}")));
            attempt(() -> provider.edit(request(), TIMEOUT, listener));
            server.enqueue(TaskScript.of(Answer.status("Pending " + urlEncoded(KEY)), Answer.ready()));
            attempt(() -> provider.edit(request(), TIMEOUT, listener));
            server.enqueue(TaskScript.requestModerated());
            attempt(() -> provider.edit(request(), TIMEOUT, listener));
            server.enqueue(TaskScript.pendingThenReady(0).withOutput(Output.redirectTo("${base}/leak?k="
                    + urlEncoded(KEY))));
            attempt(() -> provider.edit(request(), TIMEOUT, listener));
            server.rejectNextSubmits(Answer.dropped());
            attempt(() -> provider.submit(request()));
            server.rejectNextSubmits(Answer.concurrencyLimit(), Answer.concurrencyLimit(), Answer.concurrencyLimit());
            attempt(() -> provider.submit(request()));

            EditJob job = provider.submit(dev.imgedit.EditRequest.builder(request().image(), "snow")
                    .providerOption("webhook_url", "https://hooks.example/bfl")
                    .providerOption("webhook_secret", WEBHOOK_SECRET).build());
            keep(job.toString());
            attempt(() -> provider.await(job, TIMEOUT, listener));
            attempt(() -> provider.resume(KEY));
            attempt(() -> provider.await(provider.resume("no-such-task"), TIMEOUT, listener));
        }
        Map<String, String> wrong = TestProviders.settings(server);
        wrong.put(BflProviderFactory.API_KEY, KEY + "-revoked");
        wrong.put(BflProviderFactory.HTTP_LOG, "full");
        try (ImageEditProvider provider = new BflProviderFactory().create(ProviderConfig.of(wrong))) {
            attempt(() -> provider.submit(request()));
            attempt(provider::balance);
        }

        for (ILoggingEvent event : captured.list) {
            keep(event.getFormattedMessage());
            if (event.getThrowableProxy() != null) {
                keep(ThrowableProxyUtil.asString(event.getThrowableProxy()));
            }
        }
        String everything = String.join("\n", seen);
        assertThat(captured.list).as("log events captured").hasSizeGreaterThan(40);
        assertThat(everything).as("Feign's FULL log ran, with headers and bodies")
                .contains("---> POST", "x-key: ****", "base64 characters>", "<--- HTTP/1.1 200",
                        "\"webhook_secret\":\"****\"");
        assertThat(everything).as("the key or the webhook secret in any form").doesNotContain(KEY, base64(KEY),
                base64(KEY).replace("=", ""), urlEncoded(KEY), "Secret/Key", "Secret%2FKey", "Specials1234",
                WEBHOOK_SECRET);
        assertThat(server.downloads()).isNotEmpty().allSatisfy(download -> {
            assertThat(download.key()).isNull();
            assertThat(download.query()).doesNotContain(urlEncoded(KEY));
        });
        assertThat(server.requests()).noneSatisfy(request -> assertThat(request.path()).startsWith("/leak"));
    }

    private static dev.imgedit.EditRequest request() {
        return BflServerFixture.request().build();
    }

    private void attempt(Supplier<?> action) {
        try {
            keep(String.valueOf(action.get()));
        } catch (ImageEditException | IllegalStateException e) {
            keep(e.toString(), String.valueOf(e.getMessage()));
            if (e instanceof ImageEditException failure) {
                keep(String.valueOf(failure.jobId()));
            }
        }
    }

    private void keep(String... texts) {
        seen.addAll(List.of(texts));
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String urlEncoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
