package org.ecoscore.report;

import org.apache.poi.ss.util.CellRangeAddress;

/** A red–yellow–green 3-colour scale conditional format on score columns (reversed for obstacle shares). */
final class ColourScales {
    private static final String RED = "F8696B";
    private static final String YELLOW = "FFEB84";
    private static final String GREEN = "63BE7B";
    private static final String WHITE = "FFFFFF";
    private static final String[] MIN_MEDIAN_MAX = {"<cfvo type=\"min\"/>", "<cfvo type=\"percentile\" val=\"50\"/>",
        "<cfvo type=\"max\"/>"};
    private static final String[] MIN_ZERO_MAX = {"<cfvo type=\"min\"/>", "<cfvo type=\"num\" val=\"0\"/>",
        "<cfvo type=\"max\"/>"};

    private ColourScales() {
    }

    static void add(XlsxSheet sheet, int firstRow, int lastRow, int column) {
        add(sheet, firstRow, lastRow, column, false);
    }

    /** As {@link #add(XlsxSheet, int, int, int)}; {@code highIsBad}: green–yellow–red (obstacle degrees). */
    static void add(XlsxSheet sheet, int firstRow, int lastRow, int column, boolean highIsBad) {
        add(sheet, firstRow, lastRow, column, column, highIsBad);
    }

    /** One colour scale over a block of columns (its colours compare every cell of the block). */
    static void add(XlsxSheet sheet, int firstRow, int lastRow, int firstColumn, int lastColumn, boolean highIsBad) {
        if (lastRow < firstRow || lastColumn < firstColumn) return;
        sheet.addColourScale(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn), MIN_MEDIAN_MAX,
                new String[] {highIsBad ? GREEN : RED, YELLOW, highIsBad ? RED : GREEN});
    }

    /**
     * A diverging red–white–green scale over a block of changes: red at the largest fall, white at 0, green at
     * the largest rise (the same colour means the same change across the block).
     */
    static void diverging(XlsxSheet sheet, int firstRow, int lastRow, int firstColumn, int lastColumn) {
        if (lastRow < firstRow || lastColumn < firstColumn) return;
        sheet.addColourScale(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn), MIN_ZERO_MAX,
                new String[] {RED, WHITE, GREEN});
    }
}
