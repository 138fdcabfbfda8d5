package org.ecoscore.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.poi.ss.formula.SheetNameFormatter;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.ecoscore.core.ShortestDecimal;

/**
 * One worksheet of an {@link XlsxWorkbook}: its cells (held here, the small sheets; or rows written apart as
 * deflated XML by a {@link SheetXmlFile}, the big ones, see {@link #streamed}) and its sheet-level settings —
 * column widths, row heights, freeze pane, auto-filter, merged cells, colour scales, print set-up (landscape A4,
 * fit to width or a fixed scale, repeated rows and columns), row breaks and charts — written as the worksheet part's
 * XML in the schema's element order ({@link #xml}). Text is always an inline string (never a formula), a number
 * its {@link ShortestDecimal} text. A cell written again replaces the one before. Not thread-safe: one sheet, one
 * thread at a time.
 */
final class XlsxSheet implements CellSink {
    /** The row height (points) of a row whose height was not set, as Excel's default for Calibri 11. */
    static final float DEFAULT_ROW_HEIGHT = 15f;
    /** A column's width (1/256 of a character) when not set: Excel's default of 8 characters. */
    private static final int DEFAULT_WIDTH = 8 * 256;
    /** Pixels per character of column width (Calibri 11 at 96 dpi), as POI and Excel measure them. */
    private static final float CHARACTER_PIXELS = 7.0017f;

    /** A cell: text (not null) or a number with its text; its style index. */
    record Cell(String text, double number, String numberText, int style) {
    }

    /** A chart: where it is and its chart part's XML. */
    record Chart(Charts.Place place, byte[] xml, long cx, long cy) {
    }

    private static final class Row {
        float height = -1;
        final TreeMap<Integer, Cell> cells = new TreeMap<>();
    }

    private final String name;
    private final TreeMap<Integer, Row> rows = new TreeMap<>();
    private Row lastRow;
    private int lastRowNum = -1;
    private final TreeMap<Integer, Integer> widths = new TreeMap<>();
    private int freezeColumns;
    private int freezeRows;
    private CellRangeAddress autoFilter;
    private final List<CellRangeAddress> merged = new ArrayList<>();
    private final List<String> colourScales = new ArrayList<>();
    private final TreeSet<Integer> rowBreaks = new TreeSet<>();
    private boolean printSet;
    private boolean fitToWidth;
    private int scale;
    private CellRangeAddress repeatingRows;
    private CellRangeAddress repeatingColumns;
    private final List<Chart> charts = new ArrayList<>();
    private ReproducibleZip.SheetRows streamed;
    private CellRangeAddress streamedExtent;

