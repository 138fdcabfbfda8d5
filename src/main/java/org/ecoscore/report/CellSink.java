package org.ecoscore.report;

/**
 * Where {@link SheetWriter} puts its cells: an {@link XlsxSheet}, which holds them (the small sheets), or the sheet
 * XML written straight to a file ({@link SheetXmlFile}, the two sheets that grow with the batch). Rows come in
 * ascending order, cells within a row in ascending column order.
 */
interface CellSink {
    /** A string cell (never a formula) with the given style. */
    void text(int r, int c, String s, Styles.Style style);

    /** A numeric cell; {@code style} may be null (the default style). Never NaN or infinite. */
    void number(int r, int c, double v, Styles.Style style);

    /** A numeric cell holding a whole number, default style. */
    void integer(int r, int c, long v);
}
