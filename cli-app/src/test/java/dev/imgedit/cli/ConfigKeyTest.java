package dev.imgedit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgedit.modelslab.testserver.JobScript;
import dev.imgedit.modelslab.testserver.ModelsLabTestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A key named by the config file: as a key file, or written in the file itself only when no one else can read it;
 * the environment's own key wins over either; and {@code config show} and {@code doctor} show it masked.
 */
class ConfigKeyTest {
    private static final String KEY = "sk-Config+File/Key=0123456789abcd";

    @TempDir
    Path directory;

    private ModelsLabTestServer server;
    private CommandRunner imgedit;

    @BeforeEach
    void setUp() {
        server = ModelsLabTestServer.start(KEY);
        imgedit = new CommandRunner(directory).withModelsLab(server).without("MODELSLAB_API_KEY")
                .with("XDG_CONFIG_HOME", ConfigFiles.home(directory).toString());
        TestImages.png(directory.resolve("photo.png"), 32, 32);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void aKeyFileNamedByAProfileIsSentToTheProfilesProvider() throws Exception {
        Path keyFile = Files.writeString(directory.resolve("modelslab.key"), KEY + "\n");
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
        ConfigFiles.withMode(directory, "rw-r--r--", "profile.work.provider = modelslab",
                "profile.work.api-key-file = " + keyFile);
        server.enqueue(JobScript.immediateSuccess());

        CommandRun run = imgedit.run("edit", "-i", "photo.png", "-p", "snow", "--profile", "work");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).contains("using provider 'modelslab'").doesNotContain(KEY);
        assertThat(server.submits()).singleElement().satisfies(submit -> assertThat(submit.body()).contains(KEY));
    }

    @Test
    void aKeyWrittenInAPrivateConfigFileIsUsedAndShownMasked() {
        ConfigFiles.withMode(directory, "rw-------", "provider = modelslab", "api-key = " + KEY);
        server.enqueue(JobScript.immediateSuccess());

        CommandRun edit = imgedit.run("edit", "-i", "photo.png", "-p", "snow");
        CommandRun show = imgedit.run("config", "show");
        CommandRun doctor = imgedit.run("doctor");

        assertThat(edit.exitCode()).as(edit.toString()).isZero();
        assertThat(show.out()).containsPattern("MODELSLAB_API_KEY +\\*\\*\\*\\*abcd +api-key written in the config file")
                .doesNotContain(KEY);
        assertThat(doctor.exitCode()).as(doctor.toString()).isZero();
        assertThat(doctor.out()).contains("ok    provider modelslab: configured; key ****abcd from api-key written",
                "answered (HTTP").doesNotContain(KEY);
    }

    @Test
    void aKeyWrittenInAConfigFileOthersCanReadIsRefusedWithTheFixAndNeverShown() {
        Path file = ConfigFiles.withMode(directory, "rw-r--r--", "provider = modelslab", "api-key = " + KEY);

        CommandRun edit = imgedit.run("edit", "-i", "photo.png", "-p", "snow");
        CommandRun show = imgedit.run("config", "show");

        assertThat(edit.exitCode()).isEqualTo(2);
        assertThat(edit.errorLines()).singleElement().asString()
                .contains("config file " + file + " holds an API key", "chmod 600 " + file, "api-key-file");
        assertThat(edit.out() + edit.err() + show.out() + show.err()).doesNotContain(KEY);
        assertThat(server.submits()).isEmpty();
    }

    @Test
    void theEnvironmentsKeyWinsOverTheConfigFiles() {
        ConfigFiles.withMode(directory, "rw-------", "provider = modelslab", "api-key = sk-stale-key-from-the-config-file");
        imgedit.with("MODELSLAB_API_KEY", KEY);
        server.enqueue(JobScript.immediateSuccess());

        CommandRun edit = imgedit.run("edit", "-i", "photo.png", "-p", "snow");
        CommandRun show = imgedit.run("config", "show");

        assertThat(edit.exitCode()).as(edit.toString()).isZero();
        assertThat(server.submits()).singleElement().satisfies(submit -> assertThat(submit.body()).contains(KEY));
        assertThat(show.out()).containsPattern("MODELSLAB_API_KEY +\\*\\*\\*\\*abcd +environment MODELSLAB_API_KEY");
    }

    @Test
    void aMissingKeyFileStopsTheEditNamingTheProfile() {
        ConfigFiles.write(directory, "profile.work.provider = modelslab",
                "profile.work.api-key-file = ~/nowhere/modelslab.key");
        imgedit.with("HOME", directory.toString());

        CommandRun run = imgedit.run("edit", "-i", "photo.png", "-p", "snow", "--profile", "work");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errorLines()).singleElement().asString()
                .contains(directory.resolve("nowhere/modelslab.key").toString(), "does not exist", "profile 'work'");
    }
}
