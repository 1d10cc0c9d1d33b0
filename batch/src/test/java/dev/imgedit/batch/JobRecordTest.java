package dev.imgedit.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgedit.EditJob;
import dev.imgedit.ImageType;
import dev.imgedit.JobStatus;
import dev.imgedit.exception.ErrorKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The provider's job a journaled record stands for, with the status the record knows of. */
class JobRecordTest {
    private static final Instant NOW = Instant.parse("2026-11-30T10:15:41Z");

    private static JobRecord submitted() {
        JobRequest request = new JobRequest("key", "fake", "fake-java2d", "a.png", "/photos/a.png", "ab12",
                ImageType.PNG, "make it snow", null, null, Map.of());
        return JobRecord.planned("j1", null, 0, request, "a", NOW).withSubmitting("imgedit-j1-x", NOW)
                .withSubmitted("fake-job-1", NOW.plusSeconds(1));
    }

    @Test
    void aSubmittedRecordIsAJobStillProcessing() {
        EditJob job = submitted().editJob();

        assertThat(job.id()).isEqualTo("fake-job-1");
        assertThat(job.providerId()).isEqualTo("fake");
        assertThat(job.submittedAt()).isEqualTo(NOW.plusSeconds(1));
        assertThat(job.status()).isEqualTo(JobStatus.PROCESSING);
    }

    @Test
    void aDoneRecordIsASucceededJob() {
        JobRecord done = submitted().withOutputs(List.of(new OutputFile("a.png", "cd34", ImageType.PNG, 64, 48)),
                Map.of(), NOW.plusSeconds(2)).withDone(NOW.plusSeconds(2));

        assertThat(done.editJob().status()).isEqualTo(JobStatus.SUCCEEDED);
    }

    @Test
    void aRecordWhoseJobFailedAtTheProviderIsAFailedJob() {
        JobRecord failed = submitted().withFailure(ItemState.FAILED,
                ItemFailure.of(ErrorKind.JOB_FAILED, "the job failed"), NOW.plusSeconds(2));

        assertThat(failed.editJob().status()).isEqualTo(JobStatus.FAILED);
    }

    @Test
    void aRecordWhoseOutputCouldNotBeWrittenIsASucceededJobToDownloadAgain() {
        JobRecord failed = submitted().withFailure(ItemState.FAILED,
                new ItemFailure(ItemFailure.LOCAL_IO, "the disk is full"), NOW.plusSeconds(2));

        assertThat(failed.editJob().status()).isEqualTo(JobStatus.SUCCEEDED);
    }
}
