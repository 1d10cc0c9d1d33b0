package dev.imgedit.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgedit.exception.AuthenticationException;
import dev.imgedit.exception.ProviderNotFoundException;
import dev.imgedit.spi.ProviderConfig;
import dev.imgedit.testing.StubProviderFactory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImageEditProvidersTest {

    private final ImageEditProviders both = ImageEditProviders.of(List.of(
            new StubProviderFactory("online", false, "ONLINE_API_KEY"), new StubProviderFactory("fake", true, "")));

    @Test
    void theOfflineProviderIsChosenOnlyWhenAskedForAndTheReasonSaysHowToGoOnline() {
        ProviderChoice choice = both.choose(null, ProviderConfig.empty(), Fallback.OFFLINE);
        assertThat(choice.id()).isEqualTo("fake");
        assertThat(choice.fellBack()).isTrue();
        assertThat(choice.reason()).contains("ONLINE_API_KEY");
    }

    @Test
    void withoutTheFallbackAMissingKeyIsAnAuthenticationErrorNamingTheSetting() {
        assertThatThrownBy(() -> both.choose(null, ProviderConfig.empty()))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("ONLINE_API_KEY")
                .hasMessageContaining("fake");
    }

    @Test
    void fakeIsPreferredAmongSeveralOfflineProvidersUnlessOneIsNamed() {
        ImageEditProviders three = ImageEditProviders.of(List.of(new StubProviderFactory("aardvark", true, ""),
                new StubProviderFactory("fake", true, ""), new StubProviderFactory("online", false, "K")));
        assertThat(three.choose(null, ProviderConfig.empty(), Fallback.OFFLINE).id()).isEqualTo("fake");
        assertThat(three.choose("aardvark", ProviderConfig.empty(), Fallback.OFFLINE).id()).isEqualTo("aardvark");
    }

    @Test
    void onlyOfflineProvidersWithoutTheFallbackAskForOneToBeNamed() {
        ImageEditProviders offline = ImageEditProviders.of(List.of(new StubProviderFactory("fake", true, "")));
        assertThatThrownBy(() -> offline.choose(null, ProviderConfig.empty()))
                .isInstanceOfSatisfying(ProviderNotFoundException.class,
                        e -> assertThat(e.installed()).containsExactly("fake"));
    }

    @Test
    void anOnlineProviderThatSaysItIsNotConfiguredIsNeverChosenUnasked() {
        ImageEditProviders providers = ImageEditProviders.of(List.of(new StubProviderFactory("aaa", false, "AAA_KEY"),
                new StubProviderFactory("modelslab", false, "MODELSLAB_API_KEY")));
        ProviderChoice choice = providers.choose(null, ProviderConfig.of(Map.of("MODELSLAB_API_KEY", "k")));
        assertThat(choice.id()).isEqualTo("modelslab");
        assertThat(choice.fellBack()).isFalse();
    }

    @Test
    void aConfiguredOnlineProviderWinsOverTheOfflineOne() {
        ProviderChoice choice = both.choose(null, ProviderConfig.of(Map.of("ONLINE_API_KEY", "k")));
        assertThat(choice.id()).isEqualTo("online");
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
                .hasMessageContaining("imgedit-provider-fake");
    }

    @Test
    void theFirstFactoryForAnIdWins() {
        StubProviderFactory first = new StubProviderFactory("same", true, "");
        ImageEditProviders providers = ImageEditProviders.of(List.of(first, new StubProviderFactory("same", false, "X")));
        assertThat(providers.factories()).hasSize(1);
        assertThat(providers.factory("same").info().offline()).isTrue();
    }

    @Test
    void discoveryInCoreAloneFindsNoProvider() {
        assertThat(ImageEditProviders.discover().ids()).isEmpty();
    }
}
