package dev.imgedit.modelslab.faults;

import java.util.List;
import java.util.Locale;

/** Renders the fault matrix as the Markdown that docs/reliability.md holds between its fault-matrix markers. */
public final class FaultTable {
    public static final String START = "<!-- fault-matrix:start -->";
    public static final String END = "<!-- fault-matrix:end -->";

    private FaultTable() {}

    /** The text between the markers: the counts, then the table, one row per case. */
    public static String render(List<FaultCase> cases) {
        long recovered = cases.stream().filter(FaultCase::succeeds).count();
        long lost = cases.stream().filter(FaultCase::lostSubmit).count();
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "**%d faults**: %d end in an exception, %d in success after a safe "
                + "retry; %d lose a submit's answer. Rendered from `FaultMatrix.cases()`; each row is one run of "
                + "`FaultMatrixTest`.%n%n", cases.size(), cases.size() - recovered, recovered, lost));
        text.append("| # | fault | exception | exit | message contains | submits | what is kept |\n");
        text.append("|---|---|---|---|---|---|---|\n");
        int number = 0;
        for (FaultCase row : cases) {
            number++;
            text.append("| ").append(number)
                    .append(" | `").append(row.id()).append("`: ").append(cell(row.fault()))
                    .append(" | ").append(row.exception() == null ? "none" : "`" + row.exception().getSimpleName()
                            + "`")
                    .append(" | ").append(row.exitCode())
                    .append(" | ").append(row.message().isEmpty() ? "" : "`" + cell(row.message()) + "`")
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
