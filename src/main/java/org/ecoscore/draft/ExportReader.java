package org.ecoscore.draft;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ecoscore.core.EcoscoreException;
import org.ecoscore.core.ExitCode;
import org.ecoscore.core.Text;
import org.ecoscore.input.CellSource;
import org.ecoscore.input.CellType;
import org.ecoscore.input.SpreadsheetFile;
import org.ecoscore.input.SpreadsheetFiles;

/**
 * Reads one platform export for a draft: the sheet ({@code --sheet}, else the first visible sheet with a header
 * row), the header row (the first of the first 10 rows holding at least half as many cells as the fullest of
 * them, so that a title row above is passed over), Qualtrics' extra header rows (the question-text row and the
 * ImportId row, in the JSON and the older dict style, and the legacy export's second row), and every column's
 * answers.
 */
final class ExportReader {
    static final int HEADER_ROWS = 10;

    /** The columns of one export, and the 1-based row of its header. */
    record Export(String file, String sheet, int headerRow, List<ExportColumn> columns, int rows) {
    }

    private ExportReader() {
    }

    static Export read(Path path, String display, String sheetOption) {
        try (SpreadsheetFile file = SpreadsheetFiles.open(path, display)) {
            List<String> names = file.sheetNames();
            boolean csv = names.size() == 1 && names.get(0).isEmpty();
            for (int s = 0; s < names.size(); s++) {
                if (sheetOption != null && !csv) {
                    if (!Text.normalise(names.get(s)).equals(Text.normalise(sheetOption))) continue;
                } else if (file.hidden(s)) {
                    continue;
                }
                try (CellSource src = file.open(s)) {
                    Export e = read(src, display, names.get(s));
                    if (e != null) return e;
                }
                if (sheetOption != null && !csv) {
                    throw EcoscoreException.input(display, "sheet " + names.get(s) + " has no header row in its first "
                            + HEADER_ROWS + " rows: give the sheet that holds the answers with --sheet")
                            .coded("draft-sheet-no-header", "sheet", names.get(s), "rows", HEADER_ROWS);
                }
            }
            if (sheetOption != null && !csv) {
                throw EcoscoreException.input(display, "no sheet named \"" + sheetOption + "\"; the sheets are "
                        + String.join(", ", names) + ": give one of them with --sheet")
                        .coded("draft-no-such-sheet", "sheet", sheetOption, "sheets", String.join("、", names));
            }
            throw new EcoscoreException(ExitCode.INPUT, display, "has no header row (a row of column headers in the "
                    + "first " + HEADER_ROWS + " rows): export the answers from the survey platform as a table, "
                    + "one respondent per row, and run again").coded("draft-no-header", "rows", HEADER_ROWS);
        }
    }

