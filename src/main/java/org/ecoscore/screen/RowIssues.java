package org.ecoscore.screen;

import java.util.Map;
import org.ecoscore.core.IssueLog;
import org.ecoscore.core.Severity;
import org.ecoscore.input.InputFile;
import org.ecoscore.input.ResponseTable;

/** Adds screening issues located at a table row: its file as given, sheet and spreadsheet row (SPEC §5 issues). */
final class RowIssues {
    private final ResponseTable table;
    private final IssueLog log;

    RowIssues(ResponseTable table, IssueLog log) {
        this.table = table;
        this.log = log;
    }

    void warn(int row, String code, String message) {
        add(row, code, Severity.WARNING, message, Map.of());
    }

    void warn(int row, String code, String message, Map<String, String> params) {
        add(row, code, Severity.WARNING, message, params);
    }

    void info(int row, String code, String message, Map<String, String> params) {
        add(row, code, Severity.INFO, message, params);
    }

    void add(int row, String code, Severity severity, String message, Map<String, String> params) {
        InputFile f = table.fileOf(row);
        log.add(f.display(), f.sheet(), table.rowNumber(row), "", code, severity, message, params);
    }

    /** Adds an issue about file {@code file} (an index of the table's files) as a whole. */
    void file(int file, String code, Severity severity, String message, Map<String, String> params) {
        InputFile f = table.files().get(file);
        log.add(f.display(), f.sheet(), 0, "", code, severity, message, params);
    }

    /** "row 7" in the same file, "row 7 of b.xlsx" in another: how a message names another row. */
    String describe(int other, int relativeTo) {
        String s = "row " + table.rowNumber(other);
        if (table.fileIndex(other) != table.fileIndex(relativeTo)) s += " of " + table.fileOf(other).display();
        return s;
    }
}
