package dev.imgedit.modelslab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.imgedit.EditJob;
import dev.imgedit.EditListener;
import dev.imgedit.exception.AuthenticationException;
import dev.imgedit.exception.ContentRejectedException;
import dev.imgedit.exception.ImageEditException;
import dev.imgedit.exception.InsufficientCreditsException;
import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.exception.JobFailedException;
import dev.imgedit.exception.JobNotFoundException;
import dev.imgedit.exception.OutcomeUnknownException;
import dev.imgedit.exception.ProviderUnavailableException;
import dev.imgedit.modelslab.testserver.JobScript;
import dev.imgedit.modelslab.testserver.ModelsLabReplies;
import dev.imgedit.testkit.http.RecordedRequest;
import dev.imgedit.testkit.http.Reply;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every failure ModelsLab documents (and the transport's own) maps to one exception type, with a one-line message
 * that quotes ModelsLab; a submit that fails so is sent exactly once. When a request is sent again is
 * {@link ModelsLabResendTest}'s subject.
 */
class ModelsLabErrorMappingTest extends ModelsLabServerFixture {
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    /** HttpURLConnection drops the body of a 401 to a streamed POST, so only the status line is quoted then. */
    static Stream<Arguments> submitRefusals() {
        return Stream.of(
                Arguments.of(Reply.json(401, "{\"status\":\"error\",\"message\":\"Invalid API key\"}"),
                        AuthenticationException.class, "401 Unauthorized"),
                Arguments.of(Reply.json("{\"status\":\"error\",\"message\":\"Invalid Api Key\",\"tip\":\"Get a key\"}"),
                        AuthenticationException.class, "Invalid Api Key"),
                Arguments.of(Reply.json("{\"status\":\"error\",\"message\":\"API key required\"}"),
                        AuthenticationException.class, "API key required"),
                Arguments.of(Reply.html(403, "<html><head><title>403 Forbidden</title></head></html>"),
                        AuthenticationException.class, "403 Forbidden"),
                Arguments.of(Reply.json(402, "{\"status\":\"error\",\"message\":\"Insufficient credits. Please add "
                        + "more credits to continue.\"}"), InsufficientCreditsException.class, "Insufficient credits"),
                Arguments.of(Reply.json("{\"status\":\"error\",\"message\":\"This feature requires a premium "
                        + "subscription\"}"), InsufficientCreditsException.class, "premium subscription"),
                Arguments.of(Reply.json("{\"status\":\"error\",\"message\":{\"prompt\":[\"The prompt field is "
                        + "required.\"],\"init_image\":[\"The init image must be a URL.\"]}}"),
                        InvalidRequestException.class, "prompt: The prompt field is required.; init_image: The init "
                                + "image must be a URL."),
                Arguments.of(Reply.json(422, "{\"status\":\"error\",\"message\":\"prompt is required\"}"),
                        InvalidRequestException.class, "prompt is required"),
                Arguments.of(Reply.json(400, "{\"status\":\"error\",\"message\":\"Unable to fetch image from "
                        + "provided URL\"}"), InvalidRequestException.class, "Unable to fetch image"),
                Arguments.of(Reply.json("{\"status\":\"error\",\"messege\":\"Model not found: flux-kontext-pro\"}"),
                        InvalidRequestException.class, "Model not found"),
                Arguments.of(Reply.json("{\"status\":\"error\",\"message\":\"Model id not found\"}"),
                        InvalidRequestException.class, "Model id not found"),
                Arguments.of(Reply.json("{\"status\":\"error\",\"message\":\"NSFW content detected in the prompt\"}"),
                        ContentRejectedException.class, "NSFW"),
                Arguments.of(Reply.json("{\"status\":\"success\",\"id\":9,\"output\":[],"
                        + "\"nsfw_content_detected\":true}"), ContentRejectedException.class, "nsfw_content_detected"),
                Arguments.of(Reply.json("{\"status\":\"failed\",\"id\":\"\",\"message\":\"Failed, Try Again\","
                        + "\"output\":\"\"}"), JobFailedException.class, "Failed, Try Again"),
                Arguments.of(Reply.json("{\"status\":\"error\",\"message\":\"Something unheard of\"}"),
                        JobFailedException.class, "Something unheard of"),
                Arguments.of(ModelsLabReplies.internalServerErrorHtml(), ProviderUnavailableException.class,
                        "500 Internal Server Error"),
                Arguments.of(Reply.json(500, "{\"status\":\"error\",\"message\":\"Internal server error. Please try "
                        + "again.\"}"), ProviderUnavailableException.class, "Internal server error"),
                Arguments.of(Reply.json("{\"status\":\"error\",\"message\":\"Internal server error. Please try "
                        + "again.\"}"), ProviderUnavailableException.class, "Internal server error"),
                Arguments.of(Reply.html(502, "<html><head><title>502 Bad Gateway</title></head></html>"),
                        OutcomeUnknownException.class, "502 Bad Gateway"),
                Arguments.of(Reply.text(504, "upstream timed out"), OutcomeUnknownException.class, "504"),
                Arguments.of(Reply.html(200, "<!DOCTYPE html><html><title>Maintenance</title></html>"),
                        OutcomeUnknownException.class, "Maintenance"),
                Arguments.of(Reply.empty(200), OutcomeUnknownException.class, "empty body"),
                Arguments.of(Reply.json("{\"status\":\"weird\"}"), OutcomeUnknownException.class, "weird"),
                Arguments.of(Reply.dropped(), OutcomeUnknownException.class, "may have been accepted and charged"));
    }

    @ParameterizedTest(name = "{1} for {0}")
    @MethodSource("submitRefusals")
    void aRefusedOrLostSubmitMapsToOneTypeAndIsSentOnce(Reply reply, Class<? extends ImageEditException> type,
            String quoted) {
        server.enqueue(JobScript.rejected(reply));

        ImageEditException failure = catchThrowableOfType(ImageEditException.class,
                () -> provider.edit(request(), TIMEOUT, EditListener.NONE));

        assertThat(failure).isInstanceOf(type).hasMessageContaining(quoted);
        assertThat(failure.getCause()).isNull();
        assertOneLineWithoutLibraryNames(failure.getMessage());
        assertThat(server.submitCount()).as("submits").isOne();
        assertThat(timing.sleeps()).isEmpty();
    }

    @Test
    void aLostSubmitNamesItsTrackIdAndSaysWhatToDo() {
        server.enqueue(JobScript.rejected(Reply.dropped()));

        OutcomeUnknownException unknown = catchThrowableOfType(OutcomeUnknownException.class,
                () -> provider.submit(request()));

        String trackId = server.json(server.submits().get(0)).get("track_id").asText();
        assertThat(unknown.trackId()).isEqualTo(trackId);
        assertThat(unknown.getMessage()).contains(trackId, "resume it by its id", "did not send it again")
                .doesNotContain("imgedit fetch");
        assertThat(unknown.isRetriable()).isFalse();
    }

    @Test
    void anUploadRefusedForItsContentIsAnInvalidRequest() {
        server.rejectNextUploads(Reply.json("{\"status\":\"error\",\"message\":\"Invalid base64 string\"}"));

        assertThatThrownBy(() -> provider.submit(request()))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("uploading the input image")
                .hasMessageContaining("Invalid base64 string");
        assertThat(server.submitCount()).isZero();
    }

    @Test
    void aJobThatFailsAfterProcessingIsAJobFailureWithItsId() {
        server.enqueue(JobScript.failedAfterProcessing(2));
        EditJob job = provider.submit(request());

        JobFailedException failed = catchThrowableOfType(JobFailedException.class,
                () -> provider.await(job, TIMEOUT));

        assertThat(failed.jobId()).isEqualTo(job.id());
        assertThat(failed.getMessage()).contains(job.id(), "Failed, Try Again");
    }

    @Test
    void anUnknownJobIdIsAJobNotFound() {
        JobNotFoundException notFound = catchThrowableOfType(JobNotFoundException.class,
                () -> provider.await(provider.resume("999"), TIMEOUT));

        assertThat(notFound.jobId()).isEqualTo("999");
        assertThat(notFound.getMessage()).contains("999", "Request not found");
        assertThat(server.fetches()).extracting(RecordedRequest::path)
                .containsExactly("/api/v7/images/fetch/999", "/api/v6/images/fetch/999");
    }

    @Test
    void aKeyRejectedWhilePollingIsAnAuthenticationFailureForThatJob() {
        server.enqueue(JobScript.of(Reply.json(JobScript.PROCESSING),
                Reply.json("{\"status\":\"error\",\"message\":\"Invalid API key\"}")));
        EditJob job = provider.submit(request());

        AuthenticationException failure = catchThrowableOfType(AuthenticationException.class,
                () -> provider.await(job, TIMEOUT));

        assertThat(failure.jobId()).isEqualTo(job.id());
    }

    @Test
    void transientPollFailuresAreRiddenOut() {
        server.enqueue(JobScript.of(Reply.json(JobScript.PROCESSING), ModelsLabReplies.serviceUnavailableHtml(),
                Reply.dropped(), Reply.html(200, "<html>oops</html>"), ModelsLabReplies.rateLimited(3),
                Reply.json(JobScript.FETCH_SUCCESS)));
        EditJob job = provider.submit(request());

        provider.await(job, TIMEOUT);

        assertThat(server.fetches()).hasSize(5);
        assertThat(timing.sleeps()).contains(Duration.ofSeconds(3));
    }

    @Test
    void pollFailuresThatDoNotStopMakeModelsLabUnavailableWithTheJobId() {
        server.enqueue(JobScript.of(Reply.json(JobScript.PROCESSING), ModelsLabReplies.internalServerErrorHtml()));
        EditJob job = provider.submit(request());

        ProviderUnavailableException failure = catchThrowableOfType(ProviderUnavailableException.class,
                () -> provider.await(job, TIMEOUT));

        assertThat(failure.jobId()).isEqualTo(job.id());
        assertThat(failure.getMessage()).contains("resume job " + job.id(), "5 times in a row");
        assertThat(server.fetches()).hasSize(5);
    }

    @Test
    void aLongMessageIsCutAndTheKeyInItIsRedacted() {
        String echoed = "Invalid request for key " + server.apiKey() + ": " + "x".repeat(1000);
        server.enqueue(JobScript.rejected(Reply.json(400, "{\"status\":\"error\",\"message\":\"" + echoed + "\"}")));

        InvalidRequestException failure = catchThrowableOfType(InvalidRequestException.class,
                () -> provider.submit(request()));

        assertThat(failure.getMessage()).doesNotContain(server.apiKey()).contains("****").hasSizeLessThan(400);
    }

    private static void assertOneLineWithoutLibraryNames(String message) {
        assertThat(message).doesNotContain("\n", "\r", "feign", "Feign", "jackson", "Jackson", "java.net",
                "Exception");
    }
}
