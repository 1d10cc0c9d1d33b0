package dev.imgedit.fake;

import static dev.imgedit.fake.JobDirectoryFixtures.TIMEOUT;
import static dev.imgedit.fake.JobDirectoryFixtures.names;
import static dev.imgedit.fake.JobDirectoryFixtures.openNew;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgedit.EditJob;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.exception.JobNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only a fake job id names a file: no id given to resume or await leads anywhere else. */
class JobDirectoryIdSafetyTest {
    @TempDir
    Path temporary;

    @ParameterizedTest
    @ValueSource(strings = {
        "../../etc/passwd",
        "..",
        ".",
        "",
        "/etc/passwd",
        "fake-../../outside",
        "fake-000000000000-00000000/../../outside",
        "fake-000000000000-00000000/",
        "fake-000000000000-00000000\n",
        "fake-000000000000-00000000\u0000",
        "FAKE-000000000000-00000000",
        "fake-00000000000i-00000000",
        "fake-0000000000000-00000000",
        "fake-000000000000-0000000g",
        ".tmp-fake-000000000000-00000000-abcdef",
        "C:\\Windows\\fake-000000000000-00000000",
        "fake-1-1da3dab7"
    })
    void anIdThatIsNotAFakeJobIdNeverReachesTheFileSystem(String id) throws IOException {
        Path directory = temporary.resolve("jobs");
        Files.createDirectories(directory.resolve("fake-000000000000-00000000"));
        Files.writeString(temporary.resolve("outside"), "keep");
        try (ImageEditProvider provider = openNew(directory)) {
            assertThatThrownBy(() -> provider.resume(id))
                    .isInstanceOfSatisfying(JobNotFoundException.class,
                            notFound -> assertThat(notFound.jobId()).isEqualTo(id))
                    .hasMessageContaining("is not a fake job id")
                    .hasMessageContaining("they look like fake-")
                    .hasMessageNotContaining("\n");
            assertThatThrownBy(() -> provider.await(EditJob.ofId("fake", id), TIMEOUT))
                    .isInstanceOf(JobNotFoundException.class)
                    .hasMessageContaining("is not a fake job id");
        }
        assertThat(Files.readString(temporary.resolve("outside"))).isEqualTo("keep");
        assertThat(names(directory.resolve("fake-000000000000-00000000"))).isEmpty();
    }
}
