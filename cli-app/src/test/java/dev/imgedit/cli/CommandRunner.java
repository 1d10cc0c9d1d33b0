package dev.imgedit.cli;

import dev.imgedit.modelslab.testserver.ModelsLabTestServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs imgedit in-process in a directory with a given environment, as the tests' user would from a shell. */
final class CommandRunner {
    private final Path directory;
    /** The fake provider's jobs stay in this module's target/, not in the user's temporary directory. */
    static final Path FAKE_JOBS = Path.of("target", "fake-jobs").toAbsolutePath();

    private final Map<String, String> environment = new HashMap<>();
    private byte[] input = new byte[0];
    private boolean interactive;

    /** Starts with the fake provider chosen, as {@code IMGEDIT_PROVIDER=fake} would. */
    CommandRunner(Path directory) {
        this.directory = directory;
        environment.put("IMGEDIT_PROVIDER", "fake");
        environment.put("IMGEDIT_FAKE_JOB_DIRECTORY", FAKE_JOBS.toString());
    }

    CommandRunner with(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /**
     * Makes the ModelsLab provider the default one and points it at a loopback test server, polling every few
     * milliseconds so that tests do not wait on ModelsLab's real cadence.
     */
    CommandRunner withModelsLab(ModelsLabTestServer server) {
        environment.remove("IMGEDIT_PROVIDER");
        environment.put("MODELSLAB_BASE_URL", server.baseUrl().toString());
        environment.put("MODELSLAB_API_KEY", server.apiKey());
        environment.put("MODELSLAB_POLL_MIN_INTERVAL", "5ms");
        environment.put("MODELSLAB_POLL_MAX_INTERVAL", "20ms");
        environment.put("MODELSLAB_READ_TIMEOUT", "10s");
        return this;
    }

    CommandRunner without(String name) {
        environment.remove(name);
        return this;
    }

    CommandRunner standardInput(String text) {
        return standardInput(text.getBytes(StandardCharsets.UTF_8));
    }

    CommandRunner standardInput(byte[] bytes) {
        input = bytes.clone();
        return this;
    }

    CommandRunner interactive() {
        interactive = true;
        return this;
    }

    CommandRun run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode;
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exitCode = new Imgedit(environment, new ByteArrayInputStream(input), outStream, errStream, directory)
                    .interactive(interactive)
                    .run(args);
        }
        return new CommandRun(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                out.toByteArray());
    }
}
