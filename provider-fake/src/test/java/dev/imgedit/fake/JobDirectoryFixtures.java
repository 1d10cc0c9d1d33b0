package dev.imgedit.fake;

import dev.imgedit.EditListener;
import dev.imgedit.EditRequest;
import dev.imgedit.EditResult;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.JobProgress;
import dev.imgedit.JobStatus;
import dev.imgedit.fake.internal.FakeImageEditProvider;
import dev.imgedit.fake.internal.ServiceSetup;
import dev.imgedit.fake.internal.ServiceTime;
import dev.imgedit.fake.internal.store.DirectoryJobStore;
import dev.imgedit.spi.ProviderConfig;
import dev.imgedit.testkit.TestImages;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/** Providers that keep their jobs in a directory, and ways to look at what they leave there. */
final class JobDirectoryFixtures {
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final String ID_PATTERN = "fake-[0-9a-z]{12}-[0-9a-f]{8}";

    private JobDirectoryFixtures() {}

    /** A provider as a new process would open it: a new factory, with the settings from its environment. */
    static ImageEditProvider openNew(Path directory, String... settings) {
        Map<String, String> values = new HashMap<>();
        values.put(FakeSettings.JOB_DIRECTORY, directory.toString());
        for (int i = 0; i < settings.length; i += 2) {
            values.put(settings[i], settings[i + 1]);
        }
        return new FakeProviderFactory().create(ProviderConfig.of(values));
    }

    static FakeImageEditProvider openWith(Path directory, DirectoryJobStore.Limits limits, Clock clock) {
        return new FakeImageEditProvider(new FakeProviderFactory().info(), ServiceSetup.of(FakeSettings.defaults(),
                new DirectoryJobStore(directory, limits, clock), null, ServiceTime.datedBy(clock)));
    }

    static EditRequest request(String prompt) {
        return EditRequest.builder(Pictures.input(TestImages.scene(96, 64)), prompt).seed(7L).build();
    }

    static byte[] bytesOf(EditResult result) {
        return result.image().bytes().toByteArray();
    }

    static byte[] inMemoryEdit(EditRequest request) {
        try (ImageEditProvider memory = new FakeProviderFactory().create(FakeSettings.builder().jobsInMemory()
                .build())) {
            return bytesOf(memory.edit(request, TIMEOUT, EditListener.NONE));
        }
    }

    static Properties properties(Path file) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        return properties;
    }

    static List<String> names(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.map(entry -> entry.getFileName().toString()).sorted().toList();
        }
    }

    /** The progress an await reports, from any thread. */
    static final class Statuses implements EditListener {
        final List<JobProgress> steps = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void onProgress(JobProgress progress) {
            steps.add(progress);
        }

        List<JobStatus> statuses() {
            synchronized (steps) {
                return steps.stream().map(JobProgress::status).toList();
            }
        }
    }
}
