package dev.imgedit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.imgedit.modelslab.testserver.ModelsLabTestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every row of {@link BadInputCatalogue}: the CLI answers with the row's exit code and one error line that
 * names the problem and the fix, with no stack trace and nothing on standard output; the working directory (the
 * input among it) is left exactly as it was, without an output or a temporary file; and ModelsLab, the default
 * provider here, receives no request, so the mistake cost nothing.
 */
class BadInputCatalogueTest {
    private static ModelsLabTestServer server;

    @TempDir
    Path directory;

    @BeforeAll
    static void startServer() {
        server = ModelsLabTestServer.start(BadInputFiles.SERVER_KEY);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    /** A link out of the directory (to /proc/self/mem) makes JUnit warn when it cleans up: it is removed first. */
    @AfterEach
    void removeSymbolicLinks() throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path entry : entries.filter(Files::isSymbolicLink).toList()) {
                Files.delete(entry);
            }
        }
    }

    static Stream<BadInput> rows() {
        return BadInputCatalogue.rows().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    // A regression that opened a pipe would block for ever: the case is abandoned instead.
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void isRefusedWithOneLineNamingTheProblemAndTheFixAndChangesNothing(BadInput row) throws Exception {
        assumeTrue(isMet(row.requirement()), () -> row.id() + ": " + row.requirement().note());
        TestImages.png(directory.resolve("photo.png"), 32, 32);
        row.setup().prepare(directory);
        DirectorySnapshot before = DirectorySnapshot.of(directory);
        server.reset();

        CommandRun run = new CommandRunner(directory).withModelsLab(server).run(row.args().toArray(String[]::new));

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(row.exitCode());
        assertThat(run.err()).as("no stack trace").doesNotContain("\tat ", "Exception");
        assertThat(run.err()).doesNotContain(BadInputFiles.SERVER_KEY);
        if (row.isWarningOnly()) {
            assertThat(run.errLines()).filteredOn(line -> line.startsWith("imgedit: warning: "))
                    .singleElement().asString().contains(row.message(), row.fix());
            assertThat(run.errorLines()).isEmpty();
            assertThat(DirectorySnapshot.of(directory).entries()).containsAllEntriesOf(before.entries());
            return;
        }
        assertThat(run.errorLines()).as(run.toString()).singleElement().asString()
                .contains(row.message(), row.fix());
        assertThat(run.errLines()).as("nothing but the error line and which provider was chosen")
                .allMatch(line -> line.startsWith("imgedit: error: ") || line.startsWith("imgedit: using provider "));
        assertThat(run.out()).isEmpty();
        assertThat(DirectorySnapshot.of(directory)).as("nothing written, replaced or left behind").isEqualTo(before);
        assertThat(server.requests()).as("nothing reached ModelsLab").isEmpty();
    }

    private static boolean isMet(BadInput.Requirement requirement) {
        return switch (requirement) {
            case NONE -> true;
            case NOT_ROOT -> !isRoot();
            case PROC_SELF_MEM -> Files.isRegularFile(Path.of("/proc/self/mem"));
            case SYSFS -> Files.isDirectory(Path.of("/sys/kernel"));
            case MKFIFO -> Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                    .anyMatch(folder -> !folder.isEmpty() && Files.isExecutable(Path.of(folder, "mkfifo")));
        };
    }

    /** Root may read and write whatever the permission bits say; a file of mode 000 tells the two apart. */
    private static boolean isRoot() {
        try {
            Path probe = Files.createTempFile("imgedit-root-probe", ".tmp");
            try {
                Files.setPosixFilePermissions(probe, Set.of());
                return Files.isReadable(probe);
            } finally {
                Files.delete(probe);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
