package dev.imgedit.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgedit.exception.AuthenticationException;
import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.util.Durations;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProviderConfigTest {
    @Test
    void parsesDurationsInTheFormsPeopleWrite() {
        assertThat(Durations.parse("timeout", "90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(Durations.parse("timeout", "5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(Durations.parse("timeout", "1h")).isEqualTo(Duration.ofHours(1));
        assertThat(Durations.parse("timeout", "250ms")).isEqualTo(Duration.ofMillis(250));
        assertThat(Durations.parse("timeout", "30")).isEqualTo(Duration.ofSeconds(30));
        assertThat(Durations.parse("timeout", "PT2M")).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void anUnparseableOrNonPositiveDurationNamesTheSetting() {
        assertThatThrownBy(() -> Durations.parse("--timeout", "soon"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("--timeout")
                .hasMessageContaining("90s");
        assertThatThrownBy(() -> Durations.parse("--timeout", "0s"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("positive");
    }

    @Test
    void blankValuesCountAsUnset() {
        ProviderConfig config = ProviderConfig.of(Map.of("A", "  ", "B", " value "));
        assertThat(config.get("A")).isEmpty();
        assertThat(config.get("B")).contains("value");
    }

    @Test
    void urlsMustBeAbsoluteHttp() {
        ProviderConfig config = ProviderConfig.of(Map.of("GOOD", "http://127.0.0.1:8080", "BAD", "ftp://x"));
        assertThat(config.uri("GOOD")).isPresent();
        assertThatThrownBy(() -> config.uri("BAD")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("BAD");
    }

    @Test
    void neitherConfigNorSecretPrintsAValue() {
        ProviderConfig config = ProviderConfig.of(Map.of("MODELSLAB_API_KEY", "sk-very-secret"));
        assertThat(config.toString()).doesNotContain("sk-very-secret");
        assertThat(config.secret("MODELSLAB_API_KEY").orElseThrow().toString()).doesNotContain("sk-very-secret");
        assertThat(config.secret("MODELSLAB_API_KEY").orElseThrow().reveal()).isEqualTo("sk-very-secret");
    }

    @Test
    void explicitValuesWinOverTheEnvironment() {
        ProviderConfig config = ProviderConfig.fromEnvironment(Map.of("PATH", "overridden"));
        assertThat(config.get("PATH")).contains("overridden");
    }

    @Test
    void aRequiredKeyThatIsMissingOrBlankIsRefusedSayingWhich() {
        assertThat(ProviderConfig.of(Map.of("ACME_KEY", " k1 ")).requireSecret("ACME_KEY", "Acme key").reveal())
                .isEqualTo("k1");
        assertThatThrownBy(() -> ProviderConfig.of(Map.of()).requireSecret("ACME_KEY", "Acme key"))
                .isInstanceOf(AuthenticationException.class).hasMessage("no Acme key: set ACME_KEY");
        assertThatThrownBy(() -> ProviderConfig.of(Map.of("ACME_KEY", "  ")).requireSecret("ACME_KEY", "Acme key"))
                .isInstanceOf(AuthenticationException.class).hasMessageContaining("Acme key is blank");
    }
}
