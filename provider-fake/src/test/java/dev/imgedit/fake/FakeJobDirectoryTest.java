package dev.imgedit.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.imgedit.EditJob;
import dev.imgedit.EditListener;
import dev.imgedit.EditRequest;
import dev.imgedit.EditResult;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.JobProgress;
import dev.imgedit.JobStatus;
import dev.imgedit.exception.EditTimeoutException;
import dev.imgedit.exception.JobFailedException;
import dev.imgedit.exception.JobNotFoundException;
import dev.imgedit.exception.ProviderUnavailableException;
import dev.imgedit.fake.internal.DirectoryJobStore;
import dev.imgedit.fake.internal.FakeImageEditProvider;
import dev.imgedit.spi.ProviderConfig;
import dev.imgedit.testkit.TestImages;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fake keeps its jobs in a directory, as a remote service keeps them for every client: a provider opened later,
 * by a new factory (as in a new process), resumes them, whatever the instances and threads involved.
 */
class FakeJobDirectoryTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String ID_PATTERN = "fake-[0-9a-z]{12}-[0-9a-f]{8}";

    @TempDir
    Path temporary;

    /** A provider as a new process would open it: a new factory, with the settings from its environment. */
    private ImageEditProvider openNew(Path directory, String... settings) {
        Map<String, String> values = new java.util.HashMap<>();
        values.put(FakeSettings.JOB_DIRECTORY, directory.toString());
        for (int i = 0; i < settings.length; i += 2) {
            values.put(settings[i], settings[i + 1]);
        }
        return new FakeProviderFactory().create(ProviderConfig.of(values));
    }

    private static FakeImageEditProvider openWith(Path directory, DirectoryJobStore.Limits limits, Clock clock) {
        return new FakeImageEditProvider(new FakeProviderFactory().info(), FakeSettings.defaults(),
                new DirectoryJobStore(directory, limits, clock), clock);
    }

    private static EditRequest request(String prompt) {
        return EditRequest.builder(Pictures.input(TestImages.scene(96, 64)), prompt).seed(7L).build();
    }

    private static final class Statuses implements EditListener {
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

    private static byte[] bytesOf(EditResult result) {
        return result.image().bytes().toByteArray();
    }

    private static byte[] inMemoryEdit(EditRequest request) {
        try (ImageEditProvider memory = new FakeProviderFactory().create(FakeSettings.builder().jobsInMemory()
                .build())) {
            return bytesOf(memory.edit(request, TIMEOUT, EditListener.NONE));
        }
    }

    private static Properties properties(Path file) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        return properties;
    }

    private static List<String> names(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.map(entry -> entry.getFileName().toString()).sorted().toList();
        }
    }

    // ------------------------------------------------------------------------------------------ resuming elsewhere

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

    // ------------------------------------------------------------------------------------------------ the layout

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
            Files.setAttribute(plantedLink, "unix:uid", 65534, java.nio.file.LinkOption.NOFOLLOW_LINKS);
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

    // ------------------------------------------------------------------------------------------------ bad job ids

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

    // --------------------------------------------------------------------------------------------------- pruning

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

    // ------------------------------------------------------------------------------------------------ memory mode

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

    // ------------------------------------------------------------------------------------------------ concurrency

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
