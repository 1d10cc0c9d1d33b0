package dev.imgedit.fake.junit.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Provides;
import com.google.inject.util.Modules;
import dev.imgedit.EditRequest;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.ImageInput;
import dev.imgedit.discovery.Fallback;
import dev.imgedit.fake.FakeService;
import dev.imgedit.fake.junit.FakeServiceExtension;
import dev.imgedit.inject.ImageEditModule;
import dev.imgedit.testkit.TestImages;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FakeServiceExtension.class)
class GuiceOverrideTest {
    /** The application's wiring, as it is in production. */
    static final class PhotoModule extends AbstractModule {
        @Override
        protected void configure() {
            install(ImageEditModule.fromEnvironment(Fallback.NONE));
        }

        @Provides
        RetryingEditor editor(ImageEditProvider provider) {
            return new RetryingEditor(provider, wait -> Thread.sleep(wait.toMillis()), 3, Duration.ofMinutes(5));
        }
    }

    @Test
    void theApplicationsInjectorGetsTheFakeWithOneOverride(FakeService fake) throws Exception {
        var injector = Guice.createInjector(Modules.override(new PhotoModule())
                .with(binder -> binder.bind(ImageEditProvider.class).toInstance(fake.provider())));

        injector.getInstance(RetryingEditor.class)
                .edit(EditRequest.builder(ImageInput.bytes(TestImages.png(64, 48)), "at night").build());

        assertThat(fake.recording().takeRequest().prompt()).isEqualTo("at night");
    }
}
