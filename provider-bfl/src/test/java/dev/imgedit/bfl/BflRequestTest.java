package dev.imgedit.bfl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imgedit.AspectRatio;
import dev.imgedit.EditJob;
import dev.imgedit.EditListener;
import dev.imgedit.EditResult;
import dev.imgedit.ImageInput;
import dev.imgedit.ImageType;
import dev.imgedit.bfl.testserver.BflTestServer;
import dev.imgedit.bfl.testserver.TaskScript;
import dev.imgedit.testkit.TestImages;
import dev.imgedit.testkit.http.RecordedRequest;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

/** What the provider sends BFL, where, with which key, and what it reads back into the result. */
class BflRequestTest extends BflServerFixture {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Test
    void aLocalImageGoesInlineAsBase64AndAUrlAsItIsWithTheKeyInTheHeader() {
        byte[] png = TestImages.png(64, 48);
        String url = server.inputUrl("reference.png");

        provider.edit(request().image(ImageInput.bytes(png)).reference(ImageInput.url(url)).build(), TIMEOUT,
                EditListener.NONE);

        RecordedRequest submit = server.submits().get(0);
        assertThat(submit.path()).isEqualTo("/v1/flux-kontext-pro");
        assertThat(submit.header(BflTestServer.KEY_HEADER)).isEqualTo(server.apiKey());
        JsonNode body = server.json(submit);
        assertThat(Base64.getDecoder().decode(body.get("input_image").asText())).isEqualTo(png);
        assertThat(body.get("input_image_2").asText()).isEqualTo(url);
        assertThat(body.get("prompt").asText()).isEqualTo("make it snow");
        assertThat(body.has("key")).isFalse();
    }

    @Test
    void thePollingUrlIsAskedExactlyAsGivenWithTheKeyAndTheImageIsDownloadedWithout() {
        server.enqueue(TaskScript.pendingThenReady(2));

        EditResult result = provider.edit(request().build(), TIMEOUT, EditListener.NONE);

        List<RecordedRequest> polls = server.polls();
        assertThat(polls).hasSize(3).allSatisfy(poll -> {
            assertThat(poll.path()).isEqualTo("/cluster-1/v1/get_result");
            assertThat(poll.query()).isEqualTo("id=" + result.jobId() + "&t=" + token(poll));
            assertThat(poll.header(BflTestServer.KEY_HEADER)).isEqualTo(server.apiKey());
        });
        assertThat(server.downloads()).singleElement()
                .satisfies(download -> assertThat(download.header(BflTestServer.KEY_HEADER)).isNull());
        assertThat(result.image().source()).as("the signed link's signature is not handed out").hasNoQuery();
    }

    @Test
    void costMegapixelsModelAndSeedGoIntoTheResultsMetadata() {
        EditResult result = provider.edit(request().seed(42L).build(), TIMEOUT, EditListener.NONE);

        assertThat(result.metadata()).containsEntry("model", "flux-kontext-pro").containsEntry("cost", "4")
                .containsEntry("input_mp", "0").containsEntry("output_mp", "0").containsEntry("seed", "42");
        assertThat(server.json(server.submits().get(0)).get("seed").asLong()).isEqualTo(42);
    }

    @Test
    void kontextIsAskedForTheRatioAndTheFormat() {
        EditResult result = provider.edit(request().aspectRatio(AspectRatio.R21_9).outputFormat(ImageType.JPEG)
                .build(), TIMEOUT, EditListener.NONE);

        JsonNode body = server.json(server.submits().get(0));
        assertThat(body.get("aspect_ratio").asText()).isEqualTo("21:9");
        assertThat(body.get("output_format").asText()).isEqualTo("jpeg");
        assertThat(result.image().type()).isEqualTo(ImageType.JPEG);
    }

