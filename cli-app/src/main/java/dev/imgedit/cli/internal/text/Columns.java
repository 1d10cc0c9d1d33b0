package dev.imgedit.cli.internal.text;

import java.util.ArrayList;
import java.util.List;

/** Rows of words as aligned columns, two spaces apart, without trailing spaces: the CLI's tables. */
public final class Columns {
    private Columns() {}

    /** One line per row; every row has as many cells as the first. */
    public static List<String> lines(List<List<String>> rows) {
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int column = 0; column < columns; column++) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int column = 0; column < columns; column++) {
                line.append(row.get(column));
                if (column < columns - 1) {
                    line.append(" ".repeat(widths[column] - row.get(column).length() + 2));
                }
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }
}
