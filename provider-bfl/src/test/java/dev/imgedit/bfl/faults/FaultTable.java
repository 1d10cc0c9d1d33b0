package dev.imgedit.bfl.faults;

import java.util.List;
import java.util.Locale;

/** Renders the fault matrix as the Markdown that docs/bfl.md holds between its fault-matrix markers. */
public final class FaultTable {
    public static final String START = "<!-- bfl-fault-matrix:start -->";
    public static final String END = "<!-- bfl-fault-matrix:end -->";

    private FaultTable() {}

    /** The text between the markers: the counts, then one table row per case. */
    public static String render(List<FaultCase> cases) {
        long recovered = cases.stream().filter(FaultCase::succeeds).count();
        long lost = cases.stream().filter(FaultCase::lostSubmit).count();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%n**%d faults**: %d end in an exception, "
                + "%d in success after a safe retry; %d lose a submit's answer. Rendered from `FaultMatrix.cases()` "
                + "(provider-bfl's tests); each row is one run of `FaultMatrixTest` and one of "
                + "`BflEndToEndTest`.%n%n", cases.size(), cases.size() - recovered, recovered, lost));
        text.append("| # | fault | exception | message contains | submits | what is kept |\n");
        text.append("|---|---|---|---|---|---|\n");
        for (int i = 0; i < cases.size(); i++) {
            FaultCase row = cases.get(i);
            text.append("| ").append(i + 1)
                    .append(" | `").append(row.id()).append("`: ").append(cell(row.fault()))
                    .append(" | ").append(row.exception() == null ? "none" : "`" + row.exception().getSimpleName()
                            + "`")
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
