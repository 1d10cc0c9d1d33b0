package dev.imgedit.bfl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.imgedit.bfl.testserver.BflReplies;
import dev.imgedit.exception.AuthenticationException;
import dev.imgedit.exception.ImageEditException;
import dev.imgedit.exception.InsufficientCreditsException;
import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.exception.OutcomeUnknownException;
import dev.imgedit.exception.ProviderUnavailableException;
import dev.imgedit.exception.RateLimitedException;
import dev.imgedit.exception.UnsupportedFeatureException;
import dev.imgedit.testkit.http.Reply;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** BFL's answers to a submit, each mapped into core's exception tree, and when a submit is sent again. */
class BflErrorMappingTest extends BflServerFixture {

    @Test
    void http402IsInsufficientCredits() {
        server.rejectNextSubmits(BflReplies.insufficientCredits());

        InsufficientCreditsException error = submitFails(InsufficientCreditsException.class);

        assertThat(error.getMessage()).contains("HTTP 402", "Insufficient credits", "1 credit = 0.01 USD");
    }

    @Test
    void aRefusedKeyIsAuthenticationNamingTheSetting() {
        reopen(Map.of(BflProviderFactory.API_KEY, "revoked-key-0000"));

        AuthenticationException error = submitFails(AuthenticationException.class);

        assertThat(error.getMessage()).contains("HTTP 403", "Not authenticated", "BFL_API_KEY")
                .doesNotContain("revoked-key-0000");
    }

    @Test
    void http422NamesTheFieldsBflRefused() {
        server.rejectNextSubmits(Reply.json(422, "{\"detail\":[{\"loc\":[\"body\",\"safety_tolerance\"],\"msg\":"
                + "\"Input should be less than or equal to 6\",\"type\":\"less_than_equal\"},{\"loc\":[\"body\","
                + "\"input_image\"],\"msg\":\"Invalid image\",\"type\":\"value_error\"}]}"));

        InvalidRequestException error = submitFails(InvalidRequestException.class);

        assertThat(error.getMessage()).contains("the fields safety_tolerance, input_image",
                "safety_tolerance: Input should be less than or equal to 6", "input_image: Invalid image");
    }

    @Test
    void theConcurrencyLimitIsWaitedOutThenTheSubmitIsSentAgain() {
        server.rejectNextSubmits(BflReplies.concurrencyLimit().withHeader("Retry-After", "0"));

        provider.submit(request().build());

        assertThat(server.submitStatuses()).containsExactly(429, 200);
    }

    @Test
    void theConcurrencyLimitEveryTimeIsRateLimitedAfterTheRetries() {
        server.rejectNextSubmits(BflReplies.concurrencyLimit(), BflReplies.concurrencyLimit(),
                BflReplies.concurrencyLimit());

        RateLimitedException error = submitFails(RateLimitedException.class);

        assertThat(error.getMessage()).contains("24 tasks in flight", "Kontext [max]: 6", "tried 3 times",
                "nothing was charged");
        assertThat(server.submitStatuses()).containsExactly(429, 429, 429);
    }

    @Test
    void aRetryAfterLongerThanTheLongestWaitIsReportedAtOnce() {
        server.rejectNextSubmits(BflReplies.concurrencyLimit().withHeader("Retry-After", "30"));

        RateLimitedException error = submitFails(RateLimitedException.class);

        assertThat(error.retryAfter()).isEqualTo(Duration.ofSeconds(30));
        assertThat(error.getMessage()).contains("try again in 30 s");
        assertThat(server.submitCount()).isOne();
    }

    @Test
    void serverErrorsAreUnavailableAndNotSentAgain() {
        server.rejectNextSubmits(BflReplies.serverError());
        assertThat(submitFails(ProviderUnavailableException.class).getMessage()).contains("HTTP 500");

        server.rejectNextSubmits(BflReplies.unavailable());
        assertThat(submitFails(ProviderUnavailableException.class).getMessage())
                .contains("HTTP 503", "503 Service Temporarily Unavailable");

        assertThat(server.submitStatuses()).containsExactly(500, 503);
    }

    @Test
    void aGatewaysGiveUpIsAnUnknownOutcomeNotSentAgain() {
        server.rejectNextSubmits(Reply.html(504, "<html><title>504 Gateway Time-out</title></html>"));

        OutcomeUnknownException error = submitFails(OutcomeUnknownException.class);

        assertThat(error.getMessage()).contains("504 Gateway Time-out", "may have been accepted and charged",
                "dashboard.bfl.ai");
        assertThat(error.trackId()).isNull();
        assertThat(server.submitCount()).isOne();
    }

    @Test
    void aDroppedAnswerIsAnUnknownOutcomeNotSentAgain() {
        server.rejectNextSubmits(Reply.dropped());

        OutcomeUnknownException error = submitFails(OutcomeUnknownException.class);

        assertThat(error.getMessage()).contains("was not sent again");
        assertThat(server.submitCount()).isOne();
    }

    @Test
    void anAnswerThatIsNotBflsJsonIsAnUnknownOutcome() {
        server.rejectNextSubmits(Reply.json(200, "{\"id\": 12, \"polling_url\": "));

        assertThat(submitFails(OutcomeUnknownException.class).getMessage()).contains("without a task id");
    }

    @Test
    void aRedirectIsNotFollowed() {
        server.rejectNextSubmits(Reply.json(307, "").withHeader("Location", "https://elsewhere.example/v1/x"));

        assertThat(submitFails(ProviderUnavailableException.class).getMessage()).contains("does not follow");
        assertThat(server.submitCount()).isOne();
    }

    @Test
    void whatAModelCannotTakeIsRefusedBeforeAnyRequest() {
        assertThat(catchThrowableOfType(() -> provider.submit(request().model("flux-2-pro")
                .providerOption("guidance", "3").build()), UnsupportedFeatureException.class).getMessage())
                .contains("guidance");
        assertThat(catchThrowableOfType(() -> provider.submit(request().model("flux-2-max")
                .providerOption("safety_tolerance", "6").build()), InvalidRequestException.class).getMessage())
                .contains("from 0 to 5");
        var fiveImages = request();
        for (int i = 0; i < 4; i++) {
            fiveImages.reference(request().build().image());
        }
        assertThat(catchThrowableOfType(() -> provider.submit(fiveImages.build()), UnsupportedFeatureException.class))
                .isNotNull();
        assertThat(catchThrowableOfType(() -> provider.submit(request().providerOption("webhook_secret", "s")
                .build()), InvalidRequestException.class).getMessage()).contains("without webhook_url");
        assertThat(catchThrowableOfType(() -> provider.submit(request().providerOption("webhook_url", "ftp://x")
                .build()), InvalidRequestException.class)).isNotNull();
        assertThat(server.requestCount()).isZero();
    }

    private <T extends ImageEditException> T submitFails(Class<T> type) {
        T error = catchThrowableOfType(() -> provider.submit(request().build()), type);
        assertThat(error).as("the submit fails with " + type.getSimpleName()).isNotNull();
        assertThat(error.getMessage()).doesNotContain("\n", "feign", "Feign", "Exception", server.apiKey());
        assertThat(error.getCause()).isNull();
        return error;
    }
}
