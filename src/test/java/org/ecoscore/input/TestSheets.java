package org.ecoscore.input;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * In-memory sheets for the input tests. A cell is a String (STRING, or EMPTY when ""), a Number (NUMBER),
 * null (EMPTY) or one of {@link #percent}, {@link #date}, {@link #shared}.
 */
final class TestSheets {
    private TestSheets() {
    }

    /** A percent-formatted number cell. */
    record Percent(double value) {
    }

    /** A date cell holding an Excel serial. */
    record Date(double serial) {
    }

    /** A string cell kept in an xlsx shared-string table at {@code index}. */
    record Shared(String text, int index) {
    }

    static Percent percent(double v) {
        return new Percent(v);
    }

    static Date date(double serial) {
        return new Date(serial);
    }

    static Shared shared(String text, int index) {
        return new Shared(text, index);
    }

    /** Rows of comma-separated text cells, as a CSV reader would give them (every cell a STRING). */
    static Object[][] csv(String... lines) {
        Object[][] rows = new Object[lines.length][];
        for (int i = 0; i < lines.length; i++) rows[i] = lines[i].split(",", -1);
        return rows;
    }

    /** One sheet as a source; row numbers count from 1 and include blank rows. */
    static CellSource of(String file, String sheet, Object[][] rows) {
        return new Source(file, sheet, rows);
    }

    /** A one-sheet file named "" (like CSV). */
    static SpreadsheetFile file(String name, Object[][] rows) {
        return new Workbook(name, List.of(""), List.of(false), List.<Object[][]>of(rows));
    }

    /** A workbook of several sheets. */
    static SpreadsheetFile workbook(String name, List<String> sheets, List<Boolean> hidden, List<Object[][]> rows) {
        return new Workbook(name, sheets, hidden, rows);
    }

    private record Workbook(String file, List<String> sheetNames, List<Boolean> hiddenFlags, List<Object[][]> rows)
            implements SpreadsheetFile {
        @Override
        public boolean hidden(int sheet) {
            return hiddenFlags.get(sheet);
        }

        @Override
        public CellSource open(int sheet) {
            return new Source(file, sheetNames.get(sheet), rows.get(sheet));
        }

        @Override
        public void close() {
        }
    }

    private static final class Source implements CellSource {
        private final String file;
        private final String sheet;
        private final List<Object[]> rows = new ArrayList<>();
        private final List<Integer> numbers = new ArrayList<>();
        private int current = -1;

        Source(String file, String sheet, Object[][] rows) {
            this.file = file;
            this.sheet = sheet;
            for (int i = 0; i < rows.length; i++) {
                if (rows[i] == null || rows[i].length == 0) continue; // absent row
                this.rows.add(rows[i]);
                numbers.add(i + 1);
            }
        }

        private Object cell(int c) {
            Object[] row = rows.get(current);
            return c < row.length ? row[c] : null;
        }

        @Override
        public String file() {
            return file;
        }

        @Override
        public String sheet() {
            return sheet;
        }

        @Override
        public boolean nextRow() {
            if (current + 1 >= rows.size()) return false;
            current++;
            return true;
        }

        @Override
        public int rowNumber() {
            return numbers.get(current);
        }

        @Override
        public int width() {
            return rows.get(current).length;
        }

        @Override
        public CellType type(int column) {
            Object v = cell(column);
            if (v == null || "".equals(v)) return CellType.EMPTY;
            if (v instanceof String || v instanceof Shared) return CellType.STRING;
            if (v instanceof Date) return CellType.DATE;
            if (v instanceof Boolean) return CellType.BOOLEAN;
            return CellType.NUMBER;
        }

        @Override
        public String text(int column) {
            Object v = cell(column);
            if (v == null) return "";
            if (v instanceof Shared s) return s.text();
            if (v instanceof Percent p) return p.value() * 100 + "%";
            if (v instanceof Date d) return String.valueOf(d.serial());
            if (v instanceof Double d && d == Math.rint(d)) return String.valueOf(d.longValue());
            return String.valueOf(v);
        }

        @Override
        public double number(int column) {
            Object v = cell(column);
            if (v instanceof Number n) return n.doubleValue();
            if (v instanceof Percent p) return p.value();
            if (v instanceof Date d) return d.serial();
            if (v instanceof Boolean b) return b ? 1 : 0;
            return Double.NaN;
        }

        @Override
        public boolean percent(int column) {
            return cell(column) instanceof Percent;
        }

        @Override
        public int stringIndex(int column) {
            return cell(column) instanceof Shared s ? s.index() : -1;
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return Arrays.deepToString(rows.toArray());
        }
    }
}
