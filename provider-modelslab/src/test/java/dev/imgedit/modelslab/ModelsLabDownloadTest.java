package dev.imgedit.modelslab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgedit.EditListener;
import dev.imgedit.EditRequest;
import dev.imgedit.EditResult;
import dev.imgedit.ImageInput;
import dev.imgedit.exception.JobFailedException;
import dev.imgedit.exception.ProviderUnavailableException;
import dev.imgedit.modelslab.testserver.JobScript;
import dev.imgedit.modelslab.testserver.ModelsLabEndpoints;
import dev.imgedit.modelslab.testserver.Output;
import dev.imgedit.testkit.TestImages;
import dev.imgedit.testkit.http.Fault;
import dev.imgedit.testkit.http.FaultProxy;
import dev.imgedit.testkit.http.RecordedRequest;
import dev.imgedit.testkit.http.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Outputs are downloaded without the key, over https only (http only from a loopback test server), through at most
 * three checked redirects, within a size cap, whole and in time, and only when they are images. The https-only rule
 * against a non-loopback base URL is in {@code internal.DownloaderTest}; the faults that fail an edit are rows of
 * the fault matrix ({@code FaultMatrixTest}).
 */
class ModelsLabDownloadTest extends ModelsLabServerFixture {
    private static final Duration TIMEOUT = Duration.ofMinutes(1);

    ModelsLabDownloadTest() {
        super(Map.of(ModelsLabSettings.MAX_DOWNLOAD_BYTES, "100KB"));
    }

    private EditResult edit(JobScript script) {
        server.enqueue(script);
        return provider.edit(EditRequest.builder(ImageInput.bytes(TestImages.png(64, 48)), "snow").build(), TIMEOUT,
                EditListener.NONE);
    }

    @Test
    void downloadsCarryNoKeyAndNoBody() {
        edit(JobScript.immediateSuccess());

        RecordedRequest download = server.requestsTo("/outputs/").get(0);
        assertThat(download.method()).isEqualTo("GET");
        assertThat(download.body()).isEmpty();
        assertThat(download.query()).isEmpty();
        assertThat(download.headers().values()).allSatisfy(values ->
                assertThat(String.join(",", values)).doesNotContain(server.apiKey()));
    }

    @Test
    void noDownloadRequestCarriesTheKeyRedirectHopsIncluded() {
        edit(JobScript.immediateSuccess().withOutput(Output.redirects(3)));

        List<RecordedRequest> downloads = server.requestsTo("/outputs/");
        assertThat(downloads).hasSize(4).allSatisfy(download -> {
            assertThat(download.method()).isEqualTo("GET");
            assertThat(download.body()).isEmpty();
            assertThat(download.path() + "?" + download.query()).doesNotContain(server.apiKey());
            assertThat(download.headers().toString()).doesNotContain(server.apiKey());
        });
    }

    @Test
    void anOutputCutShortIsDownloadedAgainRatherThanTakenForAWholeImage() throws IOException {
        try (FaultProxy proxy = FaultProxy.inFrontOf(server)) {
            reopen(Map.of(ModelsLabSettings.BASE_URL, proxy.baseUrl().toString()));
            proxy.breakNext(ModelsLabEndpoints.OUTPUT, Fault.CUT_SHORT);

            EditResult result = edit(JobScript.immediateSuccess());

            assertThat(proxy.broken(ModelsLabEndpoints.OUTPUT)).isOne();
            assertThat(proxy.count(ModelsLabEndpoints.OUTPUT)).isEqualTo(2);
            assertThat(result.image().bytes().toByteArray()).as("the whole file").isEqualTo(outputOf(result));
        }
    }

    @Test
    void anOutputTricklingInPastTheReadTimeoutIsAbandonedAndDownloadedAgain() throws IOException {
        try (FaultProxy proxy = FaultProxy.inFrontOf(server)) {
            reopen(Map.of(ModelsLabSettings.BASE_URL, proxy.baseUrl().toString(),
                    ModelsLabSettings.READ_TIMEOUT, "300ms"));
            proxy.breakNext(ModelsLabEndpoints.OUTPUT, Fault.DRIBBLE_BODY);

            EditResult result = edit(JobScript.immediateSuccess());

            assertThat(proxy.broken(ModelsLabEndpoints.OUTPUT)).isOne();
            assertThat(result.image().bytes().toByteArray()).as("the whole file").isEqualTo(outputOf(result));
        }
    }

