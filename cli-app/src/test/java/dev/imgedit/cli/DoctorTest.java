package dev.imgedit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgedit.modelslab.testserver.ModelsLabTestServer;
import dev.imgedit.testkit.http.BlockedPort;
import org.junit.jupiter.api.Test;

/** {@code imgedit doctor}: one line per check, a verdict, exit 0 or 1, and no key ever printed. */
class DoctorTest extends PhotoDirectoryFixture {
    private static final String KEY = "sk-Doctor+Key/0123456789=wxyz";

    @Test
    void anOfflineSetupPassesWithOneLinePerCheck() {
        CommandRun run = imgedit.run("doctor");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines()).anyMatch(line -> line.startsWith("ok    java: " + System.getProperty("java.version")))
                .contains("ok    providers: installed: bfl, fake, modelslab",
                        "ok    edits use: provider fake (IMGEDIT_PROVIDER is set)",
                        "ok    provider fake: configured (offline: needs no key)",
                        "skip  provider fake: works offline: nothing to reach",
                        "skip  journal: no journal yet: edits and batches record their jobs in " + imgedit.journal(),
                        "verdict: all good")
                .anyMatch(line -> line.startsWith("note  provider modelslab: installed, not configured: set "
                        + "MODELSLAB_API_KEY"))
                .anyMatch(line -> line.startsWith("ok    output folder: " + directory + " "));
    }

    @Test
    void theJournalIsReadAndAJobPaidForButNotCollectedIsNoted() {
        imgedit.with("IMGEDIT_FAKE_NEVER_FINISH", "true").run("edit", "-i", "photo.png", "-p", "snow", "--timeout",
                "1s");

        CommandRun run = imgedit.run("doctor");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines()).contains("ok    journal: " + imgedit.journal() + ": 1 job, 0 batches",
                "note  journal: 1 job was paid for and not collected: see 'imgedit jobs --state SUBMITTED'");
        assertThat(imgedit.without("XDG_STATE_HOME").run("doctor").outLines())
                .as("no state folder named: nothing to read, and a note that edits go unjournaled")
                .anyMatch(line -> line.startsWith("note  journal: neither XDG_STATE_HOME nor HOME is set"));
    }

    @Test
    void aConfiguredOnlineProviderIsReachedWithItsKeyMasked() {
        try (ModelsLabTestServer server = ModelsLabTestServer.start(KEY)) {
            CommandRun run = imgedit.withModelsLab(server).run("doctor");

            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(run.out()).contains("ok    edits use: provider modelslab (MODELSLAB_API_KEY is set)",
                    "ok    provider modelslab: configured; key ****wxyz from environment MODELSLAB_API_KEY",
                    "ok    provider modelslab: " + server.baseUrl() + " answered (HTTP ")
                    .doesNotContain(KEY);
            assertThat(server.submits()).as("doctor submits nothing").isEmpty();
        }
    }

    @Test
    void anUnreachableServiceFailsTheVerdictAndOfflineSkipsIt() {
        String refusing = BlockedPort.refusingUrl().toString();
        imgedit.without("IMGEDIT_PROVIDER").with("MODELSLAB_API_KEY", KEY).with("MODELSLAB_BASE_URL", refusing);

        CommandRun online = imgedit.run("doctor");
        CommandRun offline = imgedit.run("doctor", "--offline");

        assertThat(online.exitCode()).isEqualTo(1);
        assertThat(online.out()).contains("fail  provider modelslab: cannot connect to " + refusing,
                "verdict: 1 problem to fix");
        assertThat(offline.exitCode()).as(offline.toString()).isZero();
        assertThat(offline.out()).contains("skip  provider modelslab: not asking " + refusing + " (--offline)");
        assertThat(online.out() + online.err() + offline.out()).doesNotContain(KEY);
    }

    @Test
    void aProviderEditsWouldUseButCannotFailsWithTheFix() {
        CommandRun run = imgedit.with("IMGEDIT_PROVIDER", "modelslab").run("doctor", "--offline");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("fail  provider modelslab: edits would use it, but it is not configured: "
                + "set MODELSLAB_API_KEY");
    }

    @Test
    void anOutputFolderThatDoesNotExistFails() {
        CommandRun run = imgedit.with("IMGEDIT_OUTPUT_DIR", directory.resolve("missing").toString())
                .run("doctor", "--offline");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("fail  output folder: " + directory.resolve("missing")
                + " (output-dir, from environment IMGEDIT_OUTPUT_DIR) does not exist");
    }
}
