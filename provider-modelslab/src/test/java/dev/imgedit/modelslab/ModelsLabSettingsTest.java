package dev.imgedit.modelslab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgedit.AspectRatio;
import dev.imgedit.Capability;
import dev.imgedit.ImageType;
import dev.imgedit.ModelInfo;
import dev.imgedit.ProviderInfo;
import dev.imgedit.discovery.ImageEditProviders;
import dev.imgedit.exception.AuthenticationException;
import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.spi.ProviderConfig;
import dev.imgedit.spi.Secret;
import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModelsLabSettingsTest {
    private static final String KEY = "sk-settings-test-key";

    @Test
    void onlyTheKeyIsRequiredAndEverythingElseHasADefault() {
        ModelsLabSettings settings = ModelsLabSettings.fromConfig(ProviderConfig.of(
                Map.of(ModelsLabSettings.API_KEY, KEY)));

        assertThat(settings.apiKey().reveal()).isEqualTo(KEY);
        assertThat(settings.baseUrl()).isEqualTo(URI.create("https://modelslab.com"));
        assertThat(settings.modelId()).isEqualTo("flux-kontext-pro");
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(settings.pollMinInterval()).isEqualTo(Duration.ofMillis(500));
        assertThat(settings.pollMaxInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.maxDownloadBytes()).isEqualTo(50L * 1024 * 1024);
        assertThat(settings.maxRetries()).isEqualTo(2);
        assertThat(settings.maxRetryWait()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.httpLog()).isEqualTo(ModelsLabSettings.HttpLog.NONE);
    }

    @Test
    void everySettingIsReadByItsName() {
        ModelsLabSettings settings = ModelsLabSettings.fromConfig(ProviderConfig.of(Map.ofEntries(
                Map.entry(ModelsLabSettings.API_KEY, KEY),
                Map.entry(ModelsLabSettings.BASE_URL, "https://eu.modelslab.example/"),
                Map.entry(ModelsLabSettings.MODEL_ID, "flux-kontext-max"),
                Map.entry(ModelsLabSettings.CONNECT_TIMEOUT, "3s"),
                Map.entry(ModelsLabSettings.READ_TIMEOUT, "2m"),
                Map.entry(ModelsLabSettings.POLL_MIN_INTERVAL, "250ms"),
                Map.entry(ModelsLabSettings.POLL_MAX_INTERVAL, "5s"),
                Map.entry(ModelsLabSettings.MAX_DOWNLOAD_BYTES, "20MB"),
                Map.entry(ModelsLabSettings.MAX_RETRIES, "0"),
                Map.entry(ModelsLabSettings.MAX_RETRY_WAIT, "15s"),
                Map.entry(ModelsLabSettings.HTTP_LOG, "headers"))));

        assertThat(settings.baseUrl()).isEqualTo(URI.create("https://eu.modelslab.example"));
        assertThat(settings.modelId()).isEqualTo("flux-kontext-max");
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(settings.readTimeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.pollMinInterval()).isEqualTo(Duration.ofMillis(250));
        assertThat(settings.pollMaxInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.maxDownloadBytes()).isEqualTo(20L * 1024 * 1024);
        assertThat(settings.maxRetries()).isZero();
        assertThat(settings.maxRetryWait()).isEqualTo(Duration.ofSeconds(15));
        assertThat(settings.httpLog()).isEqualTo(ModelsLabSettings.HttpLog.HEADERS);
    }

    @Test
    void aMissingKeySaysHowToSetIt() {
        assertThatThrownBy(() -> new ModelsLabProviderFactory().create(ProviderConfig.empty()))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("MODELSLAB_API_KEY")
                .message().doesNotContain("--");
    }

    @Test
    void theKeyNeverShowsInToString() {
        ModelsLabSettings settings = ModelsLabSettings.defaults(Secret.of(KEY));

        assertThat(settings.toString()).doesNotContain(KEY).contains("apiKey=****");
    }

    @Test
    void plainHttpIsRefusedForAnyHostButThisMachine() {
        assertThatThrownBy(() -> ModelsLabSettings.fromConfig(ProviderConfig.of(Map.of(
                ModelsLabSettings.API_KEY, KEY, ModelsLabSettings.BASE_URL, "http://modelslab.com"))))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("MODELSLAB_BASE_URL")
                .hasMessageContaining("https");
        assertThat(ModelsLabSettings.fromConfig(ProviderConfig.of(Map.of(ModelsLabSettings.API_KEY, KEY,
                ModelsLabSettings.BASE_URL, "http://localhost:8089"))).baseUrl().getPort()).isEqualTo(8089);
    }

    @Test
    void malformedSettingsAreNamed() {
        for (Map.Entry<String, String> bad : java.util.List.of(
                Map.entry(ModelsLabSettings.READ_TIMEOUT, "soon"),
                Map.entry(ModelsLabSettings.MAX_RETRIES, "many"),
                Map.entry(ModelsLabSettings.MAX_RETRIES, "99"),
                Map.entry(ModelsLabSettings.MAX_DOWNLOAD_BYTES, "big"),
                Map.entry(ModelsLabSettings.HTTP_LOG, "verbose"),
                Map.entry(ModelsLabSettings.BASE_URL, "modelslab.com"))) {
            assertThatThrownBy(() -> ModelsLabSettings.fromConfig(ProviderConfig.of(Map.of(
                    ModelsLabSettings.API_KEY, KEY, bad.getKey(), bad.getValue()))))
                    .isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining(bad.getKey());
        }
        assertThatThrownBy(() -> ModelsLabSettings.fromConfig(ProviderConfig.of(Map.of(
                ModelsLabSettings.API_KEY, KEY, ModelsLabSettings.POLL_MIN_INTERVAL, "20s"))))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining(ModelsLabSettings.POLL_MAX_INTERVAL)
                .hasMessageContaining("(20 s) is longer than").hasMessageNotContaining("PT");
    }

    @Test
    void theReachabilityCheckAsksTheBaseUrlWithoutNeedingAKey() {
        ModelsLabProviderFactory factory = new ModelsLabProviderFactory();

        assertThat(factory.reachabilityCheck(ProviderConfig.empty()).url())
                .isEqualTo(URI.create("https://modelslab.com"));
        assertThat(factory.reachabilityCheck(ProviderConfig.of(Map.of(ModelsLabSettings.BASE_URL,
                "http://127.0.0.1:8089"))).url()).isEqualTo(URI.create("http://127.0.0.1:8089"));
        assertThatThrownBy(() -> factory.reachabilityCheck(ProviderConfig.of(Map.of(ModelsLabSettings.BASE_URL,
                "not a url")))).isInstanceOf(InvalidRequestException.class).hasMessageContaining(ModelsLabSettings.BASE_URL);
    }

    @Test
    void theFactoryIsFoundByServiceLoaderAndDescribesTheProviderWithoutAKey() {
        ModelsLabProviderFactory factory = (ModelsLabProviderFactory) ImageEditProviders.discover()
                .find("modelslab").orElseThrow();
        ProviderInfo info = factory.info();

        assertThat(info.id()).isEqualTo("modelslab");
        assertThat(info.offline()).isFalse();
        ModelInfo model = info.defaultModel();
        assertThat(model.id()).isEqualTo("flux-kontext-pro");
        assertThat(model.aspectRatios()).isEqualTo(EnumSet.allOf(AspectRatio.class));
        assertThat(model.inputTypes()).isEqualTo(EnumSet.of(ImageType.PNG, ImageType.JPEG, ImageType.WEBP));
        assertThat(model.maxInputBytes()).isEqualTo(3_700_000L);
        assertThat(model.maxJobsInFlight()).isEqualTo(5);
        assertThat(model.capabilities()).isEqualTo(EnumSet.of(Capability.URL_INPUT, Capability.BYTES_INPUT,
                Capability.RESUME_IN_NEW_PROCESS));
        assertThat(factory.secretNames()).isEqualTo(Set.of("MODELSLAB_API_KEY"));
        assertThat(factory.isConfigured(ProviderConfig.empty())).isFalse();
        assertThat(factory.isConfigured(ProviderConfig.of(Map.of("MODELSLAB_API_KEY", KEY)))).isTrue();
    }

    @Test
    void theBuilderStartsFromTheDefaultsAndRoundTrips() {
        Secret key = Secret.of(KEY);
        ModelsLabSettings built = ModelsLabSettings.builder(key).modelId("nano-banana").maxRetries(0)
                .readTimeout(Duration.ofSeconds(30)).build();

        assertThat(ModelsLabSettings.builder(key).build()).isEqualTo(ModelsLabSettings.defaults(key))
                .isEqualTo(ModelsLabSettings.fromConfig(ProviderConfig.of(Map.of(ModelsLabSettings.API_KEY, KEY))));
        assertThat(built.toBuilder().build()).isEqualTo(built);
        assertThat(built.pollMaxInterval()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void settingsBuiltInCodeAreHeldToTheSameRulesNamingTheSetting() {
        Secret key = Secret.of(KEY);
        assertThatThrownBy(() -> ModelsLabSettings.builder(key).maxRetries(11).build())
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining(ModelsLabSettings.MAX_RETRIES);
        assertThatThrownBy(() -> ModelsLabSettings.builder(key).baseUrl(URI.create("http://modelslab.com")).build())
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("https");
        assertThatThrownBy(() -> ModelsLabSettings.builder(key).modelId("flux kontext").build())
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining(ModelsLabSettings.MODEL_ID);
        assertThatThrownBy(() -> ModelsLabSettings.builder(key).readTimeout(Duration.ZERO).build())
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining(ModelsLabSettings.READ_TIMEOUT);
    }

    @Test
    void theFactoryListsTheV7ModelsFluxKontextProFirstAndSendsOtherIdsAsGiven() {
        ProviderInfo info = new ModelsLabProviderFactory().info();

        assertThat(info.models()).extracting(ModelInfo::id).containsExactly("flux-kontext-pro", "flux-2-pro",
                "seededit-i2i", "seedream-4.0-i2i", "seedream-4.5-i2i", "nano-banana", "nano-banana-pro",
                "gen4_image_turbo", "gpt-image-2-i2i");
        assertThat(info.models()).allSatisfy(model -> {
            assertThat(model.supports(Capability.SEED)).as("seed of %s", model.id()).isFalse();
            assertThat(model.outputFormats()).as("output formats of %s", model.id()).isEmpty();
            assertThat(model.maxInputBytes()).isEqualTo(3_700_000L);
            assertThat(model.passesOtherOptions()).isTrue();
        });
        assertThat(info.model("flux-2-pro").maxImages()).isEqualTo(10);
        assertThat(info.model("nano-banana").maxImages()).isEqualTo(2);
        assertThat(info.model("gpt-image-2-i2i").maxImages()).isEqualTo(14);
        assertThat(info.model("gpt-image-2-i2i").aspectRatios())
                .containsExactlyInAnyOrder(AspectRatio.R1_1, AspectRatio.R3_2, AspectRatio.R2_3);
        assertThat(info.model("gpt-image-2-i2i").option("size")).hasValueSatisfying(size -> assertThat(
                size.choices()).contains("square", "2K landscape", "4K portrait"));
        assertThat(info.model("seedream-4.5-i2i").aspectRatios()).doesNotContain(AspectRatio.R3_4);
        assertThat(info.model("seedream-4.0-i2i").inputTypes()).doesNotContain(ImageType.WEBP);
        assertThat(info.model("flux-2-pro").aspectRatios()).isEmpty();
        ModelInfo unlisted = info.model("flux-kontext-max");
        assertThat(unlisted.id()).isEqualTo("flux-kontext-max");
        assertThat(unlisted.maxImages()).isOne();
        assertThat(unlisted.aspectRatios()).isEqualTo(EnumSet.allOf(AspectRatio.class));
    }

    @Test
    void theInputLimitLeavesTheUploadUnderFiveMillionCharacters() {
        long limit = new ModelsLabProviderFactory().info().defaultModel().maxInputBytes();
        long dataUri = "data:image/jpeg;base64,".length() + (limit + 2) / 3 * 4;

        assertThat(dataUri + 200).isLessThanOrEqualTo(5_000_000L);
    }
}
