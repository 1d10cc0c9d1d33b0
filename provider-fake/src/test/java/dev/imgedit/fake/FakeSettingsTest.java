package dev.imgedit.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgedit.exception.ErrorKind;
import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.spi.ProviderConfig;
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
        assertThat(settings.finishesAtSubmit()).isTrue();
        assertThat(settings.failureOption()).isEmpty();
    }

    @Test
    void everySettingIsRead() {
        FakeSettings settings = FakeSettings.fromConfig(ProviderConfig.of(Map.of(
                FakeSettings.LATENCY, "250ms",
                FakeSettings.QUEUE_CHECKS, " 3 ",
                FakeSettings.QUEUE_TIME, "PT2S",
                FakeSettings.NEVER_FINISH, "TRUE",
                FakeSettings.FAIL, "rate-limited")));

        assertThat(settings).isEqualTo(new FakeSettings(
                Duration.ofMillis(250), 3, Duration.ofSeconds(2), true, ErrorKind.RATE_LIMITED));
        assertThat(settings.finishesAtSubmit()).isFalse();
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
        "IMGEDIT_FAKE_FAIL, TIMED_OUT"
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
