package dev.imgedit.testkit.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/providers.md walks through these examples: the page must show the files as they are, so they run as written. */
class ProvidersDocumentTest {
    private static final Path EXAMPLE = Path.of("src/test/java/dev/imgedit/testkit/example/MirrorProviderFactory.java");
    private static final Path PAGE = Path.of("../docs/providers.md");

    @Test
    void thePageShowsTheExampleProviderUnchanged() throws IOException {
        String page = Files.readString(PAGE);
        String example = Files.readString(EXAMPLE);
        assertThat(page).contains("```java\n" + example + "```");
        assertThat(page).contains("That is " + example.lines().count() + " lines");
    }

    @Test
    void thePageShowsTheExampleTestUnchanged() throws IOException {
        String page = Files.readString(PAGE);
        String test = Files.readString(EXAMPLE.resolveSibling("MirrorProviderContractTest.java"));
        assertThat(page).contains("```java\n" + test + "```");
    }

    @Test
    void thePageShowsTheExampleOfTheHttpToolsUnchanged() throws IOException {
        String page = Files.readString(PAGE);
        String test = Files.readString(EXAMPLE.resolveSibling("LostAnswerTest.java"));
        assertThat(page).contains("```java\n" + test + "```");
    }
}
