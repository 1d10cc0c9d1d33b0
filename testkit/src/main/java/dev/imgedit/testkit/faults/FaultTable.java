package dev.imgedit.testkit.faults;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Renders a fault matrix as the Markdown a document holds between its markers: a line of counts, then one table row
 * per case (number, fault, exception, any columns of the provider's own, message, submits, what is kept).
 */
public final class FaultTable {

    /**
     * A column of a provider's own, after the exception's, such as the exit code of its command line.
     *
     * @param heading the column's heading
     * @param cell the text of a row's cell
     */
    public record Column(String heading, Function<FaultCase<?, ?>, String> cell) {}

    private FaultTable() {}

    /** The marker a document puts before the table: {@code <!-- NAME:start -->}. */
    public static String start(String name) {
        return "<!-- " + name + ":start -->";
    }

    /** The marker a document puts after the table: {@code <!-- NAME:end -->}. */
    public static String end(String name) {
        return "<!-- " + name + ":end -->";
    }

    /**
     * The text between the markers, starting on a line of its own.
     *
     * @param source where the rows come from and what runs them, after "Rendered from", such as
     *     "`FaultMatrix.cases()`; each row is one run of `FaultMatrixTest`"
     */
    public static String render(List<? extends FaultCase<?, ?>> cases, String source, Column... columns) {
        long recovered = cases.stream().filter(FaultCase::succeeds).count();
        long lost = cases.stream().filter(FaultCase::lostSubmit).count();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "\n**%d faults**: %d end in an exception, "
                + "%d in success after a safe retry; %d lose a submit's answer. Rendered from %s.\n\n", cases.size(),
                cases.size() - recovered, recovered, lost, source));
        text.append("| # | fault | exception | ");
        for (Column column : columns) {
            text.append(column.heading()).append(" | ");
        }
        text.append("message contains | submits | what is kept |\n");
        text.append("|---".repeat(6 + columns.length)).append("|\n");
        for (int i = 0; i < cases.size(); i++) {
            FaultCase<?, ?> row = cases.get(i);
            text.append("| ").append(i + 1)
                    .append(" | `").append(row.id()).append("`: ").append(cell(row.fault()))
                    .append(" | ").append(row.exception() == null ? "none" : "`" + row.exception().getSimpleName()
                            + "`");
            for (Column column : columns) {
                text.append(" | ").append(cell(column.cell().apply(row)));
            }
            text.append(" | ").append(row.message().isEmpty() ? "" : "`" + cell(row.message()) + "`")
                    .append(" | ").append(row.submits())
                    .append(" | ").append(cell(row.kept().text()))
                    .append(" |\n");
        }
        return text.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
