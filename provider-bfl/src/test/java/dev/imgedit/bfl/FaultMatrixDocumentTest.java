package dev.imgedit.bfl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgedit.bfl.faults.FaultCase;
import dev.imgedit.bfl.faults.FaultMatrix;
import dev.imgedit.bfl.faults.FaultTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/bfl.md's fault table is the one {@link FaultTable} renders from {@link FaultMatrix#cases()}, so it cannot drift
 * from the tests. {@code -Dimgedit.updateDocs=true} rewrites it instead of checking it.
 */
class FaultMatrixDocumentTest {
    static final String UPDATE_COMMAND = "mvn -q -pl provider-bfl -am verify -Dimgedit.updateDocs=true";

    private static final Path DOCUMENT = Path.of(System.getProperty("basedir", "."))
            .resolve("../docs/bfl.md").toAbsolutePath().normalize();

    @Test
    void theFaultTableInTheDocsIsTheOneTheMatrixRenders() throws IOException {
        String document = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
        int start = document.indexOf(FaultTable.START);
        int end = document.indexOf(FaultTable.END);
        assertThat(start).as(DOCUMENT + " has " + FaultTable.START).isNotNegative();
        assertThat(end).as(DOCUMENT + " has " + FaultTable.END + " after the start marker").isGreaterThan(start);
        String written = document.substring(start + FaultTable.START.length(), end);
        String rendered = FaultTable.render(FaultMatrix.cases());

        if (Boolean.getBoolean("imgedit.updateDocs")) {
            if (!written.equals(rendered)) {
                Files.writeString(DOCUMENT, document.substring(0, start + FaultTable.START.length()) + rendered
                        + document.substring(end), StandardCharsets.UTF_8);
            }
            return;
        }
        assertThat(written).as("the fault table of " + DOCUMENT + "; to rewrite it from the matrix, run: "
                + UPDATE_COMMAND).isEqualTo(rendered);
    }

    @Test
    void theDocsSayHowToRegenerateTheTable() throws IOException {
        assertThat(Files.readString(DOCUMENT, StandardCharsets.UTF_8)).contains(UPDATE_COMMAND);
    }

    @Test
    void everyRowHasAUniqueNameAndAFailingRowSaysWhatItsMessageHolds() {
        List<FaultCase> cases = FaultMatrix.cases();

        assertThat(cases).extracting(FaultCase::id).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"));
        assertThat(cases).filteredOn(row -> !row.succeeds()).allSatisfy(row -> {
            assertThat(row.message()).as(row.id()).isNotBlank();
            assertThat(row.evidence()).as(row.id()).isNotBlank();
        });
        assertThat(cases).allSatisfy(row -> assertThat(row.submits()).as(row.id()).isBetween(0, 3));
    }
}
