package dev.imgedit.fake;

import static dev.imgedit.fake.JobDirectoryFixtures.TIMEOUT;
import static dev.imgedit.fake.JobDirectoryFixtures.bytesOf;
import static dev.imgedit.fake.JobDirectoryFixtures.inMemoryEdit;
import static dev.imgedit.fake.JobDirectoryFixtures.names;
import static dev.imgedit.fake.JobDirectoryFixtures.openNew;
import static dev.imgedit.fake.JobDirectoryFixtures.properties;
import static dev.imgedit.fake.JobDirectoryFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.imgedit.EditJob;
import dev.imgedit.EditListener;
import dev.imgedit.EditResult;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.JobProgress;
import dev.imgedit.JobStatus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many threads and provider instances sharing one directory, as processes do: each submit gets a job of its own, and
 * each status check is counted once, whoever makes it.
 */
class JobDirectoryConcurrencyTest {
    @TempDir
    Path temporary;

    @Test
    void eightThreadsSubmittingToOneDirectoryThroughSeveralInstancesGetTheirOwnJobs() throws Exception {
        Path directory = temporary.resolve("jobs");
        int threads = 8;
        int each = 3;
        List<ImageEditProvider> providers = List.of(openNew(directory), openNew(directory), openNew(directory));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                ImageEditProvider provider = providers.get(t % providers.size());
                String prompt = "tint " + t;
                futures.add(pool.submit(() -> {
                    start.await();
                    List<String> ids = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        ids.add(provider.submit(request(prompt)).id());
                    }
                    return ids;
                }));
            }
            start.countDown();
            Set<String> all = new HashSet<>();
            try (ImageEditProvider reader = openNew(directory)) {
                for (int t = 0; t < threads; t++) {
                    List<String> ids = futures.get(t).get(60, TimeUnit.SECONDS);
                    all.addAll(ids);
                    byte[] expected = inMemoryEdit(request("tint " + t));
                    for (String id : ids) {
                        assertThat(bytesOf(reader.await(reader.resume(id), TIMEOUT))).as(id).isEqualTo(expected);
                    }
                }
            }
            assertThat(all).hasSize(threads * each);
            assertThat(names(directory)).containsExactlyInAnyOrderElementsOf(all);
        } finally {
            pool.shutdownNow();
            providers.forEach(ImageEditProvider::close);
        }
    }

    @Test
    void statusChecksFromManyThreadsAndInstancesAreCountedOnceEach() throws Exception {
        Path directory = temporary.resolve("jobs");
        int queueChecks = 20;
        String id;
        try (ImageEditProvider submitter = openNew(directory, FakeSettings.QUEUE_CHECKS,
                Integer.toString(queueChecks))) {
            id = submitter.submit(request("snow")).id();
        }
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger processing = new AtomicInteger();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<EditResult>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    try (ImageEditProvider provider = openNew(directory)) {
                        EditJob job = provider.resume(id);
                        start.await();
                        return provider.await(job, TIMEOUT, new EditListener() {
                            @Override
                            public void onProgress(JobProgress progress) {
                                if (progress.status() == JobStatus.PROCESSING) {
                                    processing.incrementAndGet();
                                }
                            }
                        });
                    }
                }));
            }
            start.countDown();
            for (Future<EditResult> future : futures) {
                assertThat(future.get(60, TimeUnit.SECONDS).jobId()).isEqualTo(id);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(processing).as("every check answered 'processing' was one of the job's %d", queueChecks)
                .hasValue(queueChecks);
        assertThat(properties(directory.resolve(id).resolve("state.properties")))
                .containsEntry("checks", Integer.toString(queueChecks)).containsEntry("status", "SUCCEEDED");
    }
}
