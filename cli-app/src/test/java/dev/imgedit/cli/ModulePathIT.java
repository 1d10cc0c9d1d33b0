package dev.imgedit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgedit.testkit.TestImages;
import java.io.IOException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library jars on the module path, as a modular application uses them: each has a stable module name, and an
 * application module that declares {@code uses dev.imgedit.spi.ImageEditProviderFactory} finds every provider with
 * ServiceLoader, and edits with them when started as the README says: they are automatic modules, which cannot name
 * the modules they need (SLF4J, Feign, Jackson), so the application adds them with
 * {@code --add-modules ALL-MODULE-PATH}.
 */
class ModulePathIT {
    private static final Map<String, String> MODULE_NAMES = Map.of(
            "imgedit-core", "dev.imgedit",
            "imgedit-provider-fake", "dev.imgedit.fake",
            "imgedit-provider-modelslab", "dev.imgedit.modelslab",
            "imgedit-provider-bfl", "dev.imgedit.bfl",
            "imgedit-mcp", "dev.imgedit.mcp",
            "imgedit-cli", "dev.imgedit.cli");

    /** The library jars and what they need at run time: no CLI, no Guice, no Logback. */
    private static final List<String> LIBRARIES_AND_THEIR_DEPENDENCIES = List.of("imgedit-core-",
            "imgedit-provider-", "slf4j-api-", "jspecify-", "feign-", "jackson-core-", "jackson-databind-",
            "jackson-annotations-");

    @TempDir
    Path directory;

    @Test
    void eachImgeditJarHasItsRootPackageAsModuleName() {
        Map<String, String> found = new TreeMap<>();
        for (ModuleReference module : ModuleFinder.of(jars(List.of("imgedit-")).toArray(Path[]::new)).findAll()) {
            String file = Path.of(module.location().orElseThrow()).getFileName().toString();
            MODULE_NAMES.keySet().stream().filter(artifact -> file.startsWith(artifact + "-")).findFirst()
                    .ifPresent(artifact -> found.put(artifact, module.descriptor().name()));
        }
        assertThat(found).isEqualTo(new TreeMap<>(MODULE_NAMES));
    }

    @Test
    void aModularApplicationFindsEveryProviderOnTheModulePathAndEditsWithThem() throws Exception {
        Path sources = Files.createDirectories(directory.resolve("src/check"));
        Files.writeString(sources.resolve("module-info.java"), """
                module imgedit.modulepath.check {
                    requires dev.imgedit;
                    uses dev.imgedit.spi.ImageEditProviderFactory;
                }
                """);
        Files.writeString(Files.createDirectories(sources.resolve("check")).resolve("Main.java"), """
                package check;

                import dev.imgedit.EditRequest;
                import dev.imgedit.EditResult;
                import dev.imgedit.ImageEditProvider;
                import dev.imgedit.ImageInput;
                import dev.imgedit.discovery.Fallback;
                import dev.imgedit.discovery.ImageEditProviders;
                import dev.imgedit.spi.ImageEditProviderFactory;
                import dev.imgedit.spi.ProviderConfig;
                import java.nio.file.Path;
                import java.time.Duration;
                import java.util.Map;
                import java.util.ServiceLoader;

                public final class Main {
                    public static void main(String[] args) throws Exception {
                        for (ImageEditProviderFactory factory : ServiceLoader.load(ImageEditProviderFactory.class)) {
                            System.out.println(factory.info().id() + " " + factory.getClass().getModule().getName());
                        }
                        ImageEditProviders providers = ImageEditProviders.discover();
                        ProviderConfig config = ProviderConfig.fromEnvironment(Map.of("MODELSLAB_API_KEY", "k"));
                        try (ImageEditProvider fake = providers.choose("fake", config, Fallback.NONE).factory()
                                        .create(config);
                                ImageEditProvider modelslab = providers.choose("modelslab", config, Fallback.NONE)
                                        .factory().create(config)) {
                            EditRequest request = EditRequest.builder(ImageInput.file(Path.of(args[0])), "snow")
                                    .build();
                            EditResult result = fake.await(fake.submit(request), Duration.ofMinutes(1));
                            System.out.println("edited " + result.image().width() + "x" + result.image().height());
                            System.out.println("opened " + modelslab.info().id());
                        }
                    }
                }
                """);
        String modulePath = jars(LIBRARIES_AND_THEIR_DEPENDENCIES).stream().map(Path::toString).collect(Collectors.joining(":"));
        Path classes = directory.resolve("classes");
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int compiled = compiler.run(null, null, null, "-d", classes.toString(), "--module-path", modulePath,
                sources.resolve("module-info.java").toString(), sources.resolve("check/Main.java").toString());
        assertThat(compiled).as("javac").isZero();

        Path image = directory.resolve("in.png");
        Files.write(image, TestImages.png(96, 64));
        String output = run(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", modulePath + ":" + classes, "--add-modules", "ALL-MODULE-PATH",
                "-m", "imgedit.modulepath.check/check.Main", image.toString());

        assertThat(output.lines().sorted().toList()).containsExactly("bfl dev.imgedit.bfl", "edited 96x64",
                "fake dev.imgedit.fake", "modelslab dev.imgedit.modelslab", "opened modelslab");
    }

    /** The jars in the distribution's lib/ whose names start with one of {@code prefixes}. */
    private static List<Path> jars(List<String> prefixes) {
        try (Stream<Path> jars = Files.list(DistributionProcess.installation().resolve("lib"))) {
            return jars.filter(jar -> prefixes.stream().anyMatch(jar.getFileName().toString()::startsWith)).sorted()
                    .toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        // Standard error (SLF4J's note that no logging backend is there) goes to the test's own output.
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
