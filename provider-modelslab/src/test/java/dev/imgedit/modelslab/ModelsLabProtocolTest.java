package dev.imgedit.modelslab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imgedit.AspectRatio;
import dev.imgedit.EditJob;
import dev.imgedit.EditListener;
import dev.imgedit.EditRequest;
import dev.imgedit.EditResult;
import dev.imgedit.ImageInput;
import dev.imgedit.ImageType;
import dev.imgedit.JobStatus;
import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.exception.OutcomeUnknownException;
import dev.imgedit.modelslab.testserver.JobScript;
import dev.imgedit.modelslab.testserver.Output;
import dev.imgedit.testkit.TestImages;
import dev.imgedit.testkit.http.RecordedRequest;
import dev.imgedit.testkit.http.Reply;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What is sent, and every documented answer shape and quirk of ModelsLab (reference §1.3–1.10), replayed. */
class ModelsLabProtocolTest extends ModelsLabServerFixture {
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private static EditRequest.Builder sample() {
        return EditRequest.builder(ImageInput.bytes(TestImages.png(64, 48)), "make it snow");
    }

    @Test
    void aSubmitSendsTheDocumentedFieldsATrackIdAndTheProviderOptions() {
        server.enqueue(JobScript.immediateSuccess());

        provider.edit(sample().aspectRatio(AspectRatio.R16_9)
                .providerOption("seed", "42")
                .providerOption("negative_prompt", "rain")
                .providerOption("samples", "1")
                .providerOption("safety_checker", "false")
                .build(), TIMEOUT, EditListener.NONE);

        JsonNode body = server.json(server.submits().get(0));
        assertThat(body.get("key").asText()).isEqualTo(server.apiKey());
        assertThat(body.get("model_id").asText()).isEqualTo("flux-kontext-pro");
        assertThat(body.get("init_image").asText()).startsWith(server.baseUrl() + "/uploads/");
        assertThat(body.get("prompt").asText()).isEqualTo("make it snow");
        assertThat(body.get("aspect_ratio").asText()).isEqualTo("16:9");
        assertThat(body.get("seed").isNumber()).as("a raw seed option, as a number").isTrue();
        assertThat(body.get("seed").asLong()).isEqualTo(42L);
        assertThat(UUID.fromString(body.get("track_id").asText())).isNotNull();
        assertThat(body.get("negative_prompt").asText()).isEqualTo("rain");
        assertThat(body.get("samples").isNumber()).isTrue();
        assertThat(body.get("safety_checker").isBoolean()).isTrue();
        assertThat(body.get("safety_checker").asBoolean()).isFalse();
        assertThat(body.has("webhook")).isFalse();
        assertThat(server.submits().get(0).headers().get("content-type")).containsExactly("application/json");
    }

    @Test
    void optionalFieldsAreLeftOutWhenNotGiven() {
        server.enqueue(JobScript.immediateSuccess());

        provider.edit(sample().build(), TIMEOUT, EditListener.NONE);

        JsonNode body = server.json(server.submits().get(0));
        assertThat(body.has("aspect_ratio")).isFalse();
        assertThat(body.has("seed")).isFalse();
    }

    @Test
    void aCallerChosenTrackIdAndWebhookAreSentAsGiven() {
        server.enqueue(JobScript.immediateSuccess());

        EditResult result = provider.edit(sample().providerOption("track_id", "batch-7-item-3")
                .providerOption("webhook", "https://example.invalid/hook").build(), TIMEOUT, EditListener.NONE);

        JsonNode body = server.json(server.submits().get(0));
        assertThat(body.get("track_id").asText()).isEqualTo("batch-7-item-3");
        assertThat(body.get("webhook").asText()).isEqualTo("https://example.invalid/hook");
        assertThat(result.metadata()).containsEntry("track_id", "batch-7-item-3");
    }

