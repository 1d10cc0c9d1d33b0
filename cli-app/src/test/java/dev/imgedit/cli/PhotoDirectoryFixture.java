package dev.imgedit.cli;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What most command tests start from: a fresh working directory holding {@code photo.png} (32 x 32), and
 * {@link #imgedit} ready to run there with the fake provider.
 */
abstract class PhotoDirectoryFixture {
    @TempDir
    Path directory;

    CommandRunner imgedit;

    @BeforeEach
    void createPhotoAndRunner() {
        imgedit = new CommandRunner(directory);
        TestImages.png(directory.resolve("photo.png"), 32, 32);
    }
}