    @Test
    void flux2IsAskedForAWidthAndHeightInTheRatioInMultiplesOfSixteen() {
        EditResult result = provider.edit(request().model("flux-2-pro").aspectRatio(AspectRatio.R16_9)
                .outputFormat(ImageType.PNG).build(), TIMEOUT, EditListener.NONE);

        JsonNode body = server.json(server.submits().get(0));
        assertThat(server.submits().get(0).path()).isEqualTo("/v1/flux-2-pro");
        assertThat(body.has("aspect_ratio")).isFalse();
        int width = body.get("width").asInt();
        int height = body.get("height").asInt();
        assertThat(width % 16).isZero();
        assertThat(height % 16).isZero();
        assertThat((double) width / height).isCloseTo(16.0 / 9, Percentage.withPercentage(2));
        assertThat(result.image().width()).isEqualTo(width);
        assertThat(result.notices()).isEmpty();
    }

    @Test
    void aFlux2RatioForAUrlInputAssumesOneMegapixelAndSaysSo() {
        EditResult result = provider.edit(request().image(ImageInput.url(server.inputUrl("a.png")))
                .model("flux-2-max").aspectRatio(AspectRatio.R1_1).build(), TIMEOUT, EditListener.NONE);

        JsonNode body = server.json(server.submits().get(0));
        assertThat(body.get("width").asInt()).isEqualTo(1024);
        assertThat(body.get("height").asInt()).isEqualTo(1024);
        assertThat(result.notices()).singleElement().asString().contains("1024x1024", "about 1 megapixel");
    }

    @Test
    void optionsGoAsTypedJsonAndFlux2TakesEightImages() {
        var request = request().model("flux-2-flex").providerOption("safety_tolerance", "5")
                .providerOption("prompt_upsampling", "false").providerOption("guidance", "2.50")
                .providerOption("steps", "20");
        for (int i = 0; i < 7; i++) {
            request.reference(ImageInput.bytes(TestImages.png(16 + i, 16)));
        }

        provider.edit(request.build(), TIMEOUT, EditListener.NONE);

        JsonNode body = server.json(server.submits().get(0));
        assertThat(body.get("safety_tolerance").isInt()).isTrue();
        assertThat(body.get("prompt_upsampling").isBoolean()).isTrue();
        assertThat(body.get("guidance").isNumber()).isTrue();
        assertThat(body.get("guidance").asDouble()).isEqualTo(2.5);
        assertThat(body.get("steps").asInt()).isEqualTo(20);
        assertThat(body.has("input_image_8")).isTrue();
    }

    @Test
    void withAWebhookTheTaskIsPolledByIdAtTheBaseUrlAndTheWebhookIsPassedThrough() {
        EditJob job = provider.submit(request().providerOption("webhook_url", "https://example.com/hook")
                .providerOption("webhook_secret", "whsec-0123").build());
        EditResult result = provider.await(job, TIMEOUT);

        JsonNode body = server.json(server.submits().get(0));
        assertThat(body.get("webhook_url").asText()).isEqualTo("https://example.com/hook");
        assertThat(body.get("webhook_secret").asText()).isEqualTo("whsec-0123");
        assertThat(job.details()).doesNotContainKey("polling_url");
        assertThat(server.polls()).allSatisfy(poll -> assertThat(poll.path()).isEqualTo("/v1/get_result"));
        assertThat(result.images()).hasSize(1);
    }

    @Test
    void aTaskResumedByItsIdAloneIsAskedAtTheBaseUrl() {
        EditJob job = provider.submit(request().build());

        EditResult result = provider.await(provider.resume(job.id()), TIMEOUT);

        assertThat(server.polls()).allSatisfy(poll -> {
            assertThat(poll.path()).isEqualTo("/v1/get_result");
            assertThat(poll.query()).isEqualTo("id=" + job.id());
        });
        assertThat(result.jobId()).isEqualTo(job.id());
        assertThat(result.metadata()).doesNotContainKey("cost");
    }

    private static String token(RecordedRequest poll) {
        return poll.query().substring(poll.query().indexOf("&t=") + 3);
    }
}
