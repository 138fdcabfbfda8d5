package org.ecoscore.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The report's charts as plain XML ({@link ChartXml}) rather than built through XDDF and XMLBeans — the bar and radar
 * charts of Summary, Regions, the profile sheets and Agreement, the groups' column charts with error bars, Change's
 * diverging bars and Uncertainty's rank intervals: this class reads the chart's data from the {@link XlsxSheet}'s
 * cells already written (categories from the cells' text, values from their numbers, a cell without one left out of
 * the cache) and puts the chart part's XML on the sheet with its place (the workbook writes the drawing, anchor and
 * relationships). One workbook, one thread.
 */
final class ChartParts {
    /**
     * A bar chart at {@code p} on {@code sheet} over cells already written (columns, or bars from the top when
     * {@code horizontal}): {@link ChartXml#bar}.
     */
    void bar(XlsxSheet sheet, Charts.Place p, String title, CellRangeAddress categories, List<Charts.Series> series,
             boolean horizontal) {
        put(sheet, p, barXml(sheet, title, categories, series, horizontal));
    }

    /** A radar chart at {@code p} on {@code sheet} over cells already written: {@link ChartXml#radar}. */
    void radar(XlsxSheet sheet, Charts.Place p, String title, CellRangeAddress categories, List<Charts.Series> series) {
        put(sheet, p, radarXml(sheet, title, categories, series));
    }

    /**
     * A column chart with error bars of ± the cells {@code halfWidths} on its first series: {@link ChartXml#errorBars}.
     */
    void errorBars(XlsxSheet sheet, Charts.Place p, String title, CellRangeAddress categories,
                   List<Charts.Series> series, CellRangeAddress halfWidths) {
        put(sheet, p, errorBarsXml(sheet, title, categories, series, halfWidths));
    }

    /** A diverging bar chart of {@code values} (the numbers of the series' cells): {@link ChartXml#diverging}. */
    void diverging(XlsxSheet sheet, Charts.Place p, String title, CellRangeAddress categories, Charts.Series series,
                   double[] values) {
        put(sheet, p, divergingXml(sheet, title, categories, series, values));
    }

    /** A rank-interval chart: {@link ChartXml#intervals}. */
    void intervals(XlsxSheet sheet, Charts.Place p, String title, CellRangeAddress categories, Charts.Series low,
                   Charts.Series width, Charts.Series marks) {
        put(sheet, p, intervalsXml(sheet, title, categories, low, width, marks));
    }

    /** The chart at {@code p} on {@code sheet}. */
    private static void put(XlsxSheet sheet, Charts.Place p, String chartXml) {
        sheet.addChart(p, chartXml.getBytes(StandardCharsets.UTF_8));
    }

    /** The chart part's XML of {@link #bar}. */
    static String barXml(XlsxSheet sheet, String title, CellRangeAddress categories, List<Charts.Series> series,
                         boolean horizontal) {
        return ChartXml.bar(sheet.name(), title, categories, texts(sheet, categories), columns(sheet, series),
                horizontal);
    }

    /** The chart part's XML of {@link #radar}. */
    static String radarXml(XlsxSheet sheet, String title, CellRangeAddress categories, List<Charts.Series> series) {
        return ChartXml.radar(sheet.name(), title, categories, texts(sheet, categories), columns(sheet, series));
    }

    /** The chart part's XML of {@link #errorBars}. */
    static String errorBarsXml(XlsxSheet sheet, String title, CellRangeAddress categories, List<Charts.Series> series,
                               CellRangeAddress halfWidths) {
        return ChartXml.errorBars(sheet.name(), title, categories, texts(sheet, categories),
                columns(sheet, series), halfWidths);
    }

    /** The chart part's XML of {@link #diverging}. */
    static String divergingXml(XlsxSheet sheet, String title, CellRangeAddress categories, Charts.Series series,
                               double[] values) {
        return ChartXml.diverging(sheet.name(), title, categories, texts(sheet, categories),
                column(sheet, series), values);
    }

    /** The chart part's XML of {@link #intervals}. */
    static String intervalsXml(XlsxSheet sheet, String title, CellRangeAddress categories, Charts.Series low,
                               Charts.Series width, Charts.Series marks) {
        return ChartXml.intervals(sheet.name(), title, categories, texts(sheet, categories),
                column(sheet, low), column(sheet, width), column(sheet, marks));
    }

    /** The text cells' texts of {@code range}, row by row; null for a cell that holds none (as XDDF reads them). */
    private static String[] texts(XlsxSheet sheet, CellRangeAddress range) {
        String[] out = new String[range.getNumberOfCells()];
        for (int i = 0; i < out.length; i++) {
            XlsxSheet.Cell c = cell(sheet, range, i);
            if (c != null) out[i] = c.text();
        }
        return out;
    }

    private static List<ChartXml.Column> columns(XlsxSheet sheet, List<Charts.Series> series) {
        List<ChartXml.Column> out = new ArrayList<>(series.size());
        for (Charts.Series s : series) out.add(column(sheet, s));
        return out;
    }

    /** A series' name and its cells' numbers, NaN for a cell that holds none (as XDDF reads them). */
    private static ChartXml.Column column(XlsxSheet sheet, Charts.Series s) {
        double[] values = new double[s.values().getNumberOfCells()];
        for (int i = 0; i < values.length; i++) {
            XlsxSheet.Cell c = cell(sheet, s.values(), i);
            values[i] = c != null && c.text() == null ? c.number() : Double.NaN;
        }
        return ChartXml.Column.of(s.title(), s.values(), values);
    }

    /** The i-th cell of {@code range}, row by row, or null. */
    private static XlsxSheet.Cell cell(XlsxSheet sheet, CellRangeAddress range, int i) {
        int width = range.getLastColumn() - range.getFirstColumn() + 1;
        return sheet.cell(range.getFirstRow() + i / width, range.getFirstColumn() + i % width);
    }
}
