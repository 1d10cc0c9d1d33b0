package dev.imgedit.mcp;

import dev.imgedit.discovery.ImageEditProviders;
import dev.imgedit.spi.ProviderConfig;
import dev.imgedit.testkit.TestImages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Servers as the tests start them: the providers on the test classpath (fake and ModelsLab), fake jobs in memory. */
final class Servers {
    private Servers() {}

    /**
     * A server over the installed providers with these settings, opening {@code allowed} to every client, with a job
     * journal of its own for its life.
     */
    static ImgeditMcpServer withSettings(Map<String, String> settings, List<Path> allowed) {
        return builder(settings, allowed).build();
    }

    /** {@link #withSettings}, keeping its jobs in {@code journal}, as the CLI keeps them in the user's journal. */
    static ImgeditMcpServer withJournal(Path journal, Map<String, String> settings, List<Path> allowed) {
        return builder(settings, allowed).journal(journal).build();
    }

    private static ImgeditMcpServer.Builder builder(Map<String, String> settings, List<Path> allowed) {
        Map<String, String> all = new HashMap<>(Map.of("IMGEDIT_FAKE_JOB_DIRECTORY", "memory"));
        all.putAll(settings);
        ImgeditMcpServer.Builder builder = ImgeditMcpServer.builder(ImageEditProviders.discover(),
                ProviderConfig.of(all)).version("test").allowDirectoryAdvice("open it with the test's advice");
        allowed.forEach(builder::allowDirectory);
        return builder;
    }

    /** A server whose fake plays {@code script} (one outcome a line), opening {@code allowed}. */
    static ImgeditMcpServer withFakeScript(Path allowed, String script) {
        try {
            Path file = Files.writeString(Files.createTempFile("fake-script", ".txt"), script);
            file.toFile().deleteOnExit();
            return withSettings(Map.of("IMGEDIT_FAKE_SCRIPT", file.toString()), List.of(allowed));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PNG photo of {@code width} x {@code height} at {@code path}. */
    static Path photo(Path path, int width, int height) {
        try {
            return Files.write(path, TestImages.png(width, height));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
