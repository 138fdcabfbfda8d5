package org.ecoscore.framework;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One framework table as read from a CSV file or a workbook sheet: its header and its non-blank data rows,
 * each with the line (row) it came from. Columns are found by header name, case-insensitively (SPEC §1:
 * order free).
 *
 * @param label  how messages name it: {@code questions.csv}, {@code ahp/A.csv}, {@code fw.xlsx[questions]}
 * @param headerLine 1-based line (row) of the header
 * @param header the header cells, trimmed
 * @param rows   data rows in file order (fully blank rows left out)
 */
record CsvTable(String label, int headerLine, List<String> header, List<Row> rows) {

    /** A data row: its 1-based line in the file (row in the sheet) and its cells as written. */
    record Row(int line, List<String> cells) {
        Row {
            cells = List.copyOf(cells);
        }

        /** The trimmed cell at a 0-based column, "" beyond the end. */
        String cell(int column) {
            return column < 0 || column >= cells.size() ? "" : cells.get(column).strip();
        }
    }

    CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** 0-based index of the column with this header (case-insensitive), -1 when absent. */
    int column(String name) {
        return columns().getOrDefault(name.toLowerCase(Locale.ROOT), -1);
    }

    boolean has(String name) {
        return column(name) >= 0;
    }

    /** The trimmed cell of a row under a header, "" when the column is absent or the row is short. */
    String cell(Row row, String name) {
        return row.cell(column(name));
    }

    /** {@code label:line}, the location part of a problem. */
    String at(int line) {
        return label + ":" + line;
    }

    private Map<String, Integer> columns() {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            m.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        return m;
    }
}