    @Test
    void fieldsImgeditSetsCannotBeOverriddenByProviderOptions() {
        for (String name : List.of("key", "model_id", "init_image", "init_image_2", "prompt", "aspect_ratio")) {
            assertThatThrownBy(() -> provider.submit(sample().providerOption(name, "x").build()))
                    .isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining(name);
        }
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void bytesAreUploadedAsADataUriAndTheUploadedUrlIsSent() {
        byte[] png = TestImages.png(64, 48);
        server.enqueue(JobScript.immediateSuccess());

        provider.edit(EditRequest.builder(ImageInput.bytes(png), "snow").build(), TIMEOUT, EditListener.NONE);

        List<RecordedRequest> uploads = server.requestsTo("/api/v6/base64_to_url");
        assertThat(uploads).hasSize(1);
        JsonNode upload = server.json(uploads.get(0));
        assertThat(upload.get("key").asText()).isEqualTo(server.apiKey());
        assertThat(upload.get("base64_string").asText())
                .isEqualTo("data:image/png;base64," + Base64.getEncoder().encodeToString(png));
        String uploadedUrl = server.json(server.submits().get(0)).get("init_image").asText();
        assertThat(server.requestsTo("/uploads/")).isEmpty();
        assertThat(uploadedUrl).startsWith(server.baseUrl() + "/uploads/");
    }

    @Test
    void anUploadAnsweredWithLinkAndMessegeIsUnderstood() {
        server.uploadReply("{\"status\":\"success\",\"messege\":\"image uploaded\",\"link\":\"${url}\","
                + "\"request_id\":${uploadId}}");
        server.enqueue(JobScript.immediateSuccess());

        provider.edit(sample().build(), TIMEOUT, EditListener.NONE);

        assertThat(server.json(server.submits().get(0)).get("init_image").asText())
                .startsWith(server.baseUrl() + "/uploads/");
    }

    @Test
    void aUrlInputIsSentAsItIsWithoutAnUpload() {
        server.enqueue(JobScript.immediateSuccess());
        String url = server.inputUrl("photo.png");

        provider.edit(EditRequest.builder(ImageInput.url(url), "snow").build(), TIMEOUT, EditListener.NONE);

        assertThat(server.requestsTo("/api/v6/base64_to_url")).isEmpty();
        assertThat(server.json(server.submits().get(0)).get("init_image").asText()).isEqualTo(url);
    }

    @Test
    void anImmediateSuccessIsDownloadedWithoutPollingAndKeepsItsMetadata() {
        server.enqueue(JobScript.immediateSuccess());

        EditJob job = provider.submit(sample().aspectRatio(AspectRatio.R4_3).build());
        EditResult result = provider.await(job, TIMEOUT);

        assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(job.outputs()).hasSize(1);
        assertThat(server.fetches()).isEmpty();
        assertThat(result.jobId()).isEqualTo(job.id()).matches("\\d+");
        assertThat(result.image().type()).isEqualTo(ImageType.PNG);
        assertThat((double) result.image().width() / result.image().height()).isCloseTo(4.0 / 3, within(0.02));
        assertThat(result.metadata()).containsEntry("seed", "1443575790")
                .containsEntry("generation_time_seconds", "2.45")
                .containsEntry("nsfw_content_detected", "false")
                .containsKey("track_id");
    }

    @Test
    void aQueuedJobIsPolledAtItsFetchResultEvenWhenThatIdDiffers() {
        server.enqueue(JobScript.processingThenSuccess(2));

        EditJob job = provider.submit(sample().build());
        EditResult result = provider.await(job, TIMEOUT);

        assertThat(job.status()).isEqualTo(JobStatus.PROCESSING);
        assertThat(job.estimatedWait()).isEqualTo(Duration.ofMillis(2750));
        assertThat(job.details().get("fetch_result")).contains("/api/v6/images/fetch/");
        assertThat(job.outputs()).as("future links").hasSize(1);
        List<RecordedRequest> fetches = server.fetches();
        assertThat(fetches).hasSize(3).allSatisfy(fetch -> {
            assertThat(fetch.path()).startsWith("/api/v6/images/fetch/").doesNotEndWith("/" + job.id());
            assertThat(server.json(fetch).get("key").asText()).isEqualTo(server.apiKey());
        });
        assertThat(result.jobId()).isEqualTo(job.id());
    }

    @Test
    void aQueuedJobWithoutFetchResultIsPolledByIdAndItsFutureLinksAreUsed() {
        server.enqueue(JobScript.processingWithFutureLinksOnly(1));

        EditJob job = provider.submit(sample().build());
        EditResult result = provider.await(job, TIMEOUT);

        assertThat(server.fetches()).extracting(RecordedRequest::path)
                .containsOnly("/api/v7/images/fetch/" + job.id());
        assertThat(result.image().source()).isEqualTo(job.outputs().get(0));
    }

    @Test
    void aQueuedJobWithoutAnIdTakesTheIdFromItsFetchResult() {
        server.enqueue(JobScript.of(Reply.json("{\"status\":\"processing\",\"eta\":3,"
                + "\"fetch_result\":\"${fetchResult}\"}"), Reply.json(JobScript.FETCH_SUCCESS)));

        EditJob job = provider.submit(sample().build());
        provider.await(job, TIMEOUT);

        assertThat(server.fetches().get(0).path()).endsWith("/" + job.id());
    }

    @Test
    void aQueuedJobWithNeitherIdNorFetchResultIsFollowedByItsFutureLinks() {
        server.enqueue(JobScript.of(Reply.json("{\"status\":\"processing\",\"id\":null,\"eta\":1,"
                + "\"future_links\":[\"${output}\"]}")).withOutput(Output.missingFirst(2)));

        EditJob job = provider.submit(sample().build());
        EditResult result = provider.await(job, TIMEOUT);

        assertThat(server.fetches()).isEmpty();
        assertThat(server.requestsTo("/outputs/")).hasSize(3);
        assertThat(job.id()).isEqualTo(job.details().get("track_id"));
        assertThat(result.images()).hasSize(1);
    }

    @Test
    void aQueuedJobWithNothingToFollowIsReportedAsAcceptedButUntraceable() {
        server.enqueue(JobScript.of(Reply.json("{\"status\":\"processing\",\"eta\":5}")));

        assertThatThrownBy(() -> provider.submit(sample().build()))
                .isInstanceOfSatisfying(OutcomeUnknownException.class,
                        unknown -> assertThat(unknown.trackId()).isNotBlank())
                .hasMessageContaining("track_id");
        assertThat(server.submitCount()).isOne();
    }

    static Stream<Arguments> successShapes() {
        return Stream.of(
                Arguments.of("id as a string", "{\"status\":\"success\",\"id\":\"abc123-def456\","
                        + "\"output\":[\"${output}\"]}", "abc123-def456"),
                Arguments.of("id as a numeric string", "{\"status\":\"success\",\"id\":\"12345678\","
                        + "\"output\":[\"${output}\"]}", "12345678"),
                Arguments.of("id null", "{\"status\":\"success\",\"id\":null,\"output\":[\"${output}\"]}", null),
                Arguments.of("id absent", "{\"status\":\"success\",\"output\":[\"${output}\"]}", null),
                Arguments.of("output a single string", "{\"status\":\"success\",\"id\":${id},"
                        + "\"output\":\"${output}\"}", ""),
                Arguments.of("output an object", "{\"status\":\"success\",\"id\":${id},"
                        + "\"output\":{\"0\":\"${output}\"}}", ""),
                Arguments.of("output empty, proxy_links a list", "{\"status\":\"success\",\"id\":${id},"
                        + "\"output\":[],\"proxy_links\":[\"${output}\"]}", ""),
                Arguments.of("output empty, proxy_links an object", "{\"status\":\"success\",\"id\":${id},"
                        + "\"output\":[],\"proxy_links\":{\"0\":\"${output}\"}}", ""),
                Arguments.of("output \"\", only future_links", "{\"status\":\"success\",\"id\":${id},"
                        + "\"output\":\"\",\"proxy_links\":null,\"future_links\":[\"${output}\"]}", ""),
                Arguments.of("unknown fields, string meta, warning", "{\"status\":\"success\",\"id\":${id},"
                        + "\"output\":[\"${output}\"],\"warning\":\"\",\"webhook_status\":\"\",\"tip_1\":\"x\","
                        + "\"future\":{\"nested\":[1,2]},\"meta\":{\"base64\":\"no\",\"seed\":\"7\"},"
                        + "\"generationTime\":\"1.5\"}", ""),
                Arguments.of("status in capitals", "{\"status\":\"Success\",\"id\":${id},"
                        + "\"output\":[\"${output}\"]}", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("successShapes")
    void everyDocumentedSuccessShapeGivesTheImage(String shape, String template, String expectedId) {
        server.enqueue(JobScript.of(Reply.json(template)));

        EditJob job = provider.submit(sample().build());
        EditResult result = provider.await(job, TIMEOUT);

        assertThat(result.images()).hasSize(1);
        assertThat(result.image().source().toString()).contains("/outputs/");
        if (expectedId == null) {
            assertThat(job.id()).as("the track id stands in").isEqualTo(job.details().get("track_id"));
        } else if (!expectedId.isEmpty()) {
            assertThat(job.id()).isEqualTo(expectedId);
        }
    }

    static Stream<Arguments> processingShapes() {
        return Stream.of(
                Arguments.of("messege spelling, output \"\"", JobScript.STILL_PROCESSING),
                Arguments.of("fractional eta, tips", "{\"status\":\"processing\",\"eta\":0.25,\"tip\":\"x\","
                        + "\"tip_1\":\"y\",\"message\":\"Request processing\",\"output\":[]}"),
                Arguments.of("eta as text, message an object", "{\"status\":\"processing\",\"eta\":\"13.07\","
                        + "\"message\":{\"info\":\"queued\"}}"),
                Arguments.of("status queued, no eta", "{\"status\":\"queued\"}"),
                Arguments.of("HTTP 200 with a future_links object", "{\"status\":\"processing\","
                        + "\"future_links\":{\"0\":\"${output}\"}}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("processingShapes")
    void everyProcessingShapeIsWaitedOut(String shape, String template) {
        server.enqueue(JobScript.of(Reply.json(JobScript.PROCESSING), Reply.json(template), Reply.json(template),
                Reply.json(JobScript.FETCH_SUCCESS)));

        EditResult result = provider.edit(sample().build(), TIMEOUT, EditListener.NONE);

        assertThat(result.images()).hasSize(1);
        assertThat(server.fetches()).hasSize(3);
    }

    @Test
    void aJpegOutputIsRecognisedByItsBytes() {
        server.enqueue(JobScript.immediateSuccess().withOutput(Output.jpeg()));

        EditResult result = provider.edit(sample().aspectRatio(AspectRatio.R9_16).build(), TIMEOUT,
                EditListener.NONE);

        assertThat(result.image().type()).isEqualTo(ImageType.JPEG);
        assertThat((double) result.image().width() / result.image().height()).isCloseTo(9.0 / 16, within(0.02));
    }

    @Test
    void anOutputServedAsBase64TextIsDecoded() {
        server.enqueue(JobScript.immediateSuccess().withOutput(Output.base64Text()));

        EditResult result = provider.edit(sample().build(), TIMEOUT, EditListener.NONE);

        assertThat(result.image().type()).isEqualTo(ImageType.PNG);
        assertThat(result.image().width()).isEqualTo(256);
    }

    @Test
    void anOutputGivenAsADataUriNeedsNoDownload() {
        String dataUri = "data:image/png;base64," + Base64.getEncoder().encodeToString(TestImages.png(30, 20));
        server.enqueue(JobScript.of(Reply.json("{\"status\":\"success\",\"id\":5,\"output\":[\"" + dataUri
                + "\"]}")));

        EditResult result = provider.edit(sample().build(), TIMEOUT, EditListener.NONE);

        assertThat(result.image().width()).isEqualTo(30);
        assertThat(server.requestsTo("/outputs/")).isEmpty();
    }

    private static org.assertj.core.data.Offset<Double> within(double offset) {
        return org.assertj.core.data.Offset.offset(offset);
    }
}
