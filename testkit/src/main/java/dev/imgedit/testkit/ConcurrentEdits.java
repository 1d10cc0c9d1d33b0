package dev.imgedit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgedit.EditJob;
import dev.imgedit.EditListener;
import dev.imgedit.EditRequest;
import dev.imgedit.EditResult;
import dev.imgedit.ImageBytes;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.ImageInput;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import org.assertj.core.data.Percentage;

/**
 * Many callers editing distinct inputs at once, each on its own thread, all released together: every caller must get
 * the result of its own job and of its own input, which a provider that mixes up callers cannot fake.
 */
final class ConcurrentEdits {
    /** Each input's width/height is 8% above the previous one's, so any two are told apart at a 3% tolerance. */
    private static final double STEP = 1.08;

    private final ImageEditProvider provider;
    private final Duration timeout;
    private final int count;
    private final BiFunction<Integer, Integer, ImageInput> inputOfSize;

    ConcurrentEdits(ImageEditProvider provider, Duration timeout, int count,
            BiFunction<Integer, Integer, ImageInput> inputOfSize) {
        this.provider = provider;
        this.timeout = timeout;
        this.count = count;
        this.inputOfSize = inputOfSize;
    }

    void runAndCheck(boolean outputKeepsInputProportions) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                double ratio = 0.5 * Math.pow(STEP, i);
                int height = 200;
                int width = (int) Math.round(height * ratio);
                EditRequest request = EditRequest.builder(inputOfSize.apply(width, height), "tint " + i).build();
                futures.add(pool.submit(() -> {
                    start.await();
                    AtomicReference<EditJob> submitted = new AtomicReference<>();
                    EditResult result = provider.edit(request, timeout, new EditListener() {
                        @Override
                        public void onSubmitted(EditJob job) {
                            submitted.set(job);
                        }
                    });
                    return new Outcome((double) width / height, submitted.get(), result);
                }));
            }
            start.countDown();
            Set<String> jobIds = new HashSet<>();
            Set<ImageBytes> images = new HashSet<>();
            for (Future<Outcome> future : futures) {
                Outcome outcome = future.get();
                assertThat(outcome.job()).as("the job reported to onSubmitted").isNotNull();
                assertThat(outcome.result().jobId()).as("the result's job id").isEqualTo(outcome.job().id());
                jobIds.add(outcome.result().jobId());
                images.add(outcome.result().image().bytes());
                if (outputKeepsInputProportions) {
                    assertThat((double) outcome.result().image().width() / outcome.result().image().height())
                            .as("proportions of the result for an input of proportions %.3f", outcome.inputRatio())
                            .isCloseTo(outcome.inputRatio(), Percentage.withPercentage(3));
                }
            }
            assertThat(jobIds).as("distinct job ids").hasSize(count);
            assertThat(images).as("distinct output images for distinct inputs").hasSize(count);
        } finally {
            pool.shutdownNow();
        }
    }

    private record Outcome(double inputRatio, EditJob job, EditResult result) {}
}
