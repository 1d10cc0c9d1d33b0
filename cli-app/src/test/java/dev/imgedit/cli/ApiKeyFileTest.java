package dev.imgedit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ApiKeyFileTest extends PhotoDirectoryFixture {
    private static final String KEY = "sk-test-0123456789abcdef";

    private Path keyFile(String content, String permissions) throws IOException {
        Path file = directory.resolve("modelslab.key");
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        return file;
    }

    @Test
    void missingKeyFileExitsTwo() {
        CommandRun run = imgedit.run("edit", "-i", "photo.png", "-p", "snow", "--api-key-file", "nowhere.key");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errorLines()).singleElement().asString().contains("API key file 'nowhere.key' does not exist");
    }

    @Test
    void emptyKeyFileExitsTwo() throws IOException {
        keyFile("\n\n", "rw-------");

        CommandRun run = imgedit.run("edit", "-i", "photo.png", "-p", "snow", "--api-key-file", "modelslab.key");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errorLines()).singleElement().asString().contains("is empty");
    }

    @Test
    void keyFileReadableByOthersGetsAOneLineWarning() throws IOException {
        keyFile(KEY + "\n", "rw-r--r--");

        CommandRun run = imgedit.run("edit", "-i", "photo.png", "-p", "snow", "--api-key-file", "modelslab.key");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.errLines()).filteredOn(line -> line.startsWith("imgedit: warning: API key file"))
                .singleElement().asString().contains("readable by other users", "chmod 600");
        assertThat(run.err() + run.out()).doesNotContain(KEY);
    }

    @Test
    void privateKeyFileGetsNoPermissionWarning() throws IOException {
        keyFile(KEY + "\n", "rw-------");

        CommandRun run = imgedit.run("edit", "-i", "photo.png", "-p", "snow", "--api-key-file", "modelslab.key");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).doesNotContain("readable by other users");
        // The fake needs no key: the file is read, then set aside with a word.
        assertThat(run.err()).contains("provider 'fake' takes no API key");
    }

    @Test
    void theKeyGoesToTheOnlineProviderUnderItsSecretNameAndIsNeverPrinted() throws IOException {
        keyFile("  " + KEY + "  \nsecond line is ignored\n", "rw-------");
        List<String> bodies = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] reply = "{\"status\":\"error\",\"message\":\"Invalid API key\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(401, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        server.start();
        try {
            CommandRun run = imgedit.without("IMGEDIT_PROVIDER")
                    .with("MODELSLAB_BASE_URL", "http://127.0.0.1:" + server.getAddress().getPort())
                    .run("edit", "-i", "photo.png", "-p", "snow", "--api-key-file", "modelslab.key", "--timeout", "5s",
                            "--json", "--provider", "modelslab");

            assertThat(run.err()).contains("using provider 'modelslab' (chosen with --provider)");
            assertThat(bodies).as("the key reached the provider").anyMatch(body -> body.contains(KEY));
            assertThat(run.exitCode()).as(run.toString()).isNotZero();
            assertThat(run.errorLines()).singleElement().asString()
                    .contains("the key was read from --api-key-file 'modelslab.key': check the key in that file");
            assertThat(run.err() + run.out()).doesNotContain(KEY).doesNotContain("second line");
        } finally {
            server.stop(0);
        }
    }
}
