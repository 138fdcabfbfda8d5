package org.ecoscore.core;

/**
 * One data problem (SPEC §5 issues.csv): where it is and what it is.
 *
 * @param file   the input file as given on the command line ("" when none)
 * @param sheet  the sheet name, "" for CSV or when not applicable
 * @param row    the spreadsheet's 1-based row, 0 when not applicable
 * @param column the column letter(s) ("D"), "" when not applicable
 * @param code   a stable kebab-case code such as {@code invalid-value}, {@code low-coverage}
 * @param severity error, warning or info
 * @param message a sentence in English naming the problem and what to do
 */
public record Issue(String file, String sheet, int row, String column, String code, Severity severity,
                    String message) {
    public Issue {
        file = file == null ? "" : file;
        sheet = sheet == null ? "" : sheet;
        column = column == null ? "" : column;
    }

    /** "file, sheet S, row 5, column D" — the location part of a user-facing message. */
    public String location() {
        StringBuilder sb = new StringBuilder(file);
        if (!sheet.isEmpty()) sb.append(sb.length() > 0 ? ", " : "").append("sheet ").append(sheet);
        if (row > 0) sb.append(sb.length() > 0 ? ", " : "").append("row ").append(row);
        if (!column.isEmpty()) sb.append(sb.length() > 0 ? ", " : "").append("column ").append(column);
        return sb.toString();
    }
}
