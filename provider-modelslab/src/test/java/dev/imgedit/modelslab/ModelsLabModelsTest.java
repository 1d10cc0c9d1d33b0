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
import dev.imgedit.ModelInfo;
import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.exception.UnsupportedFeatureException;
import dev.imgedit.modelslab.testserver.JobScript;
import dev.imgedit.testkit.TestImages;
import dev.imgedit.testkit.http.RecordedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The v7 image-to-image models: each one's body as the test server checks it (string or array {@code init_image},
 * {@code init_image_2}, {@code aspect_ratio} or {@code size}), each local image uploaded once and in order, and no
 * request at all for what a model cannot do.
 */
class ModelsLabModelsTest extends ModelsLabServerFixture {
    private static final Duration TIMEOUT = Duration.ofMinutes(1);

    private static final Map<Integer, byte[]> PNGS = new ConcurrentHashMap<>();

    /** A distinct PNG per index, 320x240 and up: same proportions, different bytes. */
    private static byte[] png(int index) {
        return PNGS.computeIfAbsent(index, i -> TestImages.png(320 + 4 * i, 240 + 3 * i)).clone();
    }

    private static ImageInput image(int index) {
        return ImageInput.bytes(png(index));
    }

    private static EditRequest.Builder edit(String model, int images) {
        EditRequest.Builder request = EditRequest.builder(image(0), "put them together").model(model);
        for (int i = 1; i < images; i++) {
            request.reference(image(i));
        }
        return request;
    }

