package dev.imgedit.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * bin/imgedit of the distribution folder that {@code mvn package} assembled (or of a copy), started as a separate
 * process in a working directory, with standard output and error going to files outside it. The launcher
 * {@code exec}s java, so {@link #pid()} is the JVM's, except in the one run that records classes for the class-data
 * archive, where it is the launcher's, which passes signals on.
 */
final class DistributionProcess implements AutoCloseable {
    private final Process process;
    private final Path out;
    private final Path err;

    private DistributionProcess(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /** The distribution folder, or the test is skipped (it exists only after the package phase). */
    static Path installation() {
        String location = System.getProperty("imgedit.distribution");
        assumeTrue(location != null && Files.isExecutable(Path.of(location, "bin", "imgedit")),
                "no distribution folder: run through 'mvn verify', which assembles it in the package phase");
        return Path.of(location);
    }

    /**
     * Starts {@code imgedit args} with the given variables on top of this JVM's environment, from which every
     * IMGEDIT_, MODELSLAB_, BFL_ and proxy variable is removed first; the user's own config file is not read.
     *
     * @param captures where standard output and error are written (stdout.txt, stderr.txt), not the working
     *     directory, whose content the tests check
     */
    static DistributionProcess start(Path workingDirectory, Path captures, Map<String, String> environment,
            String... args) {
        return start(installation(), workingDirectory, captures, environment, args);
    }

    /** {@link #start(Path, Path, Map, String...)} of another installation, such as a {@link #copyOfInstallation}. */
    static DistributionProcess start(Path installation, Path workingDirectory, Path captures,
            Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>(List.of(installation.resolve("bin/imgedit").toString()));
        command.addAll(List.of(args));
        return start(command, workingDirectory, captures, environment);
    }

    /**
     * Starts {@code command} as {@link #start(Path, Path, Map, String...)} starts imgedit, with no config file but
     * one the test writes in {@code captures}/config-home.
     */
    static DistributionProcess start(List<String> command, Path workingDirectory, Path captures,
            Map<String, String> environment) {
        Path out = captures.resolve("stdout.txt");
        Path err = captures.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("IMGEDIT_") || name.startsWith("MODELSLAB_")
                || name.startsWith("BFL_") || name.toLowerCase(java.util.Locale.ROOT).endsWith("_proxy"));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("IMGEDIT_FAKE_JOB_DIRECTORY", CommandRunner.FAKE_JOBS.toString());
        builder.environment().put("XDG_CONFIG_HOME", ConfigFiles.home(captures).toString());
        builder.environment().put("XDG_STATE_HOME", CommandRunner.stateHome().toString());
        builder.environment().putAll(environment);
        try {
            return new DistributionProcess(builder.start(), out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A copy of the distribution in {@code folder}/installation, whose lib/ a test may change; without the class-data
     * archives the original's runs left in its cache/.
     */
    static Path copyOfInstallation(Path folder) throws IOException {
        Path original = installation();
        Path copy = folder.resolve("installation");
        try (Stream<Path> files = Files.walk(original)) {
            for (Path source : files.filter(file -> !file.startsWith(original.resolve("cache"))).toList()) {
                Path target = copy.resolve(original.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return copy;
    }

    long pid() {
        return process.pid();
    }

    String out() {
        return read(out);
    }

    String err() {
        return read(err);
    }

    /** Waits until standard error holds {@code text}; fails if the process ends or {@code limit} passes first. */
    String awaitErr(String text, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            String err = err();
            if (err.contains(text)) {
                return err;
            }
            if (!process.isAlive()) {
                throw new AssertionError("imgedit ended (exit " + process.exitValue() + ") before printing '" + text
                        + "'\n--- out:\n" + out() + "--- err:\n" + err);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no '" + text + "' on standard error within " + limit + ":\n" + err());
    }

    /** The exit code, or null when the process is still running after {@code limit}. */
    Integer awaitExit(Duration limit) throws InterruptedException {
        return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : null;
    }

    /** Sends a signal, such as INT (what Ctrl-C sends) or TERM (what {@link Process#destroy()} sends). */
    void signal(String name) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-s", name, Long.toString(pid())).redirectErrorStream(true).start();
        if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            throw new AssertionError("kill -s " + name + " " + pid() + " failed: "
                    + new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /**
     * Whether the process ignores {@code SIGINT}: a process started in the background by a shell without job
     * control inherits that, and the JVM then leaves it ignored, so Ctrl-C cannot be imitated.
     */
    boolean ignoresInterrupt() throws IOException {
        Path status = Path.of("/proc", Long.toString(pid()), "status");
        if (!Files.exists(status)) {
            return false;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:")) {
                long ignored = Long.parseUnsignedLong(line.substring("SigIgn:".length()).strip(), 16);
                return (ignored & (1L << (2 - 1))) != 0;
            }
        }
        return false;
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    @Override
    public String toString() {
        return "--- out:\n" + out() + "--- err:\n" + err();
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
