package org.ecoscore.input;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Arrays;

/**
 * The reusable cell buffer of one physical row, shared by every reader: per column a {@link CellType},
 * a number, a text, a percent flag and (xlsx) a shared-string index. Columns not set since
 * {@link #clear()} are EMPTY.
 */
final class RowCells {
    private static final CellType[] TYPES = CellType.values();

    private byte[] types = new byte[64];
    private double[] numbers = new double[64];
    private String[] texts = new String[64];
    private boolean[] percents = new boolean[64];
    private int[] stringIndexes = new int[64];
    private int width;
    /** The source whose row this is, named when a cell lies beyond the last column; null in tests. */
    private final CellSource owner;

    RowCells() {
        this(null);
    }

    RowCells(CellSource owner) {
        this.owner = owner;
        Arrays.fill(stringIndexes, -1);
    }

    /** Forgets every cell of the previous row. */
    void clear() {
        for (int i = 0; i < width; i++) {
            types[i] = 0;
            texts[i] = null;
            percents[i] = false;
            stringIndexes[i] = -1;
        }
        width = 0;
    }

    int width() {
        return width;
    }

    void setString(int column, String text, int stringIndex) {
        if (text == null || text.isEmpty()) return;
        slot(column);
        types[column] = (byte) CellType.STRING.ordinal();
        texts[column] = text;
        stringIndexes[column] = stringIndex;
    }

    void setNumber(int column, double value, boolean percent) {
        slot(column);
        types[column] = (byte) CellType.NUMBER.ordinal();
        numbers[column] = value;
        percents[column] = percent;
    }

    void setDate(int column, double serial) {
        slot(column);
        types[column] = (byte) CellType.DATE.ordinal();
        numbers[column] = serial;
    }

    void setBoolean(int column, boolean value) {
        slot(column);
        types[column] = (byte) CellType.BOOLEAN.ordinal();
        numbers[column] = value ? 1 : 0;
    }

    CellType type(int column) {
        return column < 0 || column >= width ? CellType.EMPTY : TYPES[types[column]];
    }

    String text(int column) {
        switch (type(column)) {
            case STRING:
                return texts[column];
            case NUMBER:
                return renderNumber(numbers[column]);
            case BOOLEAN:
                return numbers[column] != 0 ? "TRUE" : "FALSE";
            case DATE:
                return renderDate(numbers[column]);
            default:
                return "";
        }
    }

    double number(int column) {
        CellType t = type(column);
        return t == CellType.NUMBER || t == CellType.DATE || t == CellType.BOOLEAN ? numbers[column] : Double.NaN;
    }

    boolean percent(int column) {
        return type(column) == CellType.NUMBER && percents[column];
    }

    int stringIndex(int column) {
        return type(column) == CellType.STRING ? stringIndexes[column] : -1;
    }

    private void slot(int column) {
        if (column < 0 || column >= SheetLimits.MAX_COLUMNS) {
            throw SheetLimits.tooWide(owner == null ? "" : owner.file(), owner == null ? "" : owner.sheet(),
                    owner == null ? 0 : owner.rowNumber());
        }
        if (column >= types.length) grow(column + 1);
        if (column >= width) width = column + 1;
    }

    private void grow(int min) {
        int n = Math.max(min, types.length * 2);
        types = Arrays.copyOf(types, n);
        numbers = Arrays.copyOf(numbers, n);
        texts = Arrays.copyOf(texts, n);
        percents = Arrays.copyOf(percents, n);
        int old = stringIndexes.length;
        stringIndexes = Arrays.copyOf(stringIndexes, n);
        Arrays.fill(stringIndexes, old, n, -1);
    }

    /**
     * Copies the current row's cells, columns 0 … width − 1, into the flat arrays of a {@link ScannedRows}
     * batch from {@code at} on; returns the width.
     */
    int copyOut(byte[] t, double[] n, String[] s, boolean[] p, int[] idx, int at) {
        int w = width;
        System.arraycopy(types, 0, t, at, w);
        System.arraycopy(numbers, 0, n, at, w);
        System.arraycopy(texts, 0, s, at, w);
        System.arraycopy(percents, 0, p, at, w);
        System.arraycopy(stringIndexes, 0, idx, at, w);
        return w;
    }

    /** Makes this the row of {@code w} cells copied out by {@link #copyOut} at {@code at}. */
    void copyIn(byte[] t, double[] n, String[] s, boolean[] p, int[] idx, int at, int w) {
        clear();
        if (w > types.length) grow(w);
        System.arraycopy(t, at, types, 0, w);
        System.arraycopy(n, at, numbers, 0, w);
        System.arraycopy(s, at, texts, 0, w);
        System.arraycopy(p, at, percents, 0, w);
        System.arraycopy(idx, at, stringIndexes, 0, w);
        width = w;
    }

    /** A number as a person would type it: integers without ".0", others in plain decimal notation. */
    static String renderNumber(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) return Double.toString(d);
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** An Excel serial (1900 system) as ISO-like text: "2025-03-11" or "2025-03-11 15:29:52". */
    static String renderDate(double serial) {
        LocalDateTime t = ExcelDates.toDateTime(serial);
        if (t == null) return renderNumber(serial);
        String s = t.toString().replace('T', ' ');
        if (serial == Math.rint(serial)) return t.toLocalDate().toString();
        return s.length() == 16 ? s + ":00" : s;
    }

}
