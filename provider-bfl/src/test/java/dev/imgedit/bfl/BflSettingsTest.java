package dev.imgedit.bfl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgedit.AccountBalance;
import dev.imgedit.AspectRatio;
import dev.imgedit.Capability;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.ImageType;
import dev.imgedit.ModelInfo;
import dev.imgedit.OptionInfo;
import dev.imgedit.ProviderInfo;
import dev.imgedit.bfl.internal.settings.Settings;
import dev.imgedit.bfl.testserver.BflTestServer;
import dev.imgedit.exception.AuthenticationException;
import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.spi.JobIdOwnership;
import dev.imgedit.spi.ProviderConfig;
import java.math.BigDecimal;
import java.net.URI;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The factory's info, its settings, and the balance it reads. */
class BflSettingsTest {
    private final BflProviderFactory factory = new BflProviderFactory();

    @Test
    void theFiveModelsAreListedWithWhatEachTakes() {
        ProviderInfo info = factory.info();

        assertThat(info.id()).isEqualTo("bfl");
        assertThat(info.offline()).isFalse();
        assertThat(info.unlistedModels()).isNull();
        assertThat(info.models()).extracting(ModelInfo::id).containsExactly("flux-kontext-pro", "flux-kontext-max",
                "flux-2-pro", "flux-2-max", "flux-2-flex");
        for (ModelInfo model : info.models()) {
            assertThat(model.aspectRatios()).isEqualTo(EnumSet.allOf(AspectRatio.class));
            assertThat(model.outputFormats()).isEqualTo(EnumSet.allOf(ImageType.class));
            assertThat(model.capabilities()).containsExactlyInAnyOrder(Capability.URL_INPUT, Capability.BYTES_INPUT,
                    Capability.SEED, Capability.RESUME_IN_NEW_PROCESS);
            assertThat(model.maxInputBytes()).isEqualTo(15_000_000L);
            assertThat(model.option("webhook_url")).isPresent();
            assertThat(model.option("webhook_secret")).isPresent();
        }
        ModelInfo kontextPro = info.model("flux-kontext-pro");
        assertThat(kontextPro.maxImages()).isEqualTo(4);
        assertThat(kontextPro.maxJobsInFlight()).isEqualTo(24);
        assertThat(info.model("flux-kontext-max").maxJobsInFlight()).isEqualTo(6);
        assertThat(range(kontextPro, "safety_tolerance")).isEqualTo("0..6");
        assertThat(kontextPro.option("prompt_upsampling").map(OptionInfo::type)).contains(OptionInfo.Type.BOOLEAN);
        assertThat(kontextPro.option("guidance")).isEmpty();
        ModelInfo flux2Pro = info.model("flux-2-pro");
        assertThat(flux2Pro.maxImages()).isEqualTo(8);
        assertThat(range(flux2Pro, "safety_tolerance")).isEqualTo("0..5");
        assertThat(flux2Pro.option("guidance")).isEmpty();
        assertThat(flux2Pro.option("prompt_upsampling")).isEmpty();
        ModelInfo flex = info.model("flux-2-flex");
        assertThat(range(flex, "guidance")).isEqualTo("1.5..10");
        assertThat(range(flex, "steps")).isEqualTo("1..50");
        assertThat(flex.option("prompt_upsampling")).isPresent();
    }

    @Test
    void theKeyIsTheOneSecretAndConfiguresTheProvider() {
        assertThat(factory.secretNames()).containsExactly("BFL_API_KEY");
        assertThat(factory.isConfigured(ProviderConfig.of(Map.of("BFL_API_KEY", "k")))).isTrue();
        assertThat(factory.isConfigured(ProviderConfig.of(Map.of("BFL_API_KEY", " ")))).isFalse();
        assertThatThrownBy(() -> factory.create(ProviderConfig.empty())).isInstanceOf(AuthenticationException.class)
                .hasMessage("no Black Forest Labs API key: set BFL_API_KEY");
    }

    @Test
    void theRegionChoosesTheHostAndTheDefaultIsGlobal() {
        assertThat(settings(Map.of()).baseUrl()).isEqualTo(URI.create("https://api.bfl.ai"));
        assertThat(settings(Map.of("BFL_REGION", "eu")).baseUrl()).isEqualTo(URI.create("https://api.eu.bfl.ai"));
        assertThat(settings(Map.of("BFL_REGION", "US")).baseUrl()).isEqualTo(URI.create("https://api.us.bfl.ai"));
        assertThat(settings(Map.of("BFL_BASE_URL", "https://bfl.internal.example/")).baseUrl())
                .isEqualTo(URI.create("https://bfl.internal.example"));
    }

