package dev.imgedit.testkit.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fault table a document shows is the one {@link FaultTable} renders from the matrix, so it cannot drift from the
 * tests; and every row is well formed. A provider's test extends this and names its document, matrix and table;
 * {@code -Dimgedit.updateDocs=true} rewrites the document's table instead of checking it.
 */
public abstract class FaultMatrixDocumentContract {
    /** The system property that rewrites the table instead of checking it. */
    public static final String UPDATE_PROPERTY = "imgedit.updateDocs";

    private final String document;
    private final String markerName;
    private final String updateCommand;

    /**
     * @param document the document, relative to the module's directory, such as {@code ../docs/acme.md}
     * @param markerName the name in the document's markers ({@link FaultTable#start}, {@link FaultTable#end})
     * @param updateCommand the command that rewrites the table, which the document must show
     */
    protected FaultMatrixDocumentContract(String document, String markerName, String updateCommand) {
        this.document = document;
        this.markerName = markerName;
        this.updateCommand = updateCommand;
    }

    protected abstract List<? extends FaultCase<?, ?>> cases();

    /** The table as {@link FaultTable#render} makes it of {@link #cases()}. */
    protected abstract String table();

    /** The most submits a row may reach the service with (all but the last refused). */
    protected int maxSubmits() {
        return 3;
    }

    @Test
    void theFaultTableInTheDocumentIsTheOneTheMatrixRenders() throws IOException {
        Path path = path();
        String text = Files.readString(path, StandardCharsets.UTF_8);
        String start = FaultTable.start(markerName);
        String end = FaultTable.end(markerName);
        int from = text.indexOf(start);
        int to = text.indexOf(end);
        assertThat(from).as(path + " has " + start).isNotNegative();
        assertThat(to).as(path + " has " + end + " after the start marker").isGreaterThan(from);
        String written = text.substring(from + start.length(), to);
        String rendered = table();

        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            if (!written.equals(rendered)) {
                Files.writeString(path, text.substring(0, from + start.length()) + rendered + text.substring(to),
                        StandardCharsets.UTF_8);
            }
            return;
        }
        assertThat(written).as("the fault table of " + path + "; to rewrite it from the matrix, run: "
                + updateCommand).isEqualTo(rendered);
    }

    @Test
    void theDocumentSaysHowToRegenerateTheTable() throws IOException {
        assertThat(Files.readString(path(), StandardCharsets.UTF_8)).contains(updateCommand);
    }

    @Test
    void everyRowHasAUniqueNameAndAFailingRowSaysWhatItsMessageHoldsAndWhatShowsTheFault() {
        List<? extends FaultCase<?, ?>> cases = cases();

        assertThat(cases).isNotEmpty();
        assertThat(cases).extracting(FaultCase::id).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"));
        assertThat(cases).filteredOn(row -> !row.succeeds()).allSatisfy(row -> {
            assertThat(row.message()).as(row.id()).isNotBlank();
            assertThat(row.evidence()).as(row.id()).isNotBlank();
        });
        assertThat(cases).allSatisfy(row -> assertThat(row.submits()).as(row.id()).isBetween(0, maxSubmits()));
    }

    private Path path() {
        return Path.of(System.getProperty("basedir", ".")).resolve(document).toAbsolutePath().normalize();
    }
}
