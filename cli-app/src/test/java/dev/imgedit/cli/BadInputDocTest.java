package dev.imgedit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/reliability.md shows the catalogue exactly as {@link BadInputCatalogue} holds it. After changing a row, run
 * {@code mvn -pl cli-app -am verify -Dimgedit.updateDocs=true} (or just this test with the property) to rewrite the
 * section between the markers.
 */
class BadInputDocTest {
    private static final String UPDATE_PROPERTY = "imgedit.updateDocs";

    @Test
    void theDocumentShowsTheCatalogueAsItIs() throws IOException {
        Path document = docs().resolve("reliability.md");
        String section = BadInputTable.section(BadInputCatalogue.rows());
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            String text = Files.exists(document) ? Files.readString(document, StandardCharsets.UTF_8) : "";
            Files.writeString(document, BadInputTable.replaceSection(text, section), StandardCharsets.UTF_8);
        }

        String current = BadInputTable.currentSection(Files.readString(document, StandardCharsets.UTF_8));

        assertThat(current).as("the catalogue section of %s; rewrite it with -D%s=true", document, UPDATE_PROPERTY)
                .isEqualTo(section);
    }

    @Test
    void everyRowHasItsOwnIdAndTellsTheProblemAndTheFix() {
        assertThat(BadInputCatalogue.rows()).extracting(BadInput::id).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[a-z0-9-]+"));
        assertThat(BadInputCatalogue.rows()).allSatisfy(row -> {
            assertThat(row.message()).as(row.id()).isNotBlank();
            assertThat(row.fix()).as(row.id()).isNotBlank().isNotEqualTo(row.message());
            assertThat(row.exitCode()).as(row.id()).isIn(0, 2, 9);
        });
    }

    @Test
    void commandsAreShownAsAShellUserWouldTypeThem() {
        assertThat(BadInputTable.command(java.util.List.of("edit", "-p", "", "-i", "it's.png")))
                .isEqualTo("imgedit edit -p '' -i 'it'\\''s.png'");
        assertThat(BadInputTable.command(java.util.List.of("-p", "snow\u001b[31m")))
                .isEqualTo("imgedit -p $'snow\\x1b[31m'");
        assertThat(BadInputTable.command(java.util.List.of("-p", "a".repeat(100))))
                .isEqualTo("imgedit -p \"$(printf 'a%.0s' $(seq 100))\"");
    }

    /** The repository's docs/ folder: given by the build, else found from cli-app/ where Maven runs the tests. */
    private static Path docs() {
        String configured = System.getProperty("imgedit.docs");
        Path docs = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath().resolveSibling("docs");
        assertThat(docs).as("the docs folder").isDirectory();
        return docs;
    }
}
