package dev.imgedit.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.batch.fixtures.Chromium;
import dev.imgedit.batch.fixtures.DevTools;
import dev.imgedit.batch.fixtures.FakeProviders;
import dev.imgedit.batch.fixtures.FaultyProvider;
import dev.imgedit.exception.ContentRejectedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gallery of a real batch, opened from disk in headless Chromium: every image loads, the failed items show
 * with their kind, a prompt holding HTML stays text, the compare slider moves, and no request leaves the machine.
 * With {@code -Dimgedit.updateDocs=true} the screenshot it takes replaces docs/batch-gallery.png.
 */
class GalleryBrowserTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String HOSTILE_PROMPT = "<script>alert('hi')</script> make it pop";

    @TempDir
    Path temporary;

    @Test
    void theGalleryShowsEveryImageAndEveryFailureInARealBrowserWithoutTheNetwork() throws Exception {
        Path executable = Chromium.find().orElse(null);
        Assumptions.assumeTrue(executable != null, "Chromium is not installed on this machine (Debian package "
                + "chromium; .ci/run installs it), so the gallery cannot be opened in a browser here");
        Path gallery = makeGallery();

        try (Chromium browser = Chromium.start(executable, temporary.resolve("profile"));
                DevTools tools = browser.connect()) {
            String target = tools.send(null, "Target.createTarget", Map.of("url", "about:blank"))
                    .path("targetId").asText();
            String page = tools.send(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true))
                    .path("sessionId").asText();
            tools.send(page, "Network.enable", Map.of());
            tools.send(page, "Page.enable", Map.of());
            tools.send(page, "Emulation.setDeviceMetricsOverride", Map.of("width", 1400, "height", 1000,
                    "deviceScaleFactor", 1, "mobile", false));
            tools.send(page, "Page.navigate", Map.of("url", gallery.toUri().toString()));
            tools.awaitEvent("Page.loadEventFired", Duration.ofSeconds(30));

            JsonNode images = evaluate(tools, page, "[...document.images].map(image => ({src: "
                    + "image.getAttribute('src'), width: image.naturalWidth}))");
            assertThat(images).as("before, after and the two of the compare view, for each of 4 done items; "
                    + "the input of the refused one").hasSize(4 * 4 + 1);
            images.forEach(image -> assertThat(image.path("width").asInt()).as(image.path("src").asText())
                    .isPositive());

            JsonNode failed = evaluate(tools, page, "[...document.querySelectorAll('article[data-state=FAILED]')]"
                    + ".map(item => ({kind: item.querySelector('.kind').textContent, shown: item.offsetHeight > 0, "
                    + "prompt: item.querySelector('dd').textContent}))");
            assertThat(failed).extracting(item -> item.path("kind").asText())
                    .containsExactlyInAnyOrder("CONTENT_REJECTED", "INVALID_REQUEST", "UNSUPPORTED_FEATURE");
            assertThat(failed).allMatch(item -> item.path("shown").asBoolean());
            assertThat(failed).anyMatch(item -> item.path("prompt").asText().equals(HOSTILE_PROMPT));
            assertThat(evaluate(tools, page, "document.scripts.length").asInt()).as("only the gallery's own script")
                    .isEqualTo(1);

            assertThat(evaluate(tools, page, "(() => { const slider = document.querySelector('.compare input'); "
                    + "slider.value = 20; slider.dispatchEvent(new Event('input')); "
                    + "return slider.closest('.compare').style.getPropertyValue('--position'); })()").asText())
                    .isEqualTo("20%");

            List<String> requested = tools.events("Network.requestWillBeSent").stream()
                    .map(event -> event.path("params").path("request").path("url").asText()).toList();
            assertThat(requested).isNotEmpty().allMatch(url -> url.startsWith("file:"),
                    "a file on this machine, never the network");

            evaluate(tools, page, "(() => { const compare = document.querySelector('article[data-state=DONE] details');"
                    + " compare.open = true; const slider = compare.querySelector('input'); slider.value = 45;"
                    + " slider.dispatchEvent(new Event('input')); return true; })()");
            byte[] screenshot = Base64.getDecoder().decode(tools.send(page, "Page.captureScreenshot",
                    Map.of("format", "png")).path("data").asText());
            Files.write(temporary.resolve("gallery.png"), screenshot);
            if (Boolean.getBoolean("imgedit.updateDocs")) {
                Files.write(Path.of(System.getProperty("imgedit.docs"), "batch-gallery.png"), screenshot);
            }
            assertThat(screenshot).hasSizeGreaterThan(10_000);
        }
    }

    /**
     * A batch of the sample cabin with several prompts, one refused by moderation, one input not an image, one URL
     * with an option the fake does not take (refused before it is sent, so the URL is never fetched).
     */
    private Path makeGallery() throws Exception {
        Path photos = Files.createDirectories(temporary.resolve("photos"));
        Files.copy(Path.of(System.getProperty("imgedit.docs"), "samples", "cabin.png"), photos.resolve("cabin.png"));
        Files.writeString(photos.resolve("notes.png"), "shopping list: bread, milk");
        Path manifest = Files.writeString(photos.resolve("batch.csv"), String.join("\n",
                "image,prompt,aspect_ratio,seed,output,option.strength",
                "cabin.png,\"" + HOSTILE_PROMPT + "\",,,,",
                "cabin.png,\"It's now snowing, everything is covered in snow\",,,,",
                "cabin.png,make it night,16:9,,night/cabin,",
                "cabin.png,\"sepia, like an old photograph\",,7,,",
                "cabin.png,black and white,1:1,,,",
                "notes.png,make it warm,,,,",
                "https://example.com/photos/beach.jpg,make it snow,,,,0.5"));
        ImageEditProvider provider = new FaultyProvider(FakeProviders.queueing(temporary.resolve("jobs"), 1), 1,
                () -> new ContentRejectedException("the prompt was refused by the service's moderation"));
        BatchSummary summary;
        try (Batch batch = Batch.open(provider, BatchOptions.builder(temporary.resolve("snowy")).concurrency(1)
                .build())) {
            summary = batch.run(BatchItems.fromManifest(manifest), BatchListener.NONE);
        }
        assertThat(summary.done()).isEqualTo(4);
        return summary.gallery();
    }

    private static JsonNode evaluate(DevTools tools, String page, String expression) throws Exception {
        JsonNode result = tools.send(page, "Runtime.evaluate", Map.of("expression",
                "JSON.stringify(" + expression + ")", "returnByValue", true)).path("result");
        return MAPPER.readTree(result.path("value").asText());
    }
}
