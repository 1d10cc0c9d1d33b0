package dev.imgedit.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgedit.EditRequest;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.exception.RateLimitedException;
import dev.imgedit.spi.ProviderConfig;
import dev.imgedit.testkit.TestImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code IMGEDIT_FAKE_SCRIPT}, the CLI's way to a script: each fake opened with the setting (as each command of a
 * shell script opens one) takes the next outcome, the progress being kept where the jobs are.
 */
class ScriptFileTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @TempDir
    Path directory;

    private Path script(String text) throws IOException {
        return Files.writeString(directory.resolve("outcomes.txt"), text);
    }

    /** A fake as a new command opens it: a new factory, with the settings from its environment. */
    private ImageEditProvider command(Path script, String jobDirectory) {
        return new FakeProviderFactory().create(ProviderConfig.of(Map.of(FakeSettings.SCRIPT, script.toString(),
                FakeSettings.JOB_DIRECTORY, jobDirectory)));
    }

    private static EditRequest request() {
        return EditRequest.builder(Pictures.input(TestImages.scene(64, 48)), "make it snow").build();
    }

    @Test
    void consecutiveCommandsTakeTheOutcomesInTurnAndTheNextFindsNoneLeft() throws IOException {
        Path script = script("rate-limited retry-after=1s\nsucceeds after-checks=1\n");
        String jobs = directory.resolve("jobs").toString();

        try (ImageEditProvider first = command(script, jobs)) {
            assertThatThrownBy(() -> first.submit(request())).isInstanceOf(RateLimitedException.class)
                    .hasMessageContaining("(imitated: outcome 1 of script file '" + script + "')");
        }
        try (ImageEditProvider second = command(script, jobs)) {
            assertThat(second.edit(request(), TIMEOUT, dev.imgedit.EditListener.NONE).images()).hasSize(1);
        }
        try (ImageEditProvider third = command(script, jobs)) {
            assertThatThrownBy(() -> third.submit(request())).isInstanceOf(InvalidRequestException.class)
                    .hasMessage("script file '" + script + "' has no outcome left for a submit of 'make it snow': "
                            + "all 2 were used; add outcomes to the script");
        }
        FakeScript progress = FakeScript.progressOf(FakeSettings.fromConfig(ProviderConfig.of(Map.of(
                FakeSettings.SCRIPT, script.toString(), FakeSettings.JOB_DIRECTORY, jobs))));
        assertThat(progress.unused()).isEmpty();
        assertThatThrownBy(progress::verify).isInstanceOf(AssertionError.class)
                .hasMessageContaining("has no outcome left for a submit of 'make it snow'");
    }

    @Test
    void editingOrTouchingTheScriptStartsItOver() throws IOException {
        Path script = script("succeeds\n");
        String jobs = directory.resolve("jobs").toString();
        try (ImageEditProvider first = command(script, jobs)) {
            first.submit(request());
        }
        Files.setLastModifiedTime(script, FileTime.from(Instant.now().plusSeconds(5)));

        try (ImageEditProvider again = command(script, jobs)) {
            assertThat(again.submit(request()).id()).isNotBlank();
        }
    }

    @Test
    void anotherJobDirectoryFollowsTheScriptFromTheStart() throws IOException {
        Path script = script("succeeds\n");
        try (ImageEditProvider first = command(script, directory.resolve("a").toString());
                ImageEditProvider second = command(script, directory.resolve("b").toString())) {
            first.submit(request());
            assertThat(second.submit(request()).id()).isNotBlank();
        }
    }

    @Test
    void inMemoryTheProgressIsThisJvmsAndOutcomesLeftAreSaid() throws IOException {
        Path script = script("succeeds\njob-fails\n");
        try (ImageEditProvider first = command(script, FakeSettings.MEMORY)) {
            first.submit(request());
        }
        FakeSettings settings = FakeSettings.builder().jobsInMemory().script(script).build();
        assertThat(FakeScript.progressOf(settings).unused()).containsExactly(Outcome.jobFails());
        assertThatThrownBy(() -> FakeScript.progressOf(settings).verify()).isInstanceOf(AssertionError.class)
                .hasMessageEndingWith("has outcomes no submit used: #2 job-fails");
    }

    @Test
    void aScriptThatCannotBeReadFailsTheOpeningNamingTheSetting() throws IOException {
        Path missing = directory.resolve("nowhere.txt");
        assertThatThrownBy(() -> command(missing, FakeSettings.MEMORY))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("IMGEDIT_FAKE_SCRIPT: script file '" + missing + "' does not exist: check the path");
        Path wrong = script("succeeds\nexplode\n");
        assertThatThrownBy(() -> command(wrong, FakeSettings.MEMORY))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith("IMGEDIT_FAKE_SCRIPT: script file '" + wrong + "', line 2: 'explode' is not "
                        + "an outcome");
    }

    @Test
    void aScriptExcludesTheSettingsItReplaces() throws IOException {
        Path script = script("succeeds\n");
        ProviderConfig both = ProviderConfig.of(Map.of(FakeSettings.SCRIPT, script.toString(),
                FakeSettings.FAIL, "RATE_LIMITED", FakeSettings.QUEUE_CHECKS, "2"));

        assertThatThrownBy(() -> FakeSettings.fromConfig(both)).isInstanceOf(InvalidRequestException.class)
                .hasMessage("IMGEDIT_FAKE_SCRIPT says how each job queues and fails, so IMGEDIT_FAKE_QUEUE_CHECKS and "
                        + "IMGEDIT_FAKE_FAIL cannot be set with it: unset them, or write them into the script");
        assertThatThrownBy(() -> FakeSettings.builder().script(script).neverFinish(true).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("IMGEDIT_FAKE_NEVER_FINISH");
        assertThat(FakeSettings.fromConfig(ProviderConfig.of(Map.of(FakeSettings.SCRIPT, "outcomes.txt"))).script())
                .isEqualTo(Path.of("outcomes.txt").toAbsolutePath());
    }
}
