package dev.imgedit.fake;

import static dev.imgedit.fake.JobDirectoryFixtures.names;
import static dev.imgedit.fake.JobDirectoryFixtures.openNew;
import static dev.imgedit.fake.JobDirectoryFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.imgedit.ImageEditProvider;
import dev.imgedit.exception.ProviderUnavailableException;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job directory is the user's own: private where permissions exist, refused when it is someone else's. */
class JobDirectoryOwnershipTest {
    @TempDir
    Path temporary;

    @Test
    void theDirectoriesAreTheUsersAlone() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path directory = temporary.resolve("jobs");
        try (ImageEditProvider provider = openNew(directory)) {
            String id = provider.submit(request("snow")).id();

            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory))).isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory.resolve(id))))
                    .isEqualTo("rwx------");
        }
    }

    @Test
    void aDirectoryOrLinkOfAnotherUserIsRefusedAsSomeoneCouldReadOrForgeItsJobs() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("unix"), "POSIX owners");
        Path foreign = Files.createDirectory(temporary.resolve("foreign"));
        Path mine = Files.createDirectory(temporary.resolve("mine"));
        Path plantedLink = Files.createSymbolicLink(temporary.resolve("planted"), mine);
        Path myLink = Files.createSymbolicLink(temporary.resolve("my-link"), mine);
        try {
            Files.setAttribute(foreign, "unix:uid", 65534);
            Files.setAttribute(plantedLink, "unix:uid", 65534, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | UnsupportedOperationException e) {
            assumeTrue(false, "only a superuser can give a file away: " + e);
        }
        for (Path refused : List.of(foreign, plantedLink)) {
            try (ImageEditProvider provider = openNew(refused)) {
                assertThatThrownBy(() -> provider.submit(request("snow")))
                        .as(refused.toString())
                        .isInstanceOf(ProviderUnavailableException.class)
                        .hasMessageContaining("belongs to ")
                        .hasMessageContaining("not to " + System.getProperty("user.name"))
                        .hasMessageContaining(FakeSettings.JOB_DIRECTORY);
            }
        }
        assertThat(names(foreign)).isEmpty();
        assertThat(names(mine)).isEmpty();
        try (ImageEditProvider provider = openNew(myLink)) {
            String id = provider.submit(request("snow")).id();
            assertThat(names(mine)).containsExactly(id);
        }
    }

    @Test
    void aDirectoryThatCannotBeUsedFailsTheSubmitWithTheSettingToChange() throws IOException {
        Path file = Files.writeString(temporary.resolve("a-file"), "not a directory");
        try (ImageEditProvider provider = openNew(file)) {
            assertThatThrownBy(() -> provider.submit(request("snow")))
                    .isInstanceOf(ProviderUnavailableException.class)
                    .hasMessageContaining(file.toString())
                    .hasMessageContaining("not a directory")
                    .hasMessageContaining(FakeSettings.JOB_DIRECTORY);
            assertThatThrownBy(() -> provider.resume("fake-000000000000-00000000"))
                    .isInstanceOf(ProviderUnavailableException.class);
        }
        assertThat(Files.readString(file)).isEqualTo("not a directory");
    }
}