    /** The job's output as the server serves it, fetched directly. */
    private byte[] outputOf(EditResult result) throws IOException {
        try (InputStream in = URI.create(server.baseUrl() + "/outputs/" + result.jobId() + "/0.png").toURL()
                .openStream()) {
            return in.readAllBytes();
        }
    }

    @Test
    void upToThreeRedirectsAreFollowed() {
        EditResult result = edit(JobScript.immediateSuccess().withOutput(Output.redirects(3)));

        assertThat(result.images()).hasSize(1);
        assertThat(server.requestsTo("/outputs/")).hasSize(4);
    }

    @Test
    void aFourthRedirectIsAFailure() {
        assertThatThrownBy(() -> edit(JobScript.immediateSuccess().withOutput(Output.redirects(4))))
                .isInstanceOf(JobFailedException.class)
                .hasMessageContaining("redirects more than 3 times");
        assertThat(server.requestsTo("/outputs/")).hasSize(4);
    }

    @Test
    void aRedirectToAnotherSchemeIsNotFollowed() {
        assertThatThrownBy(() -> edit(JobScript.immediateSuccess()
                .withOutput(Output.redirectTo("ftp://files.example.invalid/out.png"))))
                .isInstanceOf(JobFailedException.class)
                .hasMessageContaining("ftp://files.example.invalid/out.png")
                .hasMessageContaining("not https");
    }

    @Test
    void aRedirectToPlainHttpOffThisMachineIsNotFollowed() {
        assertThatThrownBy(() -> edit(JobScript.immediateSuccess()
                .withOutput(Output.redirectTo("http://files.example.invalid/out.png"))))
                .isInstanceOf(JobFailedException.class)
                .hasMessageContaining("http");
    }

    @Test
    void anOutputOverTheSizeCapIsRefusedWhileReading() {
        assertThatThrownBy(() -> edit(JobScript.immediateSuccess().withOutput(Output.oversized(300 * 1024))))
                .isInstanceOf(JobFailedException.class)
                .hasMessageContaining("MODELSLAB_MAX_DOWNLOAD_BYTES")
                .hasMessageContaining("102,400");
    }

    @Test
    void anOutputThatIsNotAnImageIsRefused() {
        assertThatThrownBy(() -> edit(JobScript.immediateSuccess().withOutput(Output.notAnImage())))
                .isInstanceOf(JobFailedException.class)
                .hasMessageContaining("not a PNG, JPEG or WebP image")
                .hasMessageContaining("'<html><body>Acc");
    }

    @Test
    void anOutputNotThereYetIsFetchedAgain() {
        EditResult result = edit(JobScript.immediateSuccess().withOutput(Output.missingFirst(2)));

        assertThat(result.images()).hasSize(1);
        assertThat(timing.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void anOutputThatStaysMissingIsAnUnavailableProviderWithTheJobId() {
        assertThatThrownBy(() -> edit(JobScript.immediateSuccess().withOutput(Output.missingFirst(10))))
                .isInstanceOfSatisfying(ProviderUnavailableException.class,
                        failure -> assertThat(failure.jobId()).isNotBlank())
                .hasMessageContaining("HTTP 404")
                .hasMessageContaining("resume job");
    }

    @Test
    void anOutputUrlThatIsPlainHttpOffThisMachineIsNeverRequested() {
        assertThatThrownBy(() -> edit(JobScript.of(Reply.json("{\"status\":\"success\",\"id\":1,"
                + "\"output\":[\"http://cdn.example.invalid/out.png\"]}"))))
                .isInstanceOf(JobFailedException.class)
                .hasMessageContaining("http://cdn.example.invalid/out.png");
    }
}