    XlsxSheet(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    // ---- cells ----

    private Row row(int r) {
        if (r == lastRowNum) return lastRow;
        Row row = rows.computeIfAbsent(r, k -> new Row());
        lastRow = row;
        lastRowNum = r;
        return row;
    }

    @Override
    public void text(int r, int c, String s, Styles.Style style) {
        row(r).cells.put(c, new Cell(s, 0, null, style == null ? 0 : style.index()));
    }

    @Override
    public void number(int r, int c, double v, Styles.Style style) {
        row(r).cells.put(c, new Cell(null, v, ShortestDecimal.of(v), style == null ? 0 : style.index()));
    }

    @Override
    public void integer(int r, int c, long v) {
        row(r).cells.put(c, new Cell(null, v, Double.toString((double) v), 0));
    }

    /** The cell at (r, c), or null. */
    Cell cell(int r, int c) {
        Row row = rows.get(r);
        return row == null ? null : row.cells.get(c);
    }

    /** The cells of row {@code r} by column (empty when it has none). */
    java.util.SortedMap<Integer, Cell> rowCells(int r) {
        Row row = rows.get(r);
        return row == null ? java.util.Collections.emptySortedMap() : java.util.Collections.unmodifiableSortedMap(row.cells);
    }

    /** Whether row {@code r} holds a cell or a height. */
    boolean hasRow(int r) {
        return rows.containsKey(r);
    }

    /** The height of row {@code r} in points: its own when set, else {@link #DEFAULT_ROW_HEIGHT}. */
    float rowHeightInPoints(int r) {
        Row row = rows.get(r);
        return row == null || row.height < 0 ? DEFAULT_ROW_HEIGHT : row.height;
    }

    /** Sets row {@code r}'s height in points, when the row exists (has a cell). */
    void setRowHeight(int r, float points) {
        Row row = rows.get(r);
        if (row != null) row.height = points;
    }

    // ---- sheet-level settings ----

    /** Sets a column's width in 1/256 of a character (as Excel's {@code col/@width} × 256). */
    void setColumnWidth(int c, int width) {
        if (width > 255 * 256) throw new IllegalArgumentException("column width > 255 characters: " + width / 256);
        widths.put(c, width);
    }

    int columnWidth(int c) {
        return widths.getOrDefault(c, DEFAULT_WIDTH);
    }

    float columnWidthInPixels(int c) {
        return (float) (columnWidth(c) / 256.0 * CHARACTER_PIXELS);
    }

    /** Freezes the first {@code columns} columns and {@code rows} rows (0 and 0: none). */
    void createFreezePane(int columns, int rows) {
        freezeColumns = columns;
        freezeRows = rows;
    }

    void setAutoFilter(CellRangeAddress range) {
        autoFilter = range;
    }

    CellRangeAddress autoFilter() {
        return autoFilter;
    }

    void addMergedRegion(CellRangeAddress range) {
        if (range.getNumberOfCells() < 2) {
            throw new IllegalArgumentException("Merged region " + range.formatAsString() + " must contain 2 or more cells");
        }
        merged.add(range);
    }

    /** A manual page break after row {@code r} (0-based). */
    void setRowBreak(int r) {
        rowBreaks.add(r);
    }

    /**
     * A three-colour scale over {@code range}: thresholds as {@code cfvo} elements ({@code min}, {@code max},
     * {@code percentile 50}, {@code num 0}), colours as RGB hex.
     */
    void addColourScale(CellRangeAddress range, String[] cfvo, String[] colours) {
        StringBuilder b = new StringBuilder(320);
        b.append("<conditionalFormatting sqref=\"").append(range.formatAsString()).append("\"><cfRule type=\"colorScale\" priority=\"")
                .append(colourScales.size() + 1).append("\"><colorScale>");
        for (String v : cfvo) b.append(v);
        for (String c : colours) b.append("<color rgb=\"FF").append(c).append("\"/>");
        b.append("</colorScale></cfRule></conditionalFormatting>");
        colourScales.add(b.toString());
    }

    /**
     * Landscape A4 print set-up: fitted to one page width ({@code scale} 0) or at {@code scale}% across pages; page
     * breaks where needed.
     */
    void setPrint(int scale) {
        printSet = true;
        this.scale = scale;
        this.fitToWidth = scale == 0;
    }

    void setRepeatingRows(CellRangeAddress rowsOnly) {
        repeatingRows = rowsOnly;
    }

    void setRepeatingColumns(CellRangeAddress columnsOnly) {
        repeatingColumns = columnsOnly;
    }

    /**
     * The {@code _xlnm.Print_Titles} formula ({@code 'Sheet'!$A:$B,'Sheet'!$1:$1}), or null when nothing repeats.
     */
    String printTitles() {
        if (repeatingRows == null && repeatingColumns == null) return null;
        String sheet = SheetNameFormatter.format(name);
        StringBuilder b = new StringBuilder();
        if (repeatingColumns != null) {
            b.append(sheet).append("!$").append(CellReference.convertNumToColString(repeatingColumns.getFirstColumn()))
                    .append(":$").append(CellReference.convertNumToColString(repeatingColumns.getLastColumn()));
        }
        if (repeatingRows != null) {
            if (b.length() > 0) b.append(',');
            b.append(sheet).append("!$").append(repeatingRows.getFirstRow() + 1).append(":$")
                    .append(repeatingRows.getLastRow() + 1);
        }
        return b.toString();
    }

    /** The auto-filter's {@code _xlnm._FilterDatabase} formula, or null. */
    String filterDatabase() {
        return autoFilter == null ? null : new CellRangeAddress(autoFilter.getFirstRow(), autoFilter.getLastRow(),
                autoFilter.getFirstColumn(), autoFilter.getLastColumn()).formatAsString(name, true);
    }

    /** A chart at {@code p} whose chart part holds {@code xml}; its frame's size from the current widths and heights. */
    void addChart(Charts.Place p, byte[] xml) {
        double widthPx = 0;
        for (int c = p.col1(); c < p.col2(); c++) widthPx += columnWidthInPixels(c);
        double heightPx = 0;
        for (int r = p.row1(); r < p.row2(); r++) {
            heightPx += (int) Math.rint(12_700 * (double) rowHeightInPoints(r)) / 9_525.0;
        }
        long cx = (long) (int) widthPx * 9_525 + p.dx2();
        long cy = (long) (int) heightPx * 9_525 + p.dy2();
        charts.add(new Chart(p, xml, cx, cy));
    }

    List<Chart> charts() {
        return charts;
    }

    /**
     * The rows are written apart ({@link SheetXmlFile}) and spliced into this sheet's part; {@code extent} is the range
     * they span (null when none).
     */
    void streamed(ReproducibleZip.SheetRows rows, CellRangeAddress extent) {
        this.streamed = rows;
        this.streamedExtent = extent;
    }

    ReproducibleZip.SheetRows streamedRows() {
        return streamed;
    }

    // ---- XML ----

    /** The range the cells span (as Excel's {@code dimension}), {@code A1} when there are none. */
    String dimension() {
        if (streamed != null) return streamedExtent == null ? "A1" : streamedExtent.formatAsString();
        int min = Integer.MAX_VALUE;
        int max = -1;
        for (Row row : rows.values()) {
            if (row.cells.isEmpty()) continue;
            min = Math.min(min, row.cells.firstKey());
            max = Math.max(max, row.cells.lastKey());
        }
        if (max < 0) return "A1";
        return new CellRangeAddress(rows.firstKey(), rows.lastKey(), min, max).formatAsString();
    }

    /**
     * The worksheet part up to and including {@code <sheetData>} ({@code [0]}) and from {@code </sheetData>} on
     * ({@code [1]}); with the cells held here, {@code [0]} holds the rows too and {@code [1]} starts after
     * {@code </sheetData>}. {@code selected}: the sheet whose tab is selected (the first); {@code drawing}: the
     * relationship id of its drawing, when it has charts.
     */
    String[] xml(boolean selected, String drawing) {
        StringBuilder b = new StringBuilder(4096 + 96 * rows.size());
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"")
                .append(XlsxWorkbook.MAIN_NS).append("\" xmlns:r=\"").append(XlsxWorkbook.REL_NS).append("\">");
        if (printSet) {
            b.append("<sheetPr><pageSetUpPr fitToPage=\"").append(fitToWidth ? 1 : 0).append("\" autoPageBreaks=\"1\"/></sheetPr>");
        }
        b.append("<dimension ref=\"").append(dimension()).append("\"/><sheetViews><sheetView");
        if (selected) b.append(" tabSelected=\"1\"");
        b.append(" workbookViewId=\"0\"");
        if (freezeColumns > 0 || freezeRows > 0) {
            String pane = freezeColumns > 0 && freezeRows > 0 ? "bottomRight" : freezeRows > 0 ? "bottomLeft" : "topRight";
            b.append("><pane");
            if (freezeColumns > 0) b.append(" xSplit=\"").append(freezeColumns).append('"');
            if (freezeRows > 0) b.append(" ySplit=\"").append(freezeRows).append('"');
            b.append(" topLeftCell=\"").append(new CellReference(freezeRows, freezeColumns).formatAsString())
                    .append("\" activePane=\"").append(pane).append("\" state=\"frozen\"/><selection pane=\"").append(pane)
                    .append("\"/></sheetView>");
        } else {
            b.append("/>");
        }
        b.append("</sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>");
        if (!widths.isEmpty()) {
            b.append("<cols>");
            for (Map.Entry<Integer, Integer> e : widths.entrySet()) {
                int w = e.getValue();
                b.append("<col min=\"").append(e.getKey() + 1).append("\" max=\"").append(e.getKey() + 1)
                        .append("\" width=\"").append(w % 256 == 0 ? Integer.toString(w / 256) : Double.toString(w / 256.0))
                        .append("\" customWidth=\"1\"/>");
            }
            b.append("</cols>");
        }
        b.append("<sheetData>");
        String[] parts = new String[2];
        if (streamed != null) {
            parts[0] = b.toString();
            b.setLength(0);
        } else {
            rows(b);
        }
        b.append("</sheetData>");
        if (autoFilter != null) b.append("<autoFilter ref=\"").append(autoFilter.formatAsString()).append("\"/>");
        if (!merged.isEmpty()) {
            b.append("<mergeCells count=\"").append(merged.size()).append("\">");
            for (CellRangeAddress m : merged) b.append("<mergeCell ref=\"").append(m.formatAsString()).append("\"/>");
            b.append("</mergeCells>");
        }
        for (String cf : colourScales) b.append(cf);
        b.append("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>");
        if (printSet) {
            b.append("<pageSetup paperSize=\"9\"");
            if (fitToWidth) b.append(" fitToWidth=\"1\" fitToHeight=\"0\"");
            else b.append(" scale=\"").append(scale).append('"');
            b.append(" orientation=\"landscape\"/>");
        }
        if (!rowBreaks.isEmpty()) {
            b.append("<rowBreaks count=\"").append(rowBreaks.size()).append("\" manualBreakCount=\"").append(rowBreaks.size())
                    .append("\">");
            for (int r : rowBreaks) b.append("<brk id=\"").append(r + 1).append("\" max=\"16383\" man=\"1\"/>");
            b.append("</rowBreaks>");
        }
        if (drawing != null) b.append("<drawing r:id=\"").append(drawing).append("\"/>");
        b.append("</worksheet>");
        if (streamed != null) {
            parts[1] = b.toString();
        } else {
            parts[0] = b.toString();
            parts[1] = "";
        }
        return parts;
    }

