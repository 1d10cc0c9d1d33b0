package dev.imgedit.fake.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** docs/testing.md shows the example application and its tests: the page must show the files as they are. */
class TestingDocumentTest {
    private static final Path EXAMPLES = Path.of("src/test/java/dev/imgedit/fake/junit/example");
    private static final Path PAGE = Path.of("../docs/testing.md");

    @ParameterizedTest
    @ValueSource(strings = {"RetryingEditor.java", "RetryingEditorTest.java", "GuiceOverrideTest.java"})
    void thePageShowsTheExampleUnchanged(String file) throws IOException {
        assertThat(Files.readString(PAGE)).contains("```java\n" + Files.readString(EXAMPLES.resolve(file)) + "```");
    }
}
