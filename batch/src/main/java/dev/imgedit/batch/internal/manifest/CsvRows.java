package dev.imgedit.batch.internal.manifest;

import dev.imgedit.exception.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV as RFC 4180 writes it (and spreadsheets save it): comma-separated, fields quoted with {@code "} when they hold
 * a comma, a quote ({@code ""}) or a line break, lines ended by LF or CRLF. Blank lines are skipped.
 */
final class CsvRows {
    /**
     * @param line the line the row starts on, from 1
     */
    record Row(int line, List<String> fields) {}

    private CsvRows() {}

    /** @throws InvalidRequestException naming the line of an unterminated quote or a stray one */
    static List<Row> parse(String text, String source) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldWasQuoted = false;
        int line = 1;
        int rowLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"') {
                if (field.length() > 0 || fieldWasQuoted) {
                    throw new InvalidRequestException(source + " line " + line + ": a quote inside an unquoted "
                            + "field; quote the whole field and double the quote (\"say \"\"hi\"\"\")");
                }
                quoted = true;
                fieldWasQuoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldWasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                addUnlessBlank(rows, rowLine, fields);
                fields = new ArrayList<>();
                field.setLength(0);
                fieldWasQuoted = false;
                line++;
                rowLine = line;
            } else {
                if (fieldWasQuoted && !Character.isWhitespace(c)) {
                    throw new InvalidRequestException(source + " line " + line + ": text after a closing quote; "
                            + "quote the whole field");
                }
                if (!fieldWasQuoted) {
                    field.append(c);
                }
            }
        }
        if (quoted) {
            throw new InvalidRequestException(source + " line " + rowLine + ": a quoted field is never closed");
        }
        fields.add(field.toString());
        addUnlessBlank(rows, rowLine, fields);
        return rows;
    }

    private static void addUnlessBlank(List<Row> rows, int line, List<String> fields) {
        boolean blank = fields.stream().allMatch(String::isBlank);
        if (!blank) {
            rows.add(new Row(line, List.copyOf(fields)));
        }
    }
}
