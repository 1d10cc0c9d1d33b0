package dev.imgedit.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgedit.exception.ErrorKind;
import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.spi.ProviderConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FakeSettingsTest {

    @Test
    void noSettingsMeansAnAnswerAtOnceAndNoFailure() {
        FakeSettings settings = FakeSettings.fromConfig(ProviderConfig.empty());
        assertThat(settings).isEqualTo(FakeSettings.defaults());
        assertThat(settings.failure()).isNull();
        assertThat(settings.script()).isNull();
    }

    @Test
    void everySettingIsRead() {
        FakeSettings settings = FakeSettings.fromConfig(ProviderConfig.of(Map.of(
                FakeSettings.LATENCY, "250ms",
                FakeSettings.QUEUE_CHECKS, " 3 ",
                FakeSettings.QUEUE_TIME, "PT2S",
                FakeSettings.NEVER_FINISH, "TRUE",
                FakeSettings.FAIL, "rate-limited",
                FakeSettings.JOB_DIRECTORY, "/var/tmp/../tmp/jobs")));

        assertThat(settings).isEqualTo(new FakeSettings(
                Duration.ofMillis(250), 3, Duration.ofSeconds(2), true, ErrorKind.RATE_LIMITED,
                Path.of("/var/tmp/jobs"), null));
    }

    @Test
    void jobsAreKeptInAPrivateDirectoryOfTheTemporaryDirectoryByDefault() {
        Path expected = Path.of(System.getProperty("java.io.tmpdir"),
                "imgedit-fake-jobs-" + System.getProperty("user.name").replaceAll("[^A-Za-z0-9._-]", "_"))
                .toAbsolutePath().normalize();

        assertThat(FakeSettings.defaultJobDirectory().toAbsolutePath().normalize()).isEqualTo(expected);
        assertThat(FakeSettings.defaults().jobDirectory()).isEqualTo(expected);
        assertThat(FakeSettings.fromConfig(ProviderConfig.empty()).jobDirectory()).isEqualTo(expected);
        assertThat(new FakeSettings(Duration.ZERO, 0, Duration.ZERO, false, null).jobDirectory()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "MEMORY", " Memory "})
    void memoryKeepsJobsInMemory(String memory) {
        FakeSettings settings = FakeSettings.fromConfig(ProviderConfig.of(Map.of(FakeSettings.JOB_DIRECTORY, memory)));
        assertThat(settings.jobDirectory()).isNull();
        assertThat(FakeSettings.builder().jobsInMemory().build()).isEqualTo(settings);
    }

    @Test
    void aRelativeJobDirectoryIsMadeAbsoluteAndDotSlashMemoryIsADirectory() {
        FakeSettings settings = FakeSettings.fromConfig(ProviderConfig.of(Map.of(FakeSettings.JOB_DIRECTORY,
                "./memory")));
        assertThat(settings.jobDirectory()).isEqualTo(Path.of("memory").toAbsolutePath());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0s", "0ms", "PT0S"})
    void aZeroDelayIsAllowed(String zero) {
        FakeSettings settings = FakeSettings.fromConfig(ProviderConfig.of(Map.of(
                FakeSettings.LATENCY, zero, FakeSettings.QUEUE_TIME, zero)));
        assertThat(settings.latency()).isZero();
        assertThat(settings.queueTime()).isZero();
    }

    @Test
    void noneSwitchesFailuresOff() {
        FakeSettings settings = FakeSettings.fromConfig(ProviderConfig.of(Map.of(FakeSettings.FAIL, "none")));
        assertThat(settings.failure()).isNull();
    }

    @ParameterizedTest
    @CsvSource({
        "IMGEDIT_FAKE_LATENCY, soon",
        "IMGEDIT_FAKE_LATENCY, -5s",
        "IMGEDIT_FAKE_QUEUE_CHECKS, many",
        "IMGEDIT_FAKE_QUEUE_CHECKS, -1",
        "IMGEDIT_FAKE_QUEUE_TIME, 3 fortnights",
        "IMGEDIT_FAKE_NEVER_FINISH, maybe",
        "IMGEDIT_FAKE_FAIL, EXPLODE",
        "IMGEDIT_FAKE_FAIL, TIMED_OUT",
        "IMGEDIT_FAKE_JOB_DIRECTORY, jobs\u0000here"
    })
    void aMalformedValueIsAnInvalidRequestNamingTheSetting(String name, String value) {
        ProviderConfig config = ProviderConfig.of(Map.of(name, value));
        assertThatThrownBy(() -> FakeSettings.fromConfig(config))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining(name);
        assertThatThrownBy(() -> new FakeProviderFactory().create(config))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining(name);
    }

    @Test
    void theBuilderStartsFromTheDefaultsAndRoundTrips() {
        FakeSettings settings = FakeSettings.builder().queueChecks(2).failure(ErrorKind.JOB_FAILED).build();
        assertThat(settings.latency()).isZero();
        assertThat(settings.toBuilder().build()).isEqualTo(settings);
        FakeSettings inMemory = settings.toBuilder().jobsInMemory().build();
        assertThat(inMemory.toBuilder().build()).isEqualTo(inMemory);
    }

    @Test
    void codeCannotBuildNonsense() {
        assertThatThrownBy(() -> FakeSettings.builder().queueChecks(-1).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FakeSettings.builder().latency(Duration.ofMillis(-1)).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FakeSettings.builder().failure(ErrorKind.PROVIDER_NOT_FOUND).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RATE_LIMITED");
    }
}
