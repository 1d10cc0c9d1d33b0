package dev.imgedit.fake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgedit.AspectRatio;
import dev.imgedit.Capability;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.discovery.ImageEditProviders;
import dev.imgedit.ImageType;
import dev.imgedit.ModelInfo;
import dev.imgedit.ProviderInfo;
import dev.imgedit.spi.ImageEditProviderFactory;
import dev.imgedit.spi.ProviderConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class FakeProviderFactoryTest {

    @Test
    void serviceLoaderListsTheFakeFactoryByTypeWithoutInstantiatingAnything() {
        List<ServiceLoader.Provider<ImageEditProviderFactory>> candidates =
                ServiceLoader.load(ImageEditProviderFactory.class).stream().toList();

        assertThat(candidates).extracting(ServiceLoader.Provider::type).contains(FakeProviderFactory.class);
        ImageEditProviderFactory fake = candidates.stream()
                .filter(candidate -> candidate.type() == FakeProviderFactory.class)
                .findFirst().orElseThrow().get();
        assertThat(fake.id()).isEqualTo("fake");
        assertThat(ImageEditProviders.discover().find("fake")).containsInstanceOf(FakeProviderFactory.class);
    }

    @Test
    void infoNeedsNoConfigurationAndDescribesTheFake() {
        FakeProviderFactory factory = new FakeProviderFactory();
        ProviderInfo info = factory.info();

        assertThat(info.id()).isEqualTo("fake");
        assertThat(info.offline()).isTrue();
        ModelInfo model = info.defaultModel();
        assertThat(model.id()).isEqualTo("fake-java2d");
        assertThat(model.aspectRatios()).containsExactlyInAnyOrder(AspectRatio.values());
        assertThat(model.inputTypes()).containsExactlyInAnyOrder(ImageType.PNG, ImageType.JPEG, ImageType.WEBP);
        assertThat(model.outputFormats()).containsExactlyInAnyOrder(ImageType.PNG, ImageType.JPEG);
        assertThat(model.maxImages()).isEqualTo(4);
        assertThat(model.capabilities()).containsExactlyInAnyOrder(
                Capability.BYTES_INPUT, Capability.URL_INPUT, Capability.SEED, Capability.RESUME_IN_NEW_PROCESS);
        assertThat(model.maxInputBytes()).isEqualTo(20L * 1024 * 1024);
        assertThat(model.maxJobsInFlight()).isEqualTo(5);
        assertThat(factory.isConfigured(ProviderConfig.empty())).isTrue();
        assertThat(factory.secretNames()).isEmpty();
    }

    @Test
    void listingTheFactoryLoadsNeitherTheImplementationNorJava2d() throws Exception {
        RecordingClassLoader loader = new RecordingClassLoader(getClass().getClassLoader());
        Class<?> type = loader.loadClass(FakeProviderFactory.class.getName());
        ImageEditProviderFactory factory = (ImageEditProviderFactory) type.getConstructor().newInstance();

        assertThat(factory.info().id()).isEqualTo("fake");
        assertThat(type.getClassLoader()).isSameAs(loader);
        assertThat(loader.requested)
                .contains(FakeProviderFactory.class.getName())
                .noneMatch(name -> name.startsWith("dev.imgedit.fake.internal."))
                .noneMatch(name -> name.startsWith("java.awt.") || name.startsWith("javax.imageio."));
    }

    @Test
    void settingsInCodeOpenAWorkingProvider() {
        try (ImageEditProvider provider = new FakeProviderFactory().create(
                FakeSettings.builder().queueChecks(1).build())) {
            assertThat(provider.info()).isEqualTo(new FakeProviderFactory().info());
        }
    }

    /** Defines the fake's own classes itself and records every class they ask for. */
    private static final class RecordingClassLoader extends ClassLoader {
        final Set<String> requested = ConcurrentHashMap.newKeySet();

        RecordingClassLoader(ClassLoader parent) {
            super(parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            requested.add(name);
            if (!name.startsWith("dev.imgedit.fake.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded != null) {
                    return loaded;
                }
                try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                    if (in == null) {
                        throw new ClassNotFoundException(name);
                    }
                    byte[] bytes = in.readAllBytes();
                    return defineClass(name, bytes, 0, bytes.length);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
