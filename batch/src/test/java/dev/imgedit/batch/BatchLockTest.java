package dev.imgedit.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgedit.ImageEditProvider;
import dev.imgedit.batch.fixtures.ChildJvm;
import dev.imgedit.batch.fixtures.FakeProviders;
import dev.imgedit.batch.fixtures.ModelsLabFixture;
import dev.imgedit.batch.fixtures.Pictures;
import dev.imgedit.modelslab.testserver.JobScript;
import dev.imgedit.modelslab.testserver.ModelsLabTestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One process per batch: a second one stops at once, saying who holds it and what to do. */
class BatchLockTest {
    @TempDir
    Path temporary;

    @Test
    void aSecondOpenOfTheSameBatchInThisProcessStopsAtOnceSayingSoAndTheLockGoesWithTheFirst() throws Exception {
        Path out = temporary.resolve("out");
        Files.createDirectories(out);
        Path sameFolderByALink = Files.createSymbolicLink(temporary.resolve("link"), out);
        try (ImageEditProvider provider = FakeProviders.queueing(temporary.resolve("jobs"), 0)) {
            try (Batch first = Batch.open(provider, BatchOptions.builder(out).build())) {
                assertThatThrownBy(() -> Batch.open(provider, BatchOptions.builder(out).build()))
                        .isInstanceOf(BatchStorageException.class)
                        .hasMessage("the batch writing to '" + out + "' is already open in this process: close it "
                                + "first")
                        .extracting(e -> ((BatchStorageException) e).problem())
                        .isEqualTo(BatchStorageException.Problem.LOCKED);
                assertThatThrownBy(() -> Batch.open(provider, BatchOptions.builder(sameFolderByALink).build()))
                        .isInstanceOf(BatchStorageException.class)
                        .hasMessageContaining("is already open in this process: close it first");
                assertThat(Files.readString(out.resolve(".imgedit/lock")))
                        .as("the refused opens left the owner's record as it was")
                        .startsWith("pid " + ProcessHandle.current().pid() + ", since ");
            }
            Batch.open(provider, BatchOptions.builder(out).build()).close();
        }
    }

    @Test
    void aBatchRunningInAnotherProcessKeepsThisOneOutUntilItIsKilled() throws Exception {
        Path photos = temporary.resolve("photos");
        Path out = temporary.resolve("out");
        Pictures.folder(photos, 3);
        try (ModelsLabTestServer server = ModelsLabTestServer.start()) {
            JobScript queued = ModelsLabFixture.queuedJob(1);
            server.defaultScript(new JobScript(queued.submit().delayed(Duration.ofSeconds(20)), queued.fetches(),
                    queued.output()));
            Process other = ChildJvm.start(BatchInChildJvm.class, List.of(photos.toString(), out.toString(),
                    "false"), ModelsLabFixture.settings(server), temporary.resolve("other.out"),
                    temporary.resolve("other.err"));
            try {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (server.submitCount() == 0 && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                assertThat(server.submitCount()).as("the other process is submitting").isPositive();
                try (ImageEditProvider provider = FakeProviders.queueing(temporary.resolve("jobs"), 0)) {
                    assertThatThrownBy(() -> Batch.open(provider, BatchOptions.builder(out).build()))
                            .isInstanceOf(BatchStorageException.class)
                            .hasMessageContaining("another imgedit process (pid " + other.pid() + ", since ");

                    other.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                    Batch.open(provider, BatchOptions.builder(out).build()).close();
                }
            } finally {
                other.destroyForcibly();
            }
            assertThat(Files.readString(out.resolve(".imgedit/lock"))).startsWith("pid ");
        }
    }
}
