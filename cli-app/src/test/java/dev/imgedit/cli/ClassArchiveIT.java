package dev.imgedit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * The launcher's class-data archive (docs/performance.md), on a copy of the distribution: built by the first
 * successful edit, with a copy of the SQLite driver's native library beside it, then used as it is; built anew when a
 * jar in lib/ is added or replaced; kept in the user's cache when the installation cannot hold it; and, broken or
 * impossible to write, never a reason for other output or another exit code. Timing is not asserted: what the archive saves is measured by bench/run.sh.
 */
class ClassArchiveIT {
    private static final Duration RUN_LIMIT = Duration.ofSeconds(90);

    @TempDir
    Path directory;

    private Path installation;
    private Path work;
    private Path userCache;
    private int runs;

    private record Run(int exitCode, String out, String err) {}

    @BeforeEach
    void copyTheDistribution() throws IOException {
        installation = DistributionProcess.copyOfInstallation(directory);
        work = Files.createDirectory(directory.resolve("work"));
        userCache = directory.resolve("user-cache");
        TestImages.png(work.resolve("photo.png"), 48, 32);
    }

    @Test
    void theFirstSuccessfulEditBuildsTheArchiveWhichServesUntilAJarInLibChanges() throws Exception {
        assertSucceededQuietly(edit(Map.of()));
        Path archive = onlyArchiveIn(installation.resolve("cache"));
        FileTime built = Files.getLastModifiedTime(archive);

        assertSucceededQuietly(edit(Map.of()));
        assertThat(onlyArchiveIn(installation.resolve("cache"))).isEqualTo(archive);
        assertThat(Files.getLastModifiedTime(archive)).as("used, not built again").isEqualTo(built);

        Files.write(archive, new byte[64 * 1024]);
        assertSucceededQuietly(edit(Map.of()));
        assertThat(onlyArchiveIn(installation.resolve("cache"))).as("a broken archive costs only speed")
                .isEqualTo(archive);

        Path droppedIn = installation.resolve("lib/dropped-in.jar");
        writeJar(droppedIn, "a");
        assertSucceededQuietly(edit(Map.of()));
        Path rebuilt = onlyArchiveIn(installation.resolve("cache"));
        assertThat(rebuilt).as("a jar more in lib/: another key, the old archive removed").isNotEqualTo(archive);

        // Same name, same size, same modification time (as reproducible builds and unpacked archives have it), maybe
        // the same minute: only its change time says that the jar is not the one archived.
        FileTime rebuiltAt = Files.getLastModifiedTime(rebuilt);
        FileTime jarTime = Files.getLastModifiedTime(droppedIn);
        writeJar(droppedIn, "b");
        Files.setLastModifiedTime(droppedIn, jarTime);
        assertSucceededQuietly(edit(Map.of()));
        Path replaced = onlyArchiveIn(installation.resolve("cache"));
        assertThat(!replaced.equals(rebuilt) || !Files.getLastModifiedTime(replaced).equals(rebuiltAt))
                .as("a replaced jar: the archive built anew").isTrue();
    }

    @Test
    void theSqliteDriversLibraryIsCopiedBesideTheArchiveAndLoadedFromThereUntilItIsGone() throws Exception {
        Path libraryLog = directory.resolve("libraries.log");
        Map<String, String> logged = Map.of("IMGEDIT_JAVA_OPTS", "-Xlog:library=info:file=" + libraryLog);
        assertSucceededQuietly(edit(logged));
        Path copy;
        try (Stream<Path> folders = Files.list(installation.resolve("cache"))) {
            Path folder = folders.filter(file -> file.getFileName().toString().endsWith("-sqlite")).findFirst()
                    .orElseThrow(() -> new AssertionError("no copy of the SQLite library beside the archive"));
            copy = folder.resolve(LibraryLoaderUtil.getNativeLibName());
        }
        try (InputStream jar = SQLiteJDBCLoader.class.getResourceAsStream(LibraryLoaderUtil.getNativeLibResourcePath()
                + "/" + LibraryLoaderUtil.getNativeLibName())) {
            assertThat(Files.readAllBytes(copy)).isEqualTo(jar.readAllBytes());
        }

        assertSucceededQuietly(edit(logged));
        assertThat(Files.readString(libraryLog)).contains("Loaded library " + copy);

        Files.delete(copy);
        assertSucceededQuietly(edit(logged));
        assertThat(Files.readString(libraryLog)).as("extracted as the driver does on its own")
                .doesNotContain("Loaded library " + copy).contains("sqlitejdbc");
    }