    @Test
    void doctorAsksTheConfiguredHostWithoutAKeyAndForeignJobIdsAreToldApart() {
        assertThat(factory.reachabilityCheck(ProviderConfig.empty()).url()).isEqualTo(URI.create("https://api.bfl.ai"));
        assertThat(factory.reachabilityCheck(ProviderConfig.of(Map.of("BFL_REGION", "us"))).url())
                .isEqualTo(URI.create("https://api.us.bfl.ai"));
        assertThat(factory.jobIdOwnership("3f1c9a8e-5b7d-4c2e-9f0a-1b2c3d4e5f60")).isEqualTo(JobIdOwnership.UNKNOWN);
        assertThat(factory.jobIdOwnership("../v1/credits")).isEqualTo(JobIdOwnership.FOREIGN);
        assertThat(factory.jobIdOwnership("two words")).isEqualTo(JobIdOwnership.FOREIGN);
    }

    @Test
    void malformedSettingsAreRefusedNamingTheSetting() {
        assertThatThrownBy(() -> settings(Map.of("BFL_REGION", "asia"))).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("BFL_REGION 'asia'").hasMessageContaining("global, eu or us");
        assertThatThrownBy(() -> settings(Map.of("BFL_REGION", "eu", "BFL_BASE_URL", "https://api.eu.bfl.ai")))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("not both");
        assertThatThrownBy(() -> settings(Map.of("BFL_BASE_URL", "http://api.bfl.ai")))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("unencrypted");
        assertThatThrownBy(() -> settings(Map.of("BFL_BASE_URL", "https://api.bfl.ai?x=1")))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("no query");
        assertThatThrownBy(() -> settings(Map.of("BFL_MAX_RETRIES", "11"))).hasMessageContaining("BFL_MAX_RETRIES");
        assertThatThrownBy(() -> settings(Map.of("BFL_HTTP_LOG", "loud"))).hasMessageContaining("BFL_HTTP_LOG");
        assertThatThrownBy(() -> settings(Map.of("BFL_POLL_MIN_INTERVAL", "10s", "BFL_POLL_MAX_INTERVAL", "1s")))
                .hasMessageContaining("(10 s) is longer than").hasMessageContaining("(1 s)");
    }

    @Test
    void aKeyAHeaderCannotCarryIsRefusedWithoutBeingQuoted() {
        assertThatThrownBy(() -> factory.create(ProviderConfig.of(Map.of("BFL_API_KEY", "abc\r\nx-evil: 1"))))
                .isInstanceOf(AuthenticationException.class).hasMessageContaining("copy the key again")
                .message().doesNotContain("abc", "evil");
    }

    @Test
    void theSettingsNeverShowTheKey() {
        Settings settings = settings(Map.of("BFL_API_KEY", "bfl-secret-123"));

        assertThat(settings.toString()).contains("apiKey=****").doesNotContain("bfl-secret-123");
    }

    @Test
    void theBalanceIsReadFromCredits() {
        try (BflTestServer server = BflTestServer.start()) {
            server.credits(new BigDecimal("1234.5"));
            AccountBalance credits = balance(TestProviders.settings(server));

            assertThat(credits.amount()).isEqualByComparingTo("1234.5");
            assertThat(credits.unit()).isEqualTo("credits");
            assertThat(credits.dollars()).isEqualByComparingTo("12.34");
            assertThat(credits).hasToString("1234.5 credits ($12.34)");
            assertThat(server.requests()).singleElement().satisfies(request -> {
                assertThat(request.path()).isEqualTo("/v1/credits");
                assertThat(request.header(BflTestServer.KEY_HEADER)).isEqualTo(server.apiKey());
            });

            Map<String, String> wrong = TestProviders.settings(server);
            wrong.put("BFL_API_KEY", "wrong-key-1");
            assertThatThrownBy(() -> balance(wrong))
                    .isInstanceOf(AuthenticationException.class).hasMessageContaining("HTTP 403");
        }
    }

    private AccountBalance balance(Map<String, String> settings) {
        try (ImageEditProvider provider = factory.create(ProviderConfig.of(settings))) {
            return provider.balance().orElseThrow();
        }
    }

    private static Settings settings(Map<String, String> values) {
        Map<String, String> withKey = new java.util.HashMap<>(values);
        withKey.putIfAbsent("BFL_API_KEY", "k-1");
        return Settings.fromConfig(ProviderConfig.of(withKey));
    }

    private static String range(ModelInfo model, String option) {
        OptionInfo info = model.option(option).orElseThrow();
        return info.minimum().stripTrailingZeros().toPlainString() + ".."
                + info.maximum().stripTrailingZeros().toPlainString();
    }
}
