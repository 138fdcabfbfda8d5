package org.ecoscore.report;

import org.ecoscore.core.Text;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes cells of one sheet with the shared {@link Styles}: text always as string cells (quote-prefixed
 * when risky, never a formula), numbers at full precision (NaN left blank), and tracks each column's
 * widest text to size columns without autoSizeColumn (CJK characters count double). Rows must be written
 * in ascending order, cells of a row in ascending column order. The cells go to a {@link CellSink}: the
 * {@link XlsxSheet} itself, or for the big sheets a {@link SheetXmlFile} while {@link #sheet} (then left without
 * rows) takes the sheet-level settings (column widths, print set-up).
 */
final class SheetWriter {
    private static final int MAX_WIDTH = 60;
    final XlsxSheet sheet;
    final Styles styles;
    private final CellSink cells;
    private int[] widths = new int[16];
    private int columns;

    SheetWriter(XlsxSheet sheet, Styles styles) {
        this(sheet, styles, sheet);
    }

    /** Cells to {@code cells}; sheet-level settings to {@code sheet}. */
    SheetWriter(XlsxSheet sheet, Styles styles, CellSink cells) {
        this.sheet = sheet;
        this.styles = styles;
        this.cells = cells;
    }

    void text(int r, int c, String s) {
        text(r, c, s, Styles.Fill.NONE);
    }

    void text(int r, int c, String s, Styles.Fill fill) {
        if (s == null || s.isEmpty()) return;
        String fitted = fit(s);
        cells.text(r, c, fitted, styles.text(fitted, fill));
        // width(s) ≤ 2·length: measure only text that could widen the column (most cells cannot)
        if (2 * s.length() > measured(c)) measure(c, width(s));
    }

    /** Text (possibly from an input) in grey italic, or plain when {@code few} is false. */
    void text(int r, int c, String s, boolean few) {
        if (!few) {
            text(r, c, s);
            return;
        }
        if (s == null || s.isEmpty()) return;
        String fitted = fit(s);
        cells.text(r, c, fitted, styles.fewText(fitted));
        if (2 * s.length() > measured(c)) measure(c, width(s));
    }

    /** A whole number in grey italic when {@code few}, else default style. */
    void integer(int r, int c, long v, boolean few) {
        if (!few) {
            integer(r, c, v);
            return;
        }
        cells.number(r, c, v, styles.fewInteger);
        measure(c, Long.toString(v).length() + 1);
    }

    private int measured(int c) {
        return c < columns ? widths[c] : 0;
    }

    /** Excel's limit on the characters of one cell. */
    static final int MAX_CELL_CHARS = 32_767;

    /** Input text longer than a cell can hold is cut, ending in "…", rather than failing the whole report. */
    static String fit(String s) {
        if (s.length() <= MAX_CELL_CHARS) return s;
        int end = MAX_CELL_CHARS - 1;
        if (Character.isHighSurrogate(s.charAt(end - 1))) end--;
        return s.substring(0, end) + "…";
    }

    /** Text with an explicit style (titles, headers: tool text, never from an input). */
    void styled(int r, int c, String s, Styles.Style style) {
        cells.text(r, c, s, style);
        if (style != styles.title && style != styles.subtitle) measure(c, Math.min(width(s), 24));
    }

    /** A row label (tool text) that never wraps: its column widens to fit it. */
    void label(int r, int c, String s) {
        cells.text(r, c, s, styles.label);
        measure(c, width(s));
    }

    /** A note row of tool text: written as text but not widening its column (it overflows to the right). */
    void note(int r, int c, String s) {
        styled(r, c, s, styles.text(s, Styles.Fill.NONE));
    }

    /** Display width of one line of a {@link #paragraph}, assumed when setting its row height. */
    static final int PARAGRAPH_LINE = 90;

    /**
     * A sentence (tool text, possibly holding input text such as a region name) wrapped over the merged cells
     * {@code c0..c1} of row {@code r}, the row tall enough for its lines; it widens no column.
     */
    void paragraph(int r, int c0, int c1, String s) {
        paragraph(r, c0, c1, s, PARAGRAPH_LINE);
    }

    /** As {@link #paragraph(int, int, int, String)} with {@code line} display units assumed per line. */
    void paragraph(int r, int c0, int c1, String s, int line) {
        String fitted = fit(s);
        cells.text(r, c0, fitted, styles.paragraph(fitted));
        sheet.addMergedRegion(new CellRangeAddress(r, r, c0, c1));
        int lines = Math.max(1, (width(fitted) + line - 1) / line);
        sheet.setRowHeight(r, lines * XlsxSheet.DEFAULT_ROW_HEIGHT * 1.1f);
    }

    void number(int r, int c, double v, Styles.Style style) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return;
        cells.number(r, c, v, style);
        measure(c, 8);
    }

    void integer(int r, int c, long v) {
        cells.integer(r, c, v);
        measure(c, Long.toString(v).length() + 1);
    }

    void header(int r, List<String> heads) {
        for (int c = 0; c < heads.size(); c++) styled(r, c, heads.get(c), styles.header);
    }

    private void measure(int c, int w) {
        if (c >= widths.length) widths = Arrays.copyOf(widths, Math.max(c + 1, 2 * widths.length));
        if (c >= columns) columns = c + 1;
        if (w > widths[c]) widths[c] = Math.min(MAX_WIDTH, w);
    }

    /** Display width: CJK and other wide characters count 2 ({@link Text#displayWidth}). */
    static int width(String s) {
        return Text.displayWidth(s);
    }

    /** Sheets wider than this many columns print at {@link #WIDE_SCALE}% across pages, not fit to one width. */
    static final int WIDE_COLUMNS = 15;
    static final short WIDE_SCALE = 65;

    /** {@link #finish(int, int)} repeating the first column on wide sheets. */
    void finish(int headerRow) {
        finish(headerRow, 1);
    }

    /**
     * Column widths from the measured text, then print-ready page set-up (SPEC §5): landscape A4; narrow
     * sheets fit to one page width; sheets wider than {@value #WIDE_COLUMNS} columns at a fixed
     * {@value #WIDE_SCALE}% across pages with the header row and the first {@code keyColumns} columns (id,
     * name) repeated on every page, so that the text stays readable.
     */
    void finish(int headerRow, int keyColumns) {
        for (int c = 0; c < columns; c++) {
            int w = Math.max(6, widths[c] + 2);
            sheet.setColumnWidth(c, Math.min(255, w) * 256);
        }
        boolean wide = columns > WIDE_COLUMNS;
        sheet.setPrint(wide ? WIDE_SCALE : 0);
        if (wide && keyColumns > 0) sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, keyColumns - 1));
        if (headerRow >= 0) sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
    }
}
