package dev.imgedit.modelslab.internal.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgedit.exception.JobFailedException;
import dev.imgedit.modelslab.internal.redaction.Redactor;
import dev.imgedit.modelslab.internal.retry.Retrier;
import dev.imgedit.modelslab.internal.retry.Timing;
import dev.imgedit.modelslab.testserver.ModelsLabTestServer;
import dev.imgedit.spi.Secret;
import feign.DefaultClient;
import feign.Request;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DownloaderTest {

    @Test
    void withTheRealBaseUrlOnlyHttpsIsDownloaded() {
        DownloadPolicy policy = DownloadPolicy.forBaseUrl(URI.create("https://modelslab.com"));

        assertThat(policy.refusal(URI.create("https://pub-3626123a908346a7a8be8d9295f44e26.r2.dev/x.png"))).isEmpty();
        assertThat(policy.refusal(URI.create("http://pub.r2.dev/x.png"))).isPresent();
        assertThat(policy.refusal(URI.create("http://127.0.0.1:8080/x.png"))).isPresent();
        assertThat(policy.refusal(URI.create("ftp://modelslab.com/x.png"))).isPresent();
        assertThat(policy.refusal(URI.create("file:///etc/passwd"))).isPresent();
    }

    @Test
    void withALoopbackTestServerHttpIsAllowedOnLoopbackOnly() {
        DownloadPolicy policy = DownloadPolicy.forBaseUrl(URI.create("http://127.0.0.1:4567"));

        assertThat(policy.refusal(URI.create("http://127.0.0.1:9999/x.png"))).isEmpty();
        assertThat(policy.refusal(URI.create("http://localhost/x.png"))).isEmpty();
        assertThat(policy.refusal(URI.create("http://[::1]:80/x.png"))).isEmpty();
        assertThat(policy.refusal(URI.create("http://127.1.2.3/x.png"))).isEmpty();
        assertThat(policy.refusal(URI.create("http://10.0.0.1/x.png"))).isPresent();
        assertThat(policy.refusal(URI.create("http://127.0.0.1.example.invalid/x.png"))).isPresent();
        assertThat(policy.refusal(URI.create("https://cdn.example.invalid/x.png"))).isEmpty();
    }

    @Test
    void anHttpOutputIsNotRequestedWhenTheBaseUrlIsHttps() {
        try (ModelsLabTestServer server = ModelsLabTestServer.start()) {
            Downloader downloader = new Downloader(new DefaultClient(null, null),
                    DownloadPolicy.forBaseUrl(URI.create("https://modelslab.com")),
                    new Request.Options(1, TimeUnit.SECONDS, 1, TimeUnit.SECONDS, false), 1024 * 1024,
                    new Retrier(2, Duration.ofSeconds(1), Timing.system()), Redactor.of(Secret.of(server.apiKey())));

            assertThatThrownBy(() -> downloader.downloadAll(
                    List.of(URI.create(server.baseUrl() + "/outputs/1/0.png")), "1"))
                    .isInstanceOf(JobFailedException.class)
                    .hasMessageContaining("only over https");
            assertThat(server.requestCount()).isZero();
        }
    }
}
