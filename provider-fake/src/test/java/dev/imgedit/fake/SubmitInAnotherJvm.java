package dev.imgedit.fake;

import dev.imgedit.EditJob;
import dev.imgedit.EditListener;
import dev.imgedit.EditRequest;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.ImageInput;
import dev.imgedit.JobProgress;
import dev.imgedit.exception.EditTimeoutException;
import dev.imgedit.spi.ProviderConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Run by {@link AnotherProcessTest} in a JVM of its own, as {@code imgedit edit --no-wait} would be: submits an edit
 * of {@code args[1]} with the prompt {@code args[2]} and seed 7, keeping the job in the directory {@code args[0]},
 * with {@code args[3]} status checks of queue; makes one or two of those checks; prints the job id and the number of
 * checks made, and exits.
 */
final class SubmitInAnotherJvm {
    private SubmitInAnotherJvm() {}

    public static void main(String[] args) throws Exception {
        ProviderConfig config = ProviderConfig.of(Map.of(
                FakeSettings.JOB_DIRECTORY, args[0], FakeSettings.QUEUE_CHECKS, args[3]));
        try (ImageEditProvider provider = new FakeProviderFactory().create(config)) {
            EditJob job = provider.submit(EditRequest.builder(ImageInput.file(Path.of(args[1])), args[2]).seed(7L)
                    .build());
            AtomicInteger checks = new AtomicInteger();
            try {
                provider.await(job, Duration.ofMillis(1), new EditListener() {
                    @Override
                    public void onProgress(JobProgress progress) {
                        checks.incrementAndGet();
                    }
                });
                throw new AssertionError("the job finished in the first process");
            } catch (EditTimeoutException expected) {
                System.out.println(job.id() + " " + checks.get());
            }
        }
    }
}
