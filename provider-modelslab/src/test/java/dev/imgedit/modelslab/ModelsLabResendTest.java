package dev.imgedit.modelslab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.imgedit.EditJob;
import dev.imgedit.EditListener;
import dev.imgedit.EditRequest;
import dev.imgedit.ImageInput;
import dev.imgedit.exception.OutcomeUnknownException;
import dev.imgedit.exception.ProviderUnavailableException;
import dev.imgedit.exception.RateLimitedException;
import dev.imgedit.modelslab.testserver.JobScript;
import dev.imgedit.modelslab.testserver.ModelsLabEndpoints;
import dev.imgedit.modelslab.testserver.ModelsLabReplies;
import dev.imgedit.testkit.http.BlockedPort;
import dev.imgedit.testkit.http.Fault;
import dev.imgedit.testkit.http.FaultProxy;
import dev.imgedit.testkit.http.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * When a request is sent again, and after what wait: a submit only after an answer that proves nothing started
 * (429 with its retry-after, 503, a refused connection), never after a lost or late answer, not even by the JDK; an
 * upload, which is free, after lost answers and server errors too. Waits run on the fake clock.
 */
class ModelsLabResendTest extends ModelsLabServerFixture {
    @Test
    void aSubmitWhoseAnswerTimesOutIsNotResent() {
        reopen(Map.of(ModelsLabSettings.READ_TIMEOUT, "300ms"));
        server.enqueue(JobScript.rejected(Reply.json(JobScript.SUCCESS).delayed(Duration.ofMillis(1500))));

        assertThatThrownBy(() -> provider.submit(request()))
                .isInstanceOf(OutcomeUnknownException.class)
                .hasMessageContaining("no answer")
                .hasMessageContaining("READ_TIMEOUT");
        assertThat(server.submitCount()).isOne();
    }

    /**
     * HttpURLConnection silently resends a POST that fails on a reused kept-alive connection, unless its body is
     * streamed: the submit here goes over the connection the upload opened, and is reset after being read.
     */
    @Test
    void aSubmitResetOnAReusedConnectionIsNotResentByTheJdkEither() {
        try (FaultProxy proxy = FaultProxy.inFrontOf(server)) {
            reopen(Map.of(ModelsLabSettings.BASE_URL, proxy.baseUrl().toString()));
            proxy.breakNext(ModelsLabEndpoints.SUBMIT, Fault.RESET_AFTER_BODY);

            assertThatThrownBy(() -> provider.submit(request())).isInstanceOf(OutcomeUnknownException.class);

            assertThat(proxy.count(ModelsLabEndpoints.UPLOAD)).isOne();
            assertThat(proxy.acceptedConnections()).as("the submit reused the upload's connection").isOne();
            assertThat(proxy.count(ModelsLabEndpoints.SUBMIT)).isOne();
        }
    }

    @Test
    void aRateLimitIsWaitedOutAsAskedAndTheSubmitResent() {
        server.rejectNextSubmits(ModelsLabReplies.rateLimited(30)).enqueue(JobScript.immediateSuccess());

        EditJob job = provider.submit(request());

        assertThat(job.outputs()).isNotEmpty();
        assertThat(server.submitCount()).isEqualTo(2);
        assertThat(timing.sleeps()).containsExactly(Duration.ofSeconds(30));
    }

