package dev.imgedit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgedit.exception.EditTimeoutException;
import dev.imgedit.testing.StubProviderFactory;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@link ImageEditProvider#editAsync}: its future's cancel(true) reaches the edit as an interrupt. */
class EditAsyncTest {
    private final CountDownLatch awaiting = new CountDownLatch(1);
    private final CountDownLatch interrupted = new CountDownLatch(1);

    @Test
    void cancellingTheFutureInterruptsTheEditAndLeavesThePoolThreadUninterrupted() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            CompletableFuture<EditResult> edit = new WaitingProvider(Duration.ofMinutes(1)).editAsync(EditRequest.builder(
                    ImageInput.url("https://example.test/a.png"), "snow").build(), executor);
            assertThat(awaiting.await(10, TimeUnit.SECONDS)).isTrue();

            assertThat(edit.cancel(true)).isTrue();

            assertThat(interrupted.await(10, TimeUnit.SECONDS)).as("the edit heard the interrupt").isTrue();
            Future<Boolean> next = executor.submit(() -> Thread.currentThread().isInterrupted());
            assertThat(next.get(10, TimeUnit.SECONDS)).as("the pool's next task is not interrupted").isFalse();
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void aFailedEditIsTheFuturesCause() {
        CompletableFuture<EditResult> edit = new WaitingProvider(Duration.ZERO).editAsync(EditRequest.builder(
                ImageInput.url("https://example.test/a.png"), "snow").build(), Runnable::run);

        assertThatThrownBy(edit::get).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(EditTimeoutException.class);
    }

    /** Accepts every submit and waits in await, as a real provider's poll wait does, then times out. */
    private final class WaitingProvider implements ImageEditProvider {
        private final Duration wait;

        WaitingProvider(Duration wait) {
            this.wait = wait;
        }

        @Override
        public ProviderInfo info() {
            return new StubProviderFactory("waiting", true, "").info();
        }

        @Override
        public EditJob submit(EditRequest request) {
            return EditJob.ofId("waiting", "job-1");
        }

        @Override
        public EditResult await(EditJob job, Duration timeout, EditListener listener) {
            awaiting.countDown();
            try {
                Thread.sleep(wait.toMillis());
                throw new EditTimeoutException("not interrupted", job.id(), timeout);
            } catch (InterruptedException e) {
                interrupted.countDown();
                Thread.currentThread().interrupt();
                throw new EditTimeoutException("interrupted", job.id(), timeout, true);
            }
        }

        @Override
        public EditJob resume(String jobId) {
            return EditJob.ofId("waiting", jobId);
        }

        @Override
        public void close() {}
    }
}
