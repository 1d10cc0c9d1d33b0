package dev.imgedit.fake;

import static dev.imgedit.fake.JobDirectoryFixtures.TIMEOUT;
import static dev.imgedit.fake.JobDirectoryFixtures.names;
import static dev.imgedit.fake.JobDirectoryFixtures.openWith;
import static dev.imgedit.fake.JobDirectoryFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgedit.exception.JobNotFoundException;
import dev.imgedit.fake.internal.FakeImageEditProvider;
import dev.imgedit.fake.internal.store.DirectoryJobStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each submit forgets the jobs beyond the store's limits, and only what the store made. */
class JobDirectoryPruningTest {
    @TempDir
    Path temporary;

    @Test
    void theOldestJobsBeyondTheCountAreForgottenAtTheNextSubmit() throws IOException {
        Path directory = temporary.resolve("jobs");
        DirectoryJobStore.Limits two = new DirectoryJobStore.Limits(2, Duration.ofHours(24), Long.MAX_VALUE);
        try (FakeImageEditProvider provider = openWith(directory, two, Clock.systemUTC())) {
            String oldest = provider.submit(request("snow")).id();
            String middle = provider.submit(request("night")).id();
            String newest = provider.submit(request("sepia")).id();

            assertThat(names(directory)).containsExactlyInAnyOrder(middle, newest);
            assertThatThrownBy(() -> provider.resume(oldest)).isInstanceOf(JobNotFoundException.class);
            assertThat(provider.await(provider.resume(middle), TIMEOUT).jobId()).isEqualTo(middle);
        }
    }

    @Test
    void jobsOlderThanTheirAgeAreForgottenAndNotFoundEvenBeforeThat() throws IOException {
        Path directory = temporary.resolve("jobs");
        Instant start = Instant.parse("2030-01-01T00:00:00Z");
        DirectoryJobStore.Limits aDay = new DirectoryJobStore.Limits(100, Duration.ofHours(24), Long.MAX_VALUE);
        String old;
        try (FakeImageEditProvider then = openWith(directory, aDay, Clock.fixed(start, ZoneOffset.UTC))) {
            old = then.submit(request("snow")).id();
        }
        Clock dayLater = Clock.fixed(start.plus(Duration.ofHours(24)), ZoneOffset.UTC);
        try (FakeImageEditProvider later = openWith(directory, aDay, dayLater)) {
            assertThat(directory.resolve(old)).as("not yet pruned").isDirectory();
            assertThatThrownBy(() -> later.resume(old)).as("but expired").isInstanceOf(JobNotFoundException.class)
                    .hasMessageContaining("expired");

            String fresh = later.submit(request("night")).id();

            assertThat(names(directory)).containsExactly(fresh);
        }
    }

    @Test
    void theOldestJobsBeyondTheBytesAreForgottenButNeverTheNewest() throws IOException {
        Path directory = temporary.resolve("jobs");
        DirectoryJobStore.Limits tiny = new DirectoryJobStore.Limits(100, Duration.ofHours(24), 1);
        try (FakeImageEditProvider provider = openWith(directory, tiny, Clock.systemUTC())) {
            provider.submit(request("snow"));
            String newest = provider.submit(request("night")).id();

            assertThat(names(directory)).containsExactly(newest);
            assertThat(provider.await(provider.resume(newest), TIMEOUT).images()).hasSize(1);
        }
    }

    @Test
    void pruningDeletesOnlyWhatTheStoreMadeAndTemporaryDirectoriesLeftByACrash() throws IOException {
        Path directory = temporary.resolve("jobs");
        Files.createDirectories(directory.resolve("photos"));
        Files.writeString(directory.resolve("notes.txt"), "mine");
        Files.writeString(directory.resolve("photos/cabin.png"), "mine too");
        Path abandoned = Files.createDirectory(directory.resolve(".tmp-fake-000000000000-00000000-abcdef"));
        Files.writeString(abandoned.resolve("output-1.png"), "half");
        Files.setLastModifiedTime(abandoned, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path writing = Files.createDirectory(directory.resolve(".tmp-fake-000000000000-11111111-abcdef"));
        Path stranger = Files.createDirectory(directory.resolve(".tmp-something-else"));
        Files.setLastModifiedTime(stranger, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        DirectoryJobStore.Limits one = new DirectoryJobStore.Limits(1, Duration.ofHours(24), Long.MAX_VALUE);
        try (FakeImageEditProvider provider = openWith(directory, one, Clock.systemUTC())) {
            provider.submit(request("snow"));
            String kept = provider.submit(request("night")).id();

            assertThat(names(directory)).containsExactlyInAnyOrder(kept, "photos", "notes.txt",
                    writing.getFileName().toString(), stranger.getFileName().toString());
            assertThat(Files.readString(directory.resolve("photos/cabin.png"))).isEqualTo("mine too");
        }
    }
}
