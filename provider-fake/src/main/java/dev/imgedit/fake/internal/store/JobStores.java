package dev.imgedit.fake.internal.store;

import dev.imgedit.fake.FakeSettings;
import java.nio.file.Path;
import java.time.Clock;

/** Where a fake opened with some settings keeps its jobs. */
public final class JobStores {
    private JobStores() {}

    /** The settings' job directory, forgetting jobs as a service would; the JVM-wide memory without one. */
    public static JobStore open(FakeSettings settings) {
        Path directory = settings.jobDirectory();
        return directory == null
                ? MemoryJobStore.shared()
                : new DirectoryJobStore(directory, DirectoryJobStore.Limits.DEFAULT, Clock.systemUTC());
    }
}
