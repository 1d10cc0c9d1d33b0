package dev.imgedit.fake.junit;

import dev.imgedit.ImageEditProvider;
import dev.imgedit.fake.FakeClock;
import dev.imgedit.fake.FakeService;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test a fresh {@link FakeService}: in memory, on a {@link FakeClock} of its own, with an empty script
 * and an empty recording. After the test it is closed, and its script verified: a test whose application found the
 * script run out, or left an outcome unused, fails saying so.
 *
 * <p>A test gets it as a parameter of the test (or of a {@code @BeforeEach} or {@code @AfterEach} method), of type
 * {@link FakeService}, {@link ImageEditProvider} (its {@link FakeService#provider()}) or {@link FakeClock}; or in an
 * instance field of type {@link FakeService}, set before each test.
 *
 * <pre>{@code
 * @ExtendWith(FakeServiceExtension.class)
 * class ThumbnailsTest {
 *     @Test
 *     void retriesARateLimitedEdit(FakeService fake) { ... }
 * }
 * }</pre>
 * To shape every service (latency, a starting time), register it in a static field:
 * {@code @RegisterExtension static FakeServiceExtension fakes = new FakeServiceExtension(() ->
 * FakeService.builder().latency(Duration.ofMillis(300)).build());}
 */
public final class FakeServiceExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(FakeServiceExtension.class);
    private static final String KEY = "service";

    private final Supplier<FakeService> services;

    /** Services made by {@link FakeService#create()}. */
    public FakeServiceExtension() {
        this(FakeService::create);
    }

    /** @param services makes a new service for each test */
    public FakeServiceExtension(Supplier<FakeService> services) {
        this.services = Objects.requireNonNull(services, "services is null");
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IllegalAccessException {
        FakeService service = service(context);
        for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
            for (Class<?> type = instance.getClass(); type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (field.getType() == FakeService.class) {
                        inject(field, instance, service);
                    }
                }
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        FakeService service = context.getStore(NAMESPACE).remove(KEY, FakeService.class);
        if (service == null) {
            return;
        }
        try {
            service.verify();
        } finally {
            service.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == FakeService.class || type == ImageEditProvider.class || type == FakeClock.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (parameter.getDeclaringExecutable() instanceof Constructor<?>) {
            throw new ParameterResolutionException("a fresh fake service is made for each test, so it cannot be "
                    + "given to the constructor of " + parameter.getDeclaringExecutable().getName()
                    + ": take it as a parameter of the test or of a @BeforeEach method, or in a field");
        }
        FakeService service = service(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == ImageEditProvider.class) {
            return service.provider();
        }
        return type == FakeClock.class ? service.clock() : service;
    }

    /** This test's service, made on first need. */
    private FakeService service(ExtensionContext context) {
        if (context.getTestMethod().isEmpty()) {
            throw new ParameterResolutionException("a fresh fake service is made for each test: use it in a test, "
                    + "or in a @BeforeEach or @AfterEach method, not in " + context.getDisplayName());
        }
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(KEY, key -> services.get(), FakeService.class);
    }

    private static void inject(Field field, Object instance, FakeService service) throws IllegalAccessException {
        if (Modifier.isStatic(field.getModifiers()) || Modifier.isFinal(field.getModifiers())) {
            throw new IllegalStateException("field " + field.getName() + " of " + field.getDeclaringClass()
                    .getSimpleName() + " cannot take a fresh fake service for each test: make it an instance "
                    + "field that is not final");
        }
        field.setAccessible(true);
        field.set(instance, service);
    }
}
