package dev.imgedit.fake;

import static dev.imgedit.fake.JobDirectoryFixtures.ID_PATTERN;
import static dev.imgedit.fake.JobDirectoryFixtures.TIMEOUT;
import static dev.imgedit.fake.JobDirectoryFixtures.bytesOf;
import static dev.imgedit.fake.JobDirectoryFixtures.inMemoryEdit;
import static dev.imgedit.fake.JobDirectoryFixtures.openNew;
import static dev.imgedit.fake.JobDirectoryFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgedit.EditJob;
import dev.imgedit.EditListener;
import dev.imgedit.EditRequest;
import dev.imgedit.EditResult;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.JobStatus;
import dev.imgedit.exception.EditTimeoutException;
import dev.imgedit.exception.JobFailedException;
import dev.imgedit.exception.JobNotFoundException;
import dev.imgedit.fake.JobDirectoryFixtures.Statuses;
import dev.imgedit.spi.ProviderConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A job kept in a directory is resumed by a provider opened later, by a new factory (as in a new process), as a remote
 * service keeps its jobs for every client; with {@code memory}, only in the JVM that submitted it.
 */
class JobDirectoryResumeTest {
    @TempDir
    Path temporary;

    @Test
    void aJobSubmittedByOneProviderIsFinishedByABrandNewOneWithTheSameDirectory() {
        Path directory = temporary.resolve("jobs");
        EditRequest request = request("make it snow");
        String id;
        Statuses before = new Statuses();
        try (ImageEditProvider first = openNew(directory, FakeSettings.QUEUE_CHECKS, "5")) {
            EditJob job = first.submit(request);
            id = job.id();
            // A check or two here; the job counts them, so the next provider has fewer than five to go.
            assertThatThrownBy(() -> first.await(job, Duration.ofMillis(1), before))
                    .isInstanceOf(EditTimeoutException.class);
        }
        int left = 5 - before.statuses().size();
        assertThat(before.statuses()).isNotEmpty().containsOnly(JobStatus.PROCESSING);

        Statuses statuses = new Statuses();
        EditResult result;
        try (ImageEditProvider second = openNew(directory)) {
            EditJob resumed = second.resume(id);
            assertThat(resumed.status()).isEqualTo(JobStatus.PROCESSING);
            result = second.await(resumed, TIMEOUT, statuses);
        }

        assertThat(statuses.statuses()).hasSize(left + 1).endsWith(JobStatus.SUCCEEDED)
                .filteredOn(status -> status == JobStatus.PROCESSING).hasSize(left);
        assertThat(statuses.steps.get(0).message())
                .isEqualTo("queued, " + left + (left == 1 ? " status check" : " status checks") + " to go");
        assertThat(result.jobId()).isEqualTo(id);
        assertThat(result.metadata()).containsEntry("seed", "7").containsEntry("model", "fake-java2d")
                .containsKey("effects");
        assertThat(bytesOf(result)).as("the same bytes as an edit kept in memory").isEqualTo(inMemoryEdit(request));
        try (ImageEditProvider third = openNew(directory)) {
            assertThat(bytesOf(third.await(third.resume(id), TIMEOUT))).as("fetched again").isEqualTo(bytesOf(result));
        }
    }

    @Test
    void aQueueTimeRunsOnTheWallClockSoItGoesOnWhileNoProcessWaits() throws InterruptedException {
        Path directory = temporary.resolve("jobs");
        String id;
        try (ImageEditProvider first = openNew(directory, FakeSettings.QUEUE_TIME, "200ms")) {
            id = first.submit(request("night")).id();
        }
        TimeUnit.MILLISECONDS.sleep(250);
        try (ImageEditProvider second = openNew(directory)) {
            EditJob resumed = second.resume(id);
            assertThat(resumed.status()).isEqualTo(JobStatus.SUCCEEDED);
            Statuses statuses = new Statuses();
            second.await(resumed, TIMEOUT, statuses);
            assertThat(statuses.statuses()).containsExactly(JobStatus.SUCCEEDED);
        }
    }

    @Test
    void theJobKeepsItsOwnRulesWhateverTheResumingProviderIsToldToDo() {
        Path directory = temporary.resolve("jobs");
        String id;
        try (ImageEditProvider first = openNew(directory, FakeSettings.FAIL, "JOB_FAILED")) {
            id = first.submit(request("sepia")).id();
        }
        try (ImageEditProvider second = openNew(directory, FakeSettings.NEVER_FINISH, "true")) {
            assertThatThrownBy(() -> second.await(second.resume(id), TIMEOUT))
                    .isInstanceOf(JobFailedException.class)
                    .hasMessageContaining(id);
        }
    }

    @Test
    void idsDifferAcrossInstancesWhileTheBytesAreTheSame() {
        Path directory = temporary.resolve("jobs");
        EditRequest request = request("warm sunset");
        try (ImageEditProvider one = openNew(directory);
                ImageEditProvider other = openNew(directory);
                ImageEditProvider elsewhere = openNew(temporary.resolve("elsewhere"))) {
            EditResult first = one.edit(request, TIMEOUT, EditListener.NONE);
            EditResult second = other.edit(request, TIMEOUT, EditListener.NONE);
            EditResult third = elsewhere.edit(request, TIMEOUT, EditListener.NONE);

            assertThat(List.of(first.jobId(), second.jobId(), third.jobId())).doesNotHaveDuplicates()
                    .allSatisfy(id -> assertThat(id).matches(ID_PATTERN));
            assertThat(first.jobId().substring(first.jobId().lastIndexOf('-')))
                    .as("the last part is the content hash").isEqualTo(second.jobId().substring(
                            second.jobId().lastIndexOf('-')));
            assertThat(bytesOf(second)).isEqualTo(bytesOf(first));
            assertThat(bytesOf(third)).isEqualTo(bytesOf(first));
        }
    }

    @Test
    void memoryKeepsTheOldBehaviourJobsInThisJvmOnlyAndNothingOnDisk() throws IOException {
        Path directory = temporary.resolve("jobs");
        String id;
        try (ImageEditProvider memory = new FakeProviderFactory().create(ProviderConfig.of(Map.of(
                FakeSettings.JOB_DIRECTORY, FakeSettings.MEMORY, FakeSettings.QUEUE_CHECKS, "1")))) {
            id = memory.submit(request("snow")).id();
            assertThat(id).matches(ID_PATTERN);
        }
        try (ImageEditProvider otherInstance = new FakeProviderFactory().create(ProviderConfig.of(Map.of(
                FakeSettings.JOB_DIRECTORY, "memory")))) {
            Statuses statuses = new Statuses();
            otherInstance.await(otherInstance.resume(id), TIMEOUT, statuses);
            assertThat(statuses.statuses()).containsExactly(JobStatus.PROCESSING, JobStatus.SUCCEEDED);
        }
        try (ImageEditProvider onDisk = openNew(directory)) {
            assertThatThrownBy(() -> onDisk.resume(id)).isInstanceOf(JobNotFoundException.class);
        }
        try (ImageEditProvider memory = new FakeProviderFactory().create(FakeSettings.builder().jobsInMemory()
                .build())) {
            assertThatThrownBy(() -> memory.resume("fake-000000000000-00000000"))
                    .isInstanceOf(JobNotFoundException.class)
                    .hasMessageContaining("in this JVM's memory")
                    .hasMessageContaining(FakeSettings.JOB_DIRECTORY + "=memory");
        }
        assertThat(directory).doesNotExist();
    }
}
