package dev.imgedit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real distribution folder that {@code mvn package} assembled (bin/imgedit + lib/*.jar) as a separate
 * process, the way a user does: a provider is installed by its jar being in lib/, nothing else.
 */
class DistributionIT {
    @TempDir
    Path directory;

    private Path distribution;

    @BeforeEach
    void findDistribution() {
        String location = System.getProperty("imgedit.distribution");
        assumeTrue(location != null && Files.isExecutable(Path.of(location, "bin", "imgedit")),
                "no distribution folder: run through 'mvn verify', which assembles it in the package phase");
        distribution = Path.of(location);
    }

    private record ProcessRun(int exitCode, String out, String err) {
        List<String> errorLines() {
            return err.lines().filter(line -> line.startsWith("imgedit: error: ")).toList();
        }
    }

    private ProcessRun run(Path installation, String... args) throws InterruptedException {
        List<String> command = new ArrayList<>(List.of(installation.resolve("bin/imgedit").toString()));
        command.addAll(List.of(args));
        try (DistributionProcess process = DistributionProcess.start(command, directory, directory, Map.of())) {
            Integer exit = process.awaitExit(java.time.Duration.ofSeconds(60));
            if (exit == null) {
                throw new AssertionError("imgedit " + String.join(" ", args) + " did not finish within 60 s");
            }
            return new ProcessRun(exit, process.out(), process.err());
        }
    }

    private static Path jarOf(Path installation, String artifactId) throws IOException {
        try (Stream<Path> jars = Files.list(installation.resolve("lib"))) {
            return jars.filter(jar -> jar.getFileName().toString().startsWith(artifactId + "-")).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + artifactId + " jar in " + installation));
        }
    }

    @Test
    void listsTheProvidersWhoseJarsAreInLib() throws Exception {
        ProcessRun run = run(distribution, "providers");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out().lines()).anyMatch(line -> line.startsWith("fake ") || line.startsWith("fake:"));
        assertThat(run.out().lines()).anyMatch(line -> line.startsWith("modelslab ") || line.startsWith("modelslab:"));
    }

    @Test
    void editsAnImageAndPrintsOnlyThePathOnStandardOutput() throws Exception {
        TestImages.png(directory.resolve("photo.png"), 96, 64);

        ProcessRun run = run(distribution, "edit", "-i", "photo.png", "-p", "make it snow");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo("photo.edited.png\n");
        assertThat(TestImages.read(directory.resolve("photo.edited.png")).getWidth()).isPositive();
        assertThat(run.err()).contains("imgedit: using provider 'fake'");
    }

    @Test
    void takingAJarOutOfLibUninstallsItsProviderAndPuttingItBackReinstallsIt() throws Exception {
        Path installation = DistributionProcess.copyOfInstallation(directory);
        Path fakeJar = jarOf(installation, "imgedit-provider-fake");
        Path setAside = Files.move(fakeJar, directory.resolve(fakeJar.getFileName()));

        ProcessRun withoutFake = run(installation, "providers");
        assertThat(withoutFake.exitCode()).as(withoutFake.toString()).isZero();
        assertThat(withoutFake.out().lines()).noneMatch(line -> line.startsWith("fake ") || line.startsWith("fake:"))
                .anyMatch(line -> line.startsWith("modelslab ") || line.startsWith("modelslab:"));

        Files.move(setAside, fakeJar);
        ProcessRun withFake = run(installation, "providers");
        assertThat(withFake.out().lines()).anyMatch(line -> line.startsWith("fake ") || line.startsWith("fake:"));
    }

    @Test
    void withNoProviderJarAnEditExitsEightSayingHowToInstallOne() throws Exception {
        Path installation = DistributionProcess.copyOfInstallation(directory);
        Files.delete(jarOf(installation, "imgedit-provider-fake"));
        Files.delete(jarOf(installation, "imgedit-provider-modelslab"));
        Files.delete(jarOf(installation, "imgedit-provider-bfl"));
        TestImages.png(directory.resolve("photo.png"), 32, 32);

        ProcessRun providers = run(installation, "providers");
        ProcessRun edit = run(installation, "edit", "-i", "photo.png", "-p", "make it snow");

        assertThat(providers.exitCode()).isZero();
        assertThat(providers.out()).isEmpty();
        assertThat(edit.exitCode()).as(edit.toString()).isEqualTo(8);
        assertThat(edit.out()).isEmpty();
        assertThat(edit.errorLines()).singleElement().asString()
                .contains("no image-edit provider is installed", "imgedit-provider-fake",
                        installation.resolve("lib").toString());
        assertThat(edit.err().lines()).hasSize(1);
    }

    @Test
    void versionPrintsWhatPicocliWouldWithoutStartingIt() throws Exception {
        ProcessRun run = run(distribution, "--version");
        CommandRun inProcess = new CommandRunner(directory).run("--version");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo(inProcess.out()).startsWith("imgedit ");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void startsThroughASymbolicLink() throws Exception {
        Path link = Files.createSymbolicLink(directory.resolve("imgedit"), distribution.resolve("bin/imgedit"));
        Path linkedInstallation = directory.resolve("linked");
        Files.createDirectories(linkedInstallation.resolve("bin"));
        Path movedLink = Files.move(link, linkedInstallation.resolve("bin/imgedit"));

        ProcessRun run = run(linkedInstallation, "--version");
        Files.delete(movedLink);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("imgedit ");
    }
}