    @Test
    void aRateLimitWhoseWaitWouldOverrunTheTimeAllowedIsReportedAtOnce() {
        server.rejectNextSubmits(ModelsLabReplies.rateLimited(30)).enqueue(JobScript.immediateSuccess());
        List<String> heard = new ArrayList<>();
        EditListener listener = hearing(heard);

        RateLimitedException limited = catchThrowableOfType(RateLimitedException.class,
                () -> provider.submit(request(), Duration.ofSeconds(20), listener));

        assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(30));
        assertThat(limited.getMessage()).contains("30 s", "longer than the time left");
        assertThat(server.submitCount()).isOne();
        assertThat(timing.sleeps()).isEmpty();
        assertThat(heard).containsExactly("submitting");
    }

    @Test
    void aRateLimitWaitThatFitsTheTimeAllowedIsWaitedAndHeardOf() {
        server.rejectNextSubmits(ModelsLabReplies.rateLimited(30)).enqueue(JobScript.immediateSuccess());
        List<String> heard = new ArrayList<>();
        EditListener listener = hearing(heard);

        provider.submit(request(), Duration.ofMinutes(1), listener);

        assertThat(heard).containsExactly("submitting", "waiting 30 s", "submitting");
        assertThat(timing.sleeps()).containsExactly(Duration.ofSeconds(30));
    }

    @Test
    void aRateLimitThatPersistsIsReportedWithItsRetryAfterAfterTwoRetries() {
        server.rejectNextSubmits(ModelsLabReplies.rateLimited(30), ModelsLabReplies.rateLimited(30),
                ModelsLabReplies.rateLimited(30));

        RateLimitedException limited = catchThrowableOfType(RateLimitedException.class,
                () -> provider.submit(request()));

        assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(30));
        assertThat(limited.getMessage()).contains("Rate limit exceeded", "30 s");
        assertThat(server.submitCount()).isEqualTo(3);
        assertThat(timing.sleeps()).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(30));
    }

    @Test
    void aRateLimitAskingForMoreThanTheMaximumWaitIsReportedAtOnce() {
        server.rejectNextSubmits(ModelsLabReplies.rateLimited(120));

        RateLimitedException limited = catchThrowableOfType(RateLimitedException.class,
                () -> provider.submit(request()));

        assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(120));
        assertThat(server.submitCount()).isOne();
        assertThat(timing.sleeps()).isEmpty();
    }

    @Test
    void aLegacyRateLimitUnderHttp200WithoutRetryAfterBacksOff() {
        Reply legacy = Reply.json("{\"status\":\"error\",\"message\":\"Rate limit exceeded\",\"tips\":\"You have "
                + "exceeded the spam filter, wait for 30 seconds\"}");
        server.rejectNextSubmits(legacy, legacy, legacy);

        RateLimitedException limited = catchThrowableOfType(RateLimitedException.class,
                () -> provider.submit(request()));

        assertThat(limited.retryAfter()).isNull();
        assertThat(server.submitCount()).isEqualTo(3);
        assertThat(timing.sleeps()).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10));
    }

    @Test
    void aRetryAfterHeaderIsHonouredWhenTheBodySaysNothing() {
        server.rejectNextSubmits(Reply.empty(429).withHeader("Retry-After", "7"))
                .enqueue(JobScript.immediateSuccess());

        provider.submit(request());

        assertThat(timing.sleeps()).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void a503IsResentWithBackoffAndThenReported() {
        server.rejectNextSubmits(ModelsLabReplies.serviceUnavailableHtml(), ModelsLabReplies.serviceUnavailableHtml(),
                ModelsLabReplies.serviceUnavailableHtml());

        assertThatThrownBy(() -> provider.submit(request()))
                .isInstanceOf(ProviderUnavailableException.class)
                .hasMessageContaining("503 Service Temporarily Unavailable");
        assertThat(server.submitCount()).isEqualTo(3);
        assertThat(timing.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void a503FollowedBySuccessCostsOneRetry() {
        server.rejectNextSubmits(Reply.json(503, "{\"status\":\"error\",\"message\":\"Service temporarily "
                + "unavailable. Please try again later.\"}")).enqueue(JobScript.immediateSuccess());

        provider.submit(request());

        assertThat(server.submitCount()).isEqualTo(2);
    }

    @Test
    void aRefusedConnectionIsRetriedAndThenReportedAsUnavailable() {
        reopen(Map.of(ModelsLabSettings.BASE_URL, BlockedPort.refusingUrl().toString()));

        assertThatThrownBy(() -> provider.submit(EditRequest.builder(ImageInput.url("https://example.invalid/a.png"),
                "snow").build()))
                .isInstanceOf(ProviderUnavailableException.class)
                .hasMessageContaining("connection refused")
                .hasMessageContaining("tried 3 times");
        assertThat(timing.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void anUploadIsFreeSoItIsResentAfterALostAnswer() {
        server.rejectNextUploads(Reply.dropped(), ModelsLabReplies.internalServerErrorHtml())
                .enqueue(JobScript.immediateSuccess());

        provider.submit(request());

        assertThat(server.requestsTo("/api/v6/base64_to_url")).hasSize(3);
        assertThat(server.submitCount()).isOne();
    }

    /** A listener writing down, in order, each paid request going out and each wait before one. */
    private static EditListener hearing(List<String> heard) {
        return new EditListener() {
            @Override
            public void onSubmitting() {
                heard.add("submitting");
            }

            @Override
            public void onWaiting(Duration wait, String reason) {
                heard.add("waiting " + wait.toSeconds() + " s");
            }
        };
    }
}
