package dev.imgedit.modelslab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgedit.EditJob;
import dev.imgedit.EditListener;
import dev.imgedit.EditRequest;
import dev.imgedit.EditResult;
import dev.imgedit.ImageInput;
import dev.imgedit.modelslab.internal.ModelsLabProvider;
import dev.imgedit.modelslab.internal.retry.Timing;
import dev.imgedit.modelslab.testserver.JobScript;
import dev.imgedit.modelslab.testserver.ModelsLabTestServer;
import dev.imgedit.modelslab.testserver.Output;
import dev.imgedit.spi.ProviderConfig;
import dev.imgedit.testkit.TestImages;
import dev.imgedit.testkit.http.FaultProxy;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One provider used from many threads at once returns every result to the right caller, and {@code close()} leaves
 * no thread and no connection behind. Connections are counted where the provider connects: at a {@link FaultProxy}
 * that passes everything through (keep-alive included) in front of the test server.
 */
class ConcurrencyTest {
    private static final int EDITS = 32;
    private static final Duration TIMEOUT = Duration.ofMinutes(1);
    /** Well under the 5 s the JDK's keep-alive cache would keep an idle connection on its own. */
    private static final Duration RELEASE_PATIENCE = Duration.ofSeconds(2);

    private ModelsLabTestServer server;
    private FaultProxy proxy;
    private ExecutorService callers;
    private final List<Thread> callerThreads = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        server = ModelsLabTestServer.start();
        proxy = FaultProxy.inFrontOf(server);
        callers = Executors.newFixedThreadPool(EDITS, task -> {
            Thread thread = new Thread(task, "caller-" + callerThreads.size());
            callerThreads.add(thread);
            return thread;
        });
    }

    @AfterEach
    void stop() {
        callers.shutdownNow();
        proxy.close();
        server.close();
    }

    private ModelsLabProvider open() {
        Map<String, String> settings = TestProviders.settings(server);
        settings.put(ModelsLabSettings.BASE_URL, proxy.baseUrl().toString());
        return TestProviders.open(ProviderConfig.of(settings), Timing.system());
    }

    private static EditRequest request(int caller) {
        return EditRequest.builder(ImageInput.bytes(TestImages.png(64, 48)), "edit number " + caller)
                .providerOption("track_id", "caller-" + caller)
                .build();
    }

    @Test
    void thirtyTwoConcurrentEditsEachGetTheirOwnJobsImageAndCloseReleasesThreadsAndConnections()
            throws Exception {
        server.defaultScript(JobScript.processingThenSuccess(1).withOutput(Output.stamped()));
        warmUp();
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        ModelsLabProvider provider = open();

        CountDownLatch go = new CountDownLatch(1);
        List<Future<EditResult>> futures = new ArrayList<>();
        for (int caller = 0; caller < EDITS; caller++) {
            EditRequest request = request(caller);
            futures.add(callers.submit(() -> {
                go.await();
                return provider.edit(request, TIMEOUT, EditListener.NONE);
            }));
        }
        go.countDown();
        List<EditResult> results = new ArrayList<>();
        for (Future<EditResult> future : futures) {
            results.add(future.get(1, TimeUnit.MINUTES));
        }

        assertThat(server.submitCount()).isEqualTo(EDITS);
        assertThat(proxy.openConnections()).as("kept-alive connections before close()").isPositive();
        provider.close();
        assertThat(proxy.awaitOpenConnectionsAtMost(0, RELEASE_PATIENCE))
                .as("every connection closed soon after close(); still open: " + proxy.openConnections()).isTrue();
        callers.shutdown();
        assertThat(callers.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        for (Thread caller : callerThreads) {
            caller.join(10_000);
        }
        assertThat(threadsStartedSince(before)).as("threads left after close()").isEmpty();

        Set<String> jobIds = new HashSet<>();
        for (int caller = 0; caller < EDITS; caller++) {
            EditResult result = results.get(caller);
            String jobId = server.jobIdForTrackId("caller-" + caller).orElseThrow();
            assertThat(result.jobId()).as("caller %d's job", caller).isEqualTo(jobId);
            assertThat(result.metadata()).containsEntry("track_id", "caller-" + caller);
            assertThat(colourOf(result)).as("caller %d's image", caller).isEqualTo(Output.stampOf(jobId));
            jobIds.add(jobId);
        }
        assertThat(jobIds).hasSize(EDITS);
    }

    @Test
    void anAwaitInProgressStopsAfterCloseAndNothingIsSentOrLeftOpenAfterwards() throws Exception {
        server.defaultScript(JobScript.neverFinishing());
        ModelsLabProvider provider = open();
        EditJob job = provider.submit(request(1));
        Future<EditResult> waiting = callers.submit(() -> provider.await(job, TIMEOUT));
        awaitPolls(2);

        provider.close();

        assertThatThrownBy(() -> waiting.get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("resume job " + job.id());
        assertThat(proxy.awaitOpenConnectionsAtMost(0, RELEASE_PATIENCE)).as("connections after close()").isTrue();
        int requestsAfterClose = proxy.requests().size();
        assertThatThrownBy(() -> provider.submit(request(2))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> provider.await(provider.resume(job.id()), TIMEOUT))
                .isInstanceOf(IllegalStateException.class);
        assertThat(proxy.requests()).as("requests after close()").hasSize(requestsAfterClose);
        assertThat(proxy.openConnections()).isZero();
    }

    /** Starts what the JVM starts once (image coding, the JDK's keep-alive timer) before threads are counted. */
    private void warmUp() throws IOException, InterruptedException {
        try (ModelsLabProvider provider = open()) {
            colourOf(provider.edit(request(-1), TIMEOUT, EditListener.NONE));
        }
        assertThat(proxy.awaitOpenConnectionsAtMost(0, RELEASE_PATIENCE)).isTrue();
        server.reset();
        server.defaultScript(JobScript.processingThenSuccess(1).withOutput(Output.stamped()));
    }

    private void awaitPolls(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (server.fetches().size() < count && System.nanoTime() - deadline < 0) {
            Thread.sleep(5);
        }
        assertThat(server.fetches()).hasSizeGreaterThanOrEqualTo(count);
    }

    /**
     * Threads alive now that were not before, other than the proxy's (test infrastructure) and the JDK's
     * keep-alive timer, which every {@code HttpURLConnection} user in the JVM shares and which ends by itself once
     * the cache is empty.
     */
    private static List<String> threadsStartedSince(Set<Thread> before) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> !before.contains(thread) && thread.isAlive())
                .map(Thread::getName)
                .filter(name -> !name.startsWith("fault-proxy-") && !name.startsWith("Keep-Alive-"))
                .toList();
    }

    private static int colourOf(EditResult result) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(result.image().bytes().toByteArray()));
        return image.getRGB(0, 0) & 0xFFFFFF;
    }
}
