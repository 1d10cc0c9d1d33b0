package dev.imgedit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archives {@code mvn package} leaves in cli-app/target, installed as the README says: unpacked anywhere, bin/
 * put on the PATH through a symbolic link, and run from another folder.
 */
class DistributionArchiveIT {
    @TempDir
    Path directory;

    private Path tarball;
    private Path zip;
    private String top;

    @BeforeEach
    void findArchives() {
        String version = System.getProperty("imgedit.version");
        String target = System.getProperty("imgedit.target");
        assumeTrue(version != null && target != null, "run through 'mvn verify', which builds the archives");
        top = "imgedit-" + version;
        tarball = Path.of(target, top + ".tar.gz");
        zip = Path.of(target, top + ".zip");
    }

    @Test
    void bothArchivesHoldTheLaunchersLibrariesDocumentationManPagesLicenceAndReadme() throws Exception {
        Set<String> inTarball = new TreeSet<>(run(directory, List.of("tar", "-tzf", tarball.toString())).lines()
                .filter(name -> !name.endsWith("/")).toList());
        Set<String> inZip = new TreeSet<>();
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            archive.stream().filter(entry -> !entry.isDirectory()).forEach(entry -> inZip.add(entry.getName()));
            assertThat(read(archive, top + "/bin/imgedit.cmd")).as("Windows line endings").contains("\r\n")
                    .contains("dev.imgedit.cli.ImgeditMain %*");
            assertThat(read(archive, top + "/bin/imgedit")).doesNotContain("\r");
        }

        assertThat(inZip).isEqualTo(inTarball);
        assertThat(inTarball).contains(top + "/bin/imgedit", top + "/bin/imgedit.cmd", top + "/LICENSE",
                top + "/README.md", top + "/docs/cli.md", top + "/docs/samples/cabin.png", top + "/man/man1/imgedit.1",
                top + "/man/man1/imgedit-edit.1", top + "/man/man1/imgedit-doctor.1", top + "/man/man1/imgedit-config-show.1")
                .anyMatch(name -> name.matches(".*/lib/imgedit-cli-.*\\.jar"))
                .anyMatch(name -> name.matches(".*/lib/imgedit-provider-fake-.*\\.jar"))
                .allMatch(name -> name.startsWith(top + "/"));
        assertThat(run(directory, List.of("tar", "-tvzf", tarball.toString())).lines()
                .filter(line -> line.endsWith(top + "/bin/imgedit"))).singleElement().asString().startsWith("-rwxr-xr-x");
    }

    @Test
    void unpackedWithItsBinLinkedOnThePathItEditsFromAnotherFolder() throws Exception {
        Path installed = directory.resolve("opt");
        Files.createDirectories(installed);
        run(installed, List.of("tar", "-xzf", tarball.toString()));
        Path onPath = Files.createDirectories(directory.resolve("bin-on-path"));
        Files.createSymbolicLink(onPath.resolve("imgedit"), installed.resolve(top + "/bin/imgedit"));
        Path work = Files.createDirectories(directory.resolve("elsewhere"));
        TestImages.png(work.resolve("photo.png"), 64, 48);
        Map<String, String> environment = Map.of("PATH", onPath + ":" + System.getenv("PATH"),
                "HOME", directory.toString());

        String edit = shell(work, environment, "imgedit edit -i photo.png -p snow");
        String help = shell(work, environment, "imgedit --help");
        String helpEdit = shell(work, environment, "imgedit help edit");
        String doctor = shell(work, environment, "imgedit doctor --offline");

        assertThat(edit).isEqualTo("photo.edited.png\n");
        assertThat(TestImages.read(work.resolve("photo.edited.png")).getWidth()).isPositive();
        Path documentation = installed.resolve(top + "/docs/cli.md").toRealPath();
        assertThat(help).contains("\n  " + documentation + "\n",
                "\n  man -M " + installed.resolve(top + "/man").toRealPath() + " imgedit\n");
        assertThat(helpEdit).startsWith("Usage: imgedit edit ");
        assertThat(doctor).contains("verdict: all good");
    }

    /** Runs {@code command} through sh in {@code work}, the way a user's shell would find imgedit on the PATH. */
    private String shell(Path work, Map<String, String> environment, String command) throws Exception {
        try (DistributionProcess process = DistributionProcess.start(List.of("sh", "-c", command), work, directory,
                environment)) {
            Integer exitCode = process.awaitExit(Duration.ofSeconds(60));
            assertThat(exitCode).as(command + "\n" + process).isZero();
            return process.out();
        }
    }

    private static String run(Path workingDirectory, List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(new ArrayList<>(command)).directory(workingDirectory.toFile())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
        return output;
    }

    private static String read(ZipFile archive, String name) throws IOException {
        ZipEntry entry = archive.getEntry(name);
        assertThat(entry).as(name).isNotNull();
        try (InputStream in = archive.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
