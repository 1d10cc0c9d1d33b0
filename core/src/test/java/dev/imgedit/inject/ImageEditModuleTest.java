package dev.imgedit.inject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.ProvisionException;
import com.google.inject.Stage;
import com.google.inject.TypeLiteral;
import dev.imgedit.EditJob;
import dev.imgedit.EditListener;
import dev.imgedit.EditRequest;
import dev.imgedit.EditResult;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.ImageInput;
import dev.imgedit.ProviderInfo;
import dev.imgedit.discovery.Fallback;
import dev.imgedit.discovery.ImageEditProviders;
import dev.imgedit.discovery.ProviderChoice;
import dev.imgedit.exception.AuthenticationException;
import dev.imgedit.spi.ImageEditProviderFactory;
import dev.imgedit.spi.ProviderConfig;
import dev.imgedit.testing.StubProviderFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ImageEditModuleTest {
    private final RecordingProvider opened = new RecordingProvider();
    private final StubProviderFactory.Counting online = new StubProviderFactory.Counting(
            new StubProviderFactory("online", false, "ONLINE_API_KEY"), opened);
    private final ImageEditProviders providers = ImageEditProviders.of(List.of(
            online, new StubProviderFactory("fake", true, "")));

    @Test
    void bindsTheFactoriesByIdAndTheChoice() {
        Injector injector = Guice.createInjector(
                new ImageEditModule(providers, ProviderConfig.empty(), null, Fallback.OFFLINE));

        Map<String, ImageEditProviderFactory> byId =
                injector.getInstance(Key.get(new TypeLiteral<Map<String, ImageEditProviderFactory>>() {}));
        assertThat(byId).containsOnlyKeys("online", "fake");
        assertThat(injector.getInstance(ProviderChoice.class).id()).isEqualTo("fake");
    }

    @Test
    void aNamedProviderIsTheChoice() {
        Injector injector = Guice.createInjector(
                new ImageEditModule(providers, ProviderConfig.empty(), "online", Fallback.NONE));
        assertThat(injector.getInstance(ProviderChoice.class).id()).isEqualTo("online");
    }

    @Test
    void theProviderIsOpenedOnFirstUseEvenInTheProductionStage() {
        Injector injector = Guice.createInjector(Stage.PRODUCTION,
                new ImageEditModule(providers, keyed(), null, Fallback.NONE));
        ImageEditProvider provider = injector.getInstance(ImageEditProvider.class);
        assertThat(online.creates()).as("opened while building the injector").isZero();

        assertThat(provider.info().id()).isEqualTo("online");
        assertThat(online.creates()).as("opened to describe itself with its own settings").isEqualTo(1);

        provider.resume("job-1");
        provider.resume("job-2");
        assertThat(online.creates()).isEqualTo(1);
        assertThat(opened.resumes.get()).isEqualTo(2);
    }

    @Test
    void closingAtShutdownClosesOnlyWhatWasOpened() {
        Injector injector = Guice.createInjector(new ImageEditModule(providers, keyed(), null, Fallback.NONE));
        ImageEditProvider provider = injector.getInstance(ImageEditProvider.class);
        provider.close();
        assertThat(online.creates()).isZero();
        assertThat(opened.closes.get()).isZero();

        Injector used = Guice.createInjector(new ImageEditModule(providers, keyed(), null, Fallback.NONE));
        ImageEditProvider usedProvider = used.getInstance(ImageEditProvider.class);
        usedProvider.resume("job-1");
        usedProvider.close();
        usedProvider.close();
        assertThat(opened.closes.get()).isEqualTo(1);
        assertThatThrownBy(() -> usedProvider.resume("job-2")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSubmitWithinATimeAllowedReachesTheRealProviderWithItsListener() {
        Injector injector = Guice.createInjector(new ImageEditModule(providers, keyed(), null, Fallback.NONE));
        ImageEditProvider provider = injector.getInstance(ImageEditProvider.class);

        assertThatThrownBy(() -> provider.submit(EditRequest.builder(ImageInput.url("https://example.test/a.png"),
                "snow").build(), Duration.ofSeconds(20), EditListener.NONE))
                .isInstanceOf(UnsupportedOperationException.class).hasMessage("patient submit");
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = {"DEVELOPMENT", "PRODUCTION"})
    void aMissingKeyReachesTheFirstCallerAsTheLibrarysOwnExceptionNotTheInjector(Stage stage) {
        Injector injector = Guice.createInjector(stage,
                new ImageEditModule(providers, ProviderConfig.empty(), null, Fallback.NONE));
        ImageEditProvider provider = injector.getInstance(ImageEditProvider.class);
        assertThat(provider).hasToString("ImageEditProvider[opened on first use, not chosen yet]");

        assertThatThrownBy(() -> provider.resume("job-1"))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("ONLINE_API_KEY");
        assertThatThrownBy(() -> injector.getInstance(ProviderChoice.class))
                .isInstanceOf(ProvisionException.class)
                .hasCauseInstanceOf(AuthenticationException.class);
    }

    @Test
    void theInjectedChoiceIsTheProvidersAndBothNameTheProvider() {
        Injector injector = Guice.createInjector(new ImageEditModule(providers, keyed(), null, Fallback.NONE));
        ImageEditProvider provider = injector.getInstance(ImageEditProvider.class);
        ProviderChoice choice = injector.getInstance(ProviderChoice.class);

        assertThat(choice).hasToString("ProviderChoice[id=online, reason=" + choice.reason() + ", fellBack=false]");
        assertThat(provider).hasToString("ImageEditProvider[online, not opened yet]");
        assertThat(injector.getInstance(ProviderChoice.class)).isSameAs(choice);
        provider.resume("job-1");
        assertThat(provider).hasToString("ImageEditProvider[online, open]");
    }

    private static ProviderConfig keyed() {
        return ProviderConfig.of(Map.of("ONLINE_API_KEY", "k"));
    }

    /** Counts the calls it gets. */
    private static final class RecordingProvider implements ImageEditProvider {
        final AtomicInteger resumes = new AtomicInteger();
        final AtomicInteger closes = new AtomicInteger();

        @Override
        public ProviderInfo info() {
            return new StubProviderFactory("online", false, "ONLINE_API_KEY").info();
        }

        @Override
        public EditJob submit(EditRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public EditJob submit(EditRequest request, Duration patience, EditListener listener) {
            throw new UnsupportedOperationException("patient submit");
        }

        @Override
        public EditResult await(EditJob job, Duration timeout, EditListener listener) {
            throw new UnsupportedOperationException();
        }

        @Override
        public EditJob resume(String jobId) {
            resumes.incrementAndGet();
            return EditJob.ofId("online", jobId);
        }

        @Override
        public void close() {
            closes.incrementAndGet();
        }
    }
}