    private static Export read(CellSource src, String display, String sheet) {
        List<String[]> head = new ArrayList<>();
        List<ArrayRow> copies = new ArrayList<>();
        List<Integer> headRowNumbers = new ArrayList<>();
        while (head.size() < HEADER_ROWS && src.nextRow()) {
            ArrayRow copy = ArrayRow.copy(src);
            copies.add(copy);
            head.add(copy.strings());
            headRowNumbers.add(src.rowNumber());
        }
        int header = headerRow(head);
        if (header < 0) return null;
        String[] headers = head.get(header);
        int last = header;
        String[] texts = headers;
        if (header + 1 < head.size() && isImportIdRow(head.get(header + 1))) {
            last = header + 1;
        } else if (header + 1 < head.size() && isQualtricsCodes(headers)) {
            texts = head.get(header + 1);
            last = header + 1;
            if (header + 2 < head.size() && isImportIdRow(head.get(header + 2))) last = header + 2;
        }
        int width = headers.length;
        List<ColumnValues> values = new ArrayList<>();
        for (int c = 0; c < width; c++) values.add(new ColumnValues());
        int lastHeaderRow = headRowNumbers.get(last);
        int rows = 0;
        // the rows read ahead, then the rest of the sheet
        for (int i = last + 1; i < head.size(); i++) {
            rows += addRow(copies.get(i), width, values);
        }
        while (src.nextRow()) {
            if (src.rowNumber() <= lastHeaderRow) continue;
            rows += addRow(src, width, values);
        }
        List<ExportColumn> columns = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            String h = headers[c];
            if (h.isEmpty()) continue;
            String t = c < texts.length && !texts[c].isEmpty() ? texts[c] : h;
            columns.add(new ExportColumn(display, sheet, c, h, t, values.get(c)));
        }
        return new Export(display, sheet, headRowNumbers.get(header), columns, rows);
    }

    private static int addRow(CellSource src, int width, List<ColumnValues> values) {
        boolean any = false;
        for (int c = 0; c < Math.min(width, src.width()); c++) {
            if (src.type(c) != CellType.EMPTY && !(src.type(c) == CellType.STRING && src.text(c).isBlank())) any = true;
        }
        if (!any) return 0;
        for (int c = 0; c < Math.min(width, src.width()); c++) values.get(c).add(src, c);
        return 1;
    }

    /** The first row holding at least half as many non-blank cells as the fullest row, and at least 2; -1. */
    static int headerRow(List<String[]> head) {
        int most = 0;
        for (String[] r : head) most = Math.max(most, filled(r));
        if (most < 2) return -1;
        for (int i = 0; i < head.size(); i++) if (filled(head.get(i)) * 2 >= most && filled(head.get(i)) >= 2) return i;
        return -1;
    }

    private static int filled(String[] r) {
        int n = 0;
        for (String s : r) if (!s.isEmpty()) n++;
        return n;
    }

    /** Qualtrics' third header row: {@code {"ImportId":"QID1"}} or the older {@code {'ImportId': 'QID1'}}. */
    static boolean isImportIdRow(String[] row) {
        for (String s : row) {
            String t = s.toLowerCase(Locale.ROOT).replace(" ", "");
            if (t.startsWith("{\"importid\"") || t.startsWith("{'importid'")) return true;
        }
        return false;
    }

    /** A Qualtrics first header row (column codes; the question texts follow in the next row). */
    static boolean isQualtricsCodes(String[] row) {
        boolean v1 = false;
        boolean v2 = false;
        for (String s : row) {
            if (s.equals("ResponseId") || s.equals("ResponseID") || s.equals("StartDate")) return true;
            if (s.equals("V1")) v1 = true;
            if (s.equals("V2")) v2 = true;
        }
        return v1 && v2;
    }

    /** A row read ahead, replayed as a cell source. */
    private record ArrayRow(CellType[] types, String[] texts, double[] numbers, boolean[] percents)
            implements CellSource {
        static ArrayRow copy(CellSource s) {
            int w = s.width();
            CellType[] types = new CellType[w];
            String[] texts = new String[w];
            double[] numbers = new double[w];
            boolean[] percents = new boolean[w];
            for (int c = 0; c < w; c++) {
                types[c] = s.type(c);
                texts[c] = s.text(c);
                numbers[c] = s.number(c);
                percents[c] = s.percent(c);
            }
            return new ArrayRow(types, texts, numbers, percents);
        }

        /** The cells as trimmed texts ("" for empty). */
        String[] strings() {
            String[] out = new String[texts.length];
            for (int c = 0; c < out.length; c++) out[c] = types[c] == CellType.EMPTY ? "" : texts[c].strip();
            return out;
        }

        @Override
        public String file() {
            return "";
        }

        @Override
        public String sheet() {
            return "";
        }

        @Override
        public boolean nextRow() {
            return false;
        }

        @Override
        public int rowNumber() {
            return 0;
        }

        @Override
        public int width() {
            return types.length;
        }

        @Override
        public CellType type(int column) {
            return column < types.length ? types[column] : CellType.EMPTY;
        }

        @Override
        public String text(int column) {
            return column < texts.length ? texts[column] : "";
        }

        @Override
        public double number(int column) {
            return column < numbers.length ? numbers[column] : Double.NaN;
        }

        @Override
        public boolean percent(int column) {
            return column < percents.length && percents[column];
        }

        @Override
        public void close() {
        }
    }
}
