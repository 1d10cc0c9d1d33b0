package dev.imgedit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgedit.exception.ProviderNotFoundException;
import dev.imgedit.spi.ProviderConfig;
import dev.imgedit.testkit.StubProviderFactory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImageEditProvidersTest {

    private final ImageEditProviders both = ImageEditProviders.of(List.of(
            new StubProviderFactory("online", false, "ONLINE_API_KEY"), new StubProviderFactory("fake", true, "")));

    @Test
    void theOfflineProviderIsChosenWhenNoKeyIsSetAndTheReasonSaysHowToGoOnline() {
        ProviderChoice choice = both.choose(null, ProviderConfig.empty());
        assertThat(choice.factory().id()).isEqualTo("fake");
        assertThat(choice.reason()).contains("ONLINE_API_KEY");
    }

    @Test
    void aConfiguredOnlineProviderWinsOverTheOfflineOne() {
        ProviderChoice choice = both.choose(null, ProviderConfig.of(Map.of("ONLINE_API_KEY", "k")));
        assertThat(choice.factory().id()).isEqualTo("online");
        assertThat(choice.reason()).contains("ONLINE_API_KEY is set").doesNotContain("k)");
    }

    @Test
    void theSettingWinsOverTheKeyAndTheRequestWinsOverTheSetting() {
        ProviderConfig config = ProviderConfig.of(Map.of("ONLINE_API_KEY", "k", "IMGEDIT_PROVIDER", "fake"));
        assertThat(both.choose(null, config).factory().id()).isEqualTo("fake");
        assertThat(both.choose("online", config).factory().id()).isEqualTo("online");
    }

    @Test
    void anUnknownIdListsTheInstalledOnes() {
        assertThatThrownBy(() -> both.choose("replicate", ProviderConfig.empty()))
                .isInstanceOfSatisfying(ProviderNotFoundException.class,
                        e -> assertThat(e.installed()).containsExactly("fake", "online"))
                .hasMessageContaining("unknown provider 'replicate'")
                .hasMessageContaining("fake, online");
    }

    @Test
    void noProviderAtAllSaysHowToAddOne() {
        assertThatThrownBy(() -> ImageEditProviders.of(List.of()).choose(null, ProviderConfig.empty()))
                .isInstanceOfSatisfying(ProviderNotFoundException.class,
                        e -> assertThat(e.installed()).isEmpty())
                .hasMessageContaining("no image-edit provider is installed")
                .hasMessageContaining("lib/");
    }

    @Test
    void theFirstFactoryForAnIdWins() {
        StubProviderFactory first = new StubProviderFactory("same", true, "");
        ImageEditProviders providers = ImageEditProviders.of(List.of(first, new StubProviderFactory("same", false, "X")));
        assertThat(providers.factories()).hasSize(1);
        assertThat(providers.factory("same").info().supports(Capability.OFFLINE)).isTrue();
    }

    @Test
    void discoveryInCoreAloneFindsNoProvider() {
        assertThat(ImageEditProviders.discover().ids()).isEmpty();
    }
}
