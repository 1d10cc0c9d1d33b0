package dev.imgedit.fake;

import static dev.imgedit.fake.JobDirectoryFixtures.TIMEOUT;
import static dev.imgedit.fake.JobDirectoryFixtures.bytesOf;
import static dev.imgedit.fake.JobDirectoryFixtures.names;
import static dev.imgedit.fake.JobDirectoryFixtures.openNew;
import static dev.imgedit.fake.JobDirectoryFixtures.properties;
import static dev.imgedit.fake.JobDirectoryFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgedit.EditJob;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.exception.JobFailedException;
import dev.imgedit.exception.JobNotFoundException;
import dev.imgedit.testkit.TestImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a job leaves in the directory, and what the fake does when that is missing or damaged. */
class JobDirectoryLayoutTest {
    @TempDir
    Path temporary;

    @Test
    void eachJobIsADirectoryWithItsImageADescriptionAndItsState() throws IOException {
        Path directory = temporary.resolve("nested/jobs");
        String id;
        try (ImageEditProvider provider = openNew(directory, FakeSettings.QUEUE_CHECKS, "1")) {
            EditJob job = provider.submit(request("snow"));
            id = job.id();
            Path jobDirectory = directory.resolve(id);
            assertThat(names(directory)).containsExactly(id);
            assertThat(names(jobDirectory)).containsExactly("job.properties", "lock", "output-1.png",
                    "state.properties");
            Properties description = properties(jobDirectory.resolve("job.properties"));
            assertThat(description)
                    .containsEntry("id", id)
                    .containsEntry("queueChecks", "1")
                    .containsEntry("neverFinish", "false")
                    .containsEntry("output.1.type", "PNG")
                    .containsEntry("metadata.seed", "7")
                    .containsKeys("created", "queueTime", "output.1.width", "output.1.height", "output.1.sha256",
                            "metadata.effects");
            assertThat(Instant.parse(description.getProperty("created"))).isBetween(
                    Instant.now().minusSeconds(60), Instant.now());
            assertThat(properties(jobDirectory.resolve("state.properties")))
                    .containsEntry("checks", "0").containsEntry("status", "PROCESSING");

            provider.await(job, TIMEOUT);

            assertThat(properties(jobDirectory.resolve("state.properties")))
                    .containsEntry("checks", "1").containsEntry("status", "SUCCEEDED");
            assertThat(names(jobDirectory)).as("no temporary file left").hasSize(4);
            assertThat(Files.readAllBytes(jobDirectory.resolve("output-1.png")))
                    .isEqualTo(bytesOf(provider.await(provider.resume(id), TIMEOUT)));
        }
    }

    @Test
    void lookingForAJobCreatesNothing() {
        Path directory = temporary.resolve("never-made");
        try (ImageEditProvider provider = openNew(directory)) {
            assertThatThrownBy(() -> provider.resume("fake-000000000000-00000000"))
                    .isInstanceOf(JobNotFoundException.class)
                    .hasMessageContaining("no fake job fake-000000000000-00000000 in " + directory)
                    .hasMessageContaining(FakeSettings.JOB_DIRECTORY)
                    .hasMessageContaining("expired");
        }
        assertThat(directory).doesNotExist();
    }

    @Test
    void aDamagedJobFailsRatherThanDeliveringSomethingElse() throws IOException {
        Path directory = temporary.resolve("jobs");
        try (ImageEditProvider provider = openNew(directory)) {
            String changedImage = provider.submit(request("snow")).id();
            String otherFormat = provider.submit(request("night")).id();
            String wrongId = provider.submit(request("sepia")).id();
            Files.write(directory.resolve(changedImage).resolve("output-1.png"), TestImages.png(10, 10));
            Path description = directory.resolve(otherFormat).resolve("job.properties");
            Files.writeString(description, Files.readString(description).replace("format=1", "format=2"));
            Files.move(directory.resolve(wrongId), directory.resolve("fake-000000000000-00000000"));

            assertThatThrownBy(() -> provider.await(provider.resume(changedImage), TIMEOUT))
                    .isInstanceOf(JobFailedException.class)
                    .hasMessageContaining("damaged").hasMessageContaining("output-1.png");
            assertThatThrownBy(() -> provider.resume(otherFormat))
                    .isInstanceOf(JobFailedException.class)
                    .hasMessageContaining("another version");
            assertThatThrownBy(() -> provider.resume("fake-000000000000-00000000"))
                    .isInstanceOf(JobFailedException.class)
                    .hasMessageContaining(wrongId);
        }
    }
}