    @Test
    void anInstallationThatCannotHoldTheArchiveKeepsItInTheUsersCache() throws Exception {
        // Stands for a read-only installation, which root (who runs CI) could write to all the same.
        Files.writeString(installation.resolve("cache"), "not a folder");

        assertSucceededQuietly(edit(Map.of()));

        try (Stream<Path> folders = Files.list(userCache.resolve("imgedit/class-archives"))) {
            assertThat(onlyArchiveIn(folders.findFirst().orElseThrow())).isRegularFile();
        }
    }

    @Test
    void withNowhereToWriteTheArchiveTheCommandStillWorks() throws Exception {
        Files.writeString(installation.resolve("cache"), "not a folder");
        Path notAFolder = Files.writeString(directory.resolve("not-a-folder"), "");

        assertSucceededQuietly(edit(Map.of("XDG_CACHE_HOME", notAFolder.toString(), "HOME", notAFolder.toString())));
        assertSucceededQuietly(edit(Map.of("XDG_CACHE_HOME", notAFolder.toString(), "HOME", notAFolder.toString())));
    }

    @ParameterizedTest(name = "SIG{0} exits {1}")
    @CsvSource({"INT, 130", "TERM, 143"})
    void aSignalDuringTheRecordingRunReachesTheJvmAndLeavesNoArchive(String signal, int exitCode) throws Exception {
        Map<String, String> environment = environment(Map.of("IMGEDIT_FAKE_NEVER_FINISH", "true"));
        try (DistributionProcess imgedit = DistributionProcess.start(installation, work, captures(), environment,
                "edit", "-i", "photo.png", "-p", "snow", "--timeout", "10m")) {
            imgedit.awaitErr(" submitted, waiting for the result", RUN_LIMIT);
            List<ProcessHandle> jvm = ProcessHandle.of(imgedit.pid()).orElseThrow().descendants().toList();
            assumeFalse(signal.equals("INT") && imgedit.ignoresInterrupt(),
                    "SIGINT is ignored by processes started from here");

            imgedit.signal(signal);

            assertThat(imgedit.awaitExit(Duration.ofSeconds(5))).as(imgedit.toString()).isEqualTo(exitCode);
            assertThat(imgedit.err()).contains("imgedit: interrupted; job ");
            assertThat(jvm).as("the JVM ended too").noneMatch(ProcessHandle::isAlive);
        }
        try (Stream<Path> files = Files.list(installation.resolve("cache"))) {
            assertThat(files).as("no archive, no recording left").isEmpty();
        }
    }

    private Run edit(Map<String, String> extra) throws Exception {
        try (DistributionProcess imgedit = DistributionProcess.start(installation, work, captures(),
                environment(extra), "edit", "-i", "photo.png", "-p", "snow", "--force")) {
            Integer exitCode = imgedit.awaitExit(RUN_LIMIT);
            assertThat(exitCode).as("finished within %s\n%s", RUN_LIMIT, imgedit).isNotNull();
            return new Run(exitCode, imgedit.out(), imgedit.err());
        }
    }

    private Map<String, String> environment(Map<String, String> extra) {
        Map<String, String> environment = new HashMap<>(Map.of("IMGEDIT_PROVIDER", "fake", "XDG_CACHE_HOME",
                userCache.toString()));
        environment.putAll(extra);
        return environment;
    }

    private Path captures() throws IOException {
        return Files.createDirectory(directory.resolve("captures-" + ++runs));
    }

    /** The edit's own output and notices, and not a word from the JVM about archives. */
    private static void assertSucceededQuietly(Run run) {
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo("photo.edited.png\n");
        assertThat(run.err().lines()).as(run.toString()).allMatch(line -> line.startsWith("imgedit: "));
    }

    private static Path onlyArchiveIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".jsa") || file.toString().endsWith(".aot"))
                    .reduce((first, second) -> {
                        throw new AssertionError("more than one archive in " + folder);
                    })
                    .orElseThrow(() -> new AssertionError("no archive in " + folder));
        }
    }

    /** A jar holding one stored (uncompressed) entry, so that jars written with other letters have the same size. */
    private static void writeJar(Path jar, String letter) throws IOException {
        byte[] content = letter.getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        crc.update(content);
        JarEntry entry = new JarEntry("dropped-in.txt");
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(content.length);
        entry.setCrc(crc.getValue());
        entry.setTime(0);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(entry);
            out.write(content);
            out.closeEntry();
        }
    }
}