    private void rows(StringBuilder b) {
        for (Map.Entry<Integer, Row> e : rows.entrySet()) {
            Row row = e.getValue();
            String ref = Integer.toString(e.getKey() + 1);
            b.append("<row r=\"").append(ref).append('"');
            if (row.height >= 0) b.append(" ht=\"").append(ShortestDecimal.of(row.height)).append("\" customHeight=\"1\"");
            b.append('>');
            for (Map.Entry<Integer, Cell> ce : row.cells.entrySet()) {
                Cell c = ce.getValue();
                b.append("<c r=\"").append(CellReference.convertNumToColString(ce.getKey())).append(ref).append('"');
                if (c.style() != 0) b.append(" s=\"").append(c.style()).append('"');
                if (c.text() != null) {
                    b.append(" t=\"inlineStr\"><is><t");
                    String s = c.text();
                    if (!s.isEmpty() && (Character.isWhitespace(s.charAt(0))
                            || Character.isWhitespace(s.charAt(s.length() - 1)))) {
                        b.append(" xml:space=\"preserve\"");
                    }
                    b.append('>');
                    XlsxWorkbook.escape(b, s);
                    b.append("</t></is></c>");
                } else {
                    b.append("><v>").append(c.numberText()).append("</v></c>");
                }
            }
            b.append("</row>");
        }
    }
}
