package dev.imgedit.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
 * application module that declares {@code uses dev.imgedit.spi.ImageEditProviderFactory} finds both providers with
 * ServiceLoader.
 */
class ModulePathIT {
    private static final Map<String, String> MODULE_NAMES = Map.of(
            "imgedit-core", "dev.imgedit",
            "imgedit-provider-fake", "dev.imgedit.fake",
            "imgedit-provider-modelslab", "dev.imgedit.modelslab",
            "imgedit-cli", "dev.imgedit.cli");

    /** The library jars and what they need at run time: no CLI, no Guice, no Logback. */
    private static final List<String> LIBRARIES_AND_THEIR_DEPENDENCIES = List.of("imgedit-core-",
            "imgedit-provider-", "slf4j-api-", "jspecify-", "feign-", "jackson-");

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
    void aModularApplicationFindsBothProvidersOnTheModulePath() throws Exception {
        Path sources = Files.createDirectories(directory.resolve("src/check"));
        Files.writeString(sources.resolve("module-info.java"), """
                module imgedit.modulepath.check {
                    requires dev.imgedit;
                    uses dev.imgedit.spi.ImageEditProviderFactory;
                }
                """);
        Files.writeString(Files.createDirectories(sources.resolve("check")).resolve("Main.java"), """
                package check;

                import dev.imgedit.spi.ImageEditProviderFactory;
                import java.util.ServiceLoader;

                public final class Main {
                    public static void main(String[] args) {
                        for (ImageEditProviderFactory factory : ServiceLoader.load(ImageEditProviderFactory.class)) {
                            System.out.println(factory.info().id() + " " + factory.getClass().getModule().getName());
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

        String output = run(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", modulePath + ":" + classes, "-m", "imgedit.modulepath.check/check.Main");

        assertThat(output.lines().sorted().toList())
                .containsExactly("fake dev.imgedit.fake", "modelslab dev.imgedit.modelslab");
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