    static Stream<Arguments> shapes() {
        return Stream.of(
                Arguments.of("flux-kontext-pro", 1, AspectRatio.R16_9, false, false, "aspect_ratio", "16:9"),
                Arguments.of("flux-2-pro", 3, null, true, false, null, null),
                Arguments.of("seededit-i2i", 1, null, false, false, null, null),
                Arguments.of("seedream-4.0-i2i", 3, null, true, false, null, null),
                Arguments.of("seedream-4.5-i2i", 2, AspectRatio.R21_9, true, false, "aspect_ratio", "21:9"),
                Arguments.of("nano-banana", 2, null, false, true, null, null),
                Arguments.of("nano-banana-pro", 3, AspectRatio.R3_4, true, false, "aspect_ratio", "3:4"),
                Arguments.of("gen4_image_turbo", 2, null, false, true, null, null),
                Arguments.of("gpt-image-2-i2i", 2, AspectRatio.R3_2, true, false, "size", "landscape"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void eachModelIsSentTheBodyItTakes(String model, int images, @Nullable AspectRatio ratio, boolean array,
            boolean secondField, @Nullable String sizeField, @Nullable String size) {
        server.enqueue(JobScript.immediateSuccess());

        EditResult result = provider.edit(edit(model, images).aspectRatio(ratio).build(), TIMEOUT,
                EditListener.NONE);

        assertThat(server.shapeProblems()).isEmpty();
        JsonNode body = server.json(server.submits().get(0));
        assertThat(body.get("model_id").asText()).isEqualTo(model);
        List<String> urls = new ArrayList<>();
        if (array) {
            assertThat(body.get("init_image").isArray()).as("init_image an array").isTrue();
            body.get("init_image").forEach(url -> urls.add(url.asText()));
        } else {
            assertThat(body.get("init_image").isTextual()).as("init_image a string").isTrue();
            urls.add(body.get("init_image").asText());
        }
        assertThat(body.has("init_image_2")).isEqualTo(secondField);
        if (secondField) {
            urls.add(body.get("init_image_2").asText());
        }
        assertUploadedInOrder(urls, images);
        for (String field : List.of("aspect_ratio", "size")) {
            assertThat(body.has(field)).as(field).isEqualTo(field.equals(sizeField));
        }
        if (sizeField != null) {
            assertThat(body.get(sizeField).asText()).isEqualTo(size);
        }
        assertThat(body.has("seed")).isFalse();
        assertThat(result.notices()).isEmpty();
    }

    @Test
    void identicalImagesAreUploadedOnceAndNamedByOneUrl() {
        server.enqueue(JobScript.immediateSuccess());

        provider.edit(EditRequest.builder(image(0), "mix").model("flux-2-pro").reference(image(1))
                .reference(image(0)).build(), TIMEOUT, EditListener.NONE);

        assertThat(server.requestsTo("/api/v6/base64_to_url")).hasSize(2);
        JsonNode urls = server.json(server.submits().get(0)).get("init_image");
        assertThat(urls).hasSize(3);
        assertThat(urls.get(2).asText()).isEqualTo(urls.get(0).asText()).isNotEqualTo(urls.get(1).asText());
    }

    @Test
    void aUrlReferenceIsSentAsItIsBesideUploadedOnes() {
        server.enqueue(JobScript.immediateSuccess());
        String url = server.inputUrl("style.png");

        provider.edit(EditRequest.builder(image(0), "in this style").model("nano-banana").reference(ImageInput.url(url))
                .build(), TIMEOUT, EditListener.NONE);

        JsonNode body = server.json(server.submits().get(0));
        assertThat(body.get("init_image_2").asText()).isEqualTo(url);
        assertThat(server.requestsTo("/api/v6/base64_to_url")).hasSize(1);
    }

    @Test
    void aModelThatTakesFewerImagesRefusesBeforeAnyRequest() {
        assertThatThrownBy(() -> provider.submit(edit("nano-banana", 3).build()))
                .isInstanceOf(UnsupportedFeatureException.class)
                .hasMessageContaining("nano-banana");
        assertThatThrownBy(() -> provider.submit(edit("flux-kontext-pro", 2).build()))
                .isInstanceOf(UnsupportedFeatureException.class);
        assertThatThrownBy(() -> provider.submit(edit("gpt-image-2-i2i", 15).build()))
                .isInstanceOf(UnsupportedFeatureException.class);

        assertThat(server.requestCount()).as("requests, uploads included").isZero();
    }

    @Test
    void noModelDocumentsASeedSoOneIsRefusedBeforeAnyRequest() {
        for (ModelInfo model : provider.info().models()) {
            assertThatThrownBy(() -> provider.submit(edit(model.id(), 1).seed(7L).build()))
                    .as(model.id()).isInstanceOf(UnsupportedFeatureException.class).hasMessageContaining("seed");
        }
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void noModelCanBeAskedForAnOutputFormat() {
        assertThat(provider.info().models()).allSatisfy(model -> assertThat(model.outputFormats()).isEmpty());
    }

    @Test
    void gptImage2TakesItsSizeOptionOutright() {
        server.enqueue(JobScript.immediateSuccess());

        EditResult result = provider.edit(edit("gpt-image-2-i2i", 1).providerOption("size", "2k LANDSCAPE").build(),
                TIMEOUT, EditListener.NONE);

        JsonNode body = server.json(server.submits().get(0));
        assertThat(body.get("size").asText()).isEqualTo("2K landscape");
        assertThat(result.notices()).isEmpty();
        assertThat(server.shapeProblems()).isEmpty();
    }

    @Test
    void aRequiredSizeIsTakenFromTheInputsProportionsAndTheResultSaysSo() {
        server.enqueue(JobScript.immediateSuccess(), JobScript.immediateSuccess());

        EditResult landscape = provider.edit(edit("gpt-image-2-i2i", 1).build(), TIMEOUT, EditListener.NONE);
        EditResult portrait = provider.edit(EditRequest.builder(ImageInput.bytes(TestImages.png(48, 64)), "snow")
                .model("seedream-4.5-i2i").build(), TIMEOUT, EditListener.NONE);

        assertThat(server.json(server.submits().get(0)).get("size").asText()).isEqualTo("landscape");
        assertThat(server.json(server.submits().get(1)).get("aspect_ratio").asText()).isEqualTo("2:3");
        assertThat(landscape.notices()).singleElement().asString()
                .contains("gpt-image-2-i2i", "'landscape'", "320x240", "size option");
        assertThat(portrait.notices()).singleElement().asString().contains("seedream-4.5-i2i", "'2:3'", "48x64");
        assertThat(server.shapeProblems()).isEmpty();
    }

    @Test
    void aSizeFromAUrlInputHasNoProportionsToGoBy() {
        server.enqueue(JobScript.immediateSuccess());

        EditResult result = provider.edit(EditRequest.builder(ImageInput.url(server.inputUrl("a.png")), "snow")
                .model("gpt-image-2-i2i").build(), TIMEOUT, EditListener.NONE);

        assertThat(server.json(server.submits().get(0)).get("size").asText()).isEqualTo("square");
        assertThat(result.notices()).singleElement().asString().contains("no proportions");
    }

    @Test
    void aSizeRefusedOrGivenTwiceFailsBeforeAnyRequest() {
        assertThatThrownBy(() -> provider.submit(edit("gpt-image-2-i2i", 1).aspectRatio(AspectRatio.R1_1)
                .providerOption("size", "portrait").build()))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("not both");
        assertThatThrownBy(() -> provider.submit(edit("gpt-image-2-i2i", 1).aspectRatio(AspectRatio.R16_9).build()))
                .isInstanceOf(UnsupportedFeatureException.class).hasMessageContaining("1:1");
        assertThatThrownBy(() -> provider.submit(edit("gpt-image-2-i2i", 1).providerOption("size", "huge").build()))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("4K portrait");
        assertThatThrownBy(() -> provider.submit(edit("flux-2-pro", 1).aspectRatio(AspectRatio.R1_1).build()))
                .isInstanceOf(UnsupportedFeatureException.class);

        assertThat(server.requestCount()).isZero();
    }

    @Test
    void aNoticeSurvivesAJobKeptAsTextAndAwaitedByAnotherProvider() {
        server.enqueue(JobScript.processingThenSuccess(1));
        EditJob submitted = provider.submit(edit("gpt-image-2-i2i", 1).build());
        EditJob fromJournal = EditJob.builder(submitted.providerId(), submitted.id())
                .outputs(submitted.outputs()).details(Map.copyOf(submitted.details())).build();

        reopen(Map.of());
        EditResult result = provider.await(fromJournal, TIMEOUT);

        assertThat(result.notices()).singleElement().asString().contains("'landscape'");
        assertThat(result.metadata()).containsEntry("track_id", submitted.details().get("track_id"));
    }

    @Test
    void anUnlistedModelIsSentAsGivenWithOneInitImageAndANotice() {
        server.enqueue(JobScript.immediateSuccess());

        EditResult result = provider.edit(EditRequest.builder(image(0), "snow").model("flux-kontext-max")
                .aspectRatio(AspectRatio.R4_3).build(), TIMEOUT, EditListener.NONE);

        JsonNode body = server.json(server.submits().get(0));
        assertThat(body.get("model_id").asText()).isEqualTo("flux-kontext-max");
        assertThat(body.get("init_image").isTextual()).isTrue();
        assertThat(body.get("aspect_ratio").asText()).isEqualTo("4:3");
        assertThat(result.notices()).singleElement().asString().contains("flux-kontext-max", "sent as given");
    }

    @Test
    void theModelIdSettingChoosesTheDefaultModel() {
        reopen(Map.of(ModelsLabSettings.MODEL_ID, "nano-banana"));
        server.enqueue(JobScript.immediateSuccess());

        provider.edit(EditRequest.builder(image(0), "swap").reference(image(1)).build(), TIMEOUT, EditListener.NONE);

        assertThat(provider.info().defaultModel().id()).isEqualTo("nano-banana");
        JsonNode body = server.json(server.submits().get(0));
        assertThat(body.get("model_id").asText()).isEqualTo("nano-banana");
        assertThat(body.has("init_image_2")).isTrue();
        assertThat(provider.info().models()).extracting(ModelInfo::id).contains("flux-kontext-pro")
                .doesNotHaveDuplicates();
    }

    @Test
    void theTestServerRefusesABodyOfTheWrongShapeAsModelsLabWould() throws IOException {
        String asString = post("{\"key\":\"" + server.apiKey() + "\",\"model_id\":\"seedream-4.0-i2i\","
                + "\"init_image\":\"https://example.invalid/a.png\",\"prompt\":\"snow\"}");
        String asArray = post("{\"key\":\"" + server.apiKey() + "\",\"model_id\":\"flux-kontext-pro\","
                + "\"init_image\":[\"https://example.invalid/a.png\"],\"prompt\":\"snow\"}");
        String withoutSize = post("{\"key\":\"" + server.apiKey() + "\",\"model_id\":\"gpt-image-2-i2i\","
                + "\"init_image\":[\"https://example.invalid/a.png\"],\"prompt\":\"snow\"}");

        assertThat(List.of(asString, asArray, withoutSize)).allSatisfy(answer -> assertThat(answer)
                .startsWith("{\"status\":\"error\",\"message\":{"));
        assertThat(server.shapeProblems()).containsExactly(
                "seedream-4.0-i2i: init_image: The init image must be an array of image URLs.",
                "flux-kontext-pro: init_image: The init image must be a string.",
                "gpt-image-2-i2i: size: The size field is required.");
        assertThat(server.submitStatuses()).containsExactly(200, 200, 200);
    }

    private String post(String json) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(server.baseUrl()
                + "/api/v7/images/image-to-image").toURL().openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setRequestProperty("Content-Type", "application/json");
        try (OutputStream out = connection.getOutputStream()) {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        }
        try (InputStream in = connection.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            connection.disconnect();
        }
    }

    /** The i-th URL names the i-th image, as uploaded; an upload's answer is the only source of each URL. */
    private void assertUploadedInOrder(List<String> urls, int images) {
        assertThat(urls).hasSize(images);
        List<RecordedRequest> uploads = server.requestsTo("/api/v6/base64_to_url");
        assertThat(uploads).hasSize(images);
        for (int i = 0; i < images; i++) {
            byte[] expected = png(i);
            assertThat(server.uploaded(urls.get(i))).as("image %d", i).hasValueSatisfying(
                    bytes -> assertThat(bytes).isEqualTo(expected));
        }
    }
}
