package org.ecoscore.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Chart parts of a POI workbook written as plain XML ({@link ChartXml}) rather than built through XDDF and
 * XMLBeans — every chart of the report: the bar and radar charts of Summary, Regions, the profile sheets and
 * Agreement, the groups' column charts with error bars, Change's diverging bars and Uncertainty's rank intervals.
 * Building and saving them through XDDF cost more than the rest of their sheet, and on a short run more still to
 * load XDDF's classes for.
 * POI still makes the drawing, the anchor and an empty chart part (so the sheet, drawing, relationships and
 * content types are POI's own); this class reads the chart's data from the sheet's cells already written
 * (categories from the cells' text, values from their numbers, a cell without one left out of the cache), writes
 * that part's XML, and {@link ReproducibleZip} puts it in place of the empty part's ({@link #xml()}). One workbook,
 * one thread.
 */
final class ChartParts {
    private final Map<String, byte[]> xml = new HashMap<>();

    /**
     * A bar chart at {@code p} on {@code sheet} over cells already written (columns, or bars from the top when
     * {@code horizontal}): {@link ChartXml#bar}.
     */
    void bar(XSSFSheet sheet, Charts.Place p, String title, CellRangeAddress categories, List<Charts.Series> series,
             boolean horizontal) {
        put(sheet, p, barXml(sheet, title, categories, series, horizontal));
    }

    /** A radar chart at {@code p} on {@code sheet} over cells already written: {@link ChartXml#radar}. */
    void radar(XSSFSheet sheet, Charts.Place p, String title, CellRangeAddress categories, List<Charts.Series> series) {
        put(sheet, p, radarXml(sheet, title, categories, series));
    }

    /**
     * A column chart with error bars of ± the cells {@code halfWidths} on its first series: {@link ChartXml#errorBars}.
     */
    void errorBars(XSSFSheet sheet, Charts.Place p, String title, CellRangeAddress categories,
                   List<Charts.Series> series, CellRangeAddress halfWidths) {
        put(sheet, p, errorBarsXml(sheet, title, categories, series, halfWidths));
    }

    /** A diverging bar chart of {@code values} (the numbers of the series' cells): {@link ChartXml#diverging}. */
    void diverging(XSSFSheet sheet, Charts.Place p, String title, CellRangeAddress categories, Charts.Series series,
                   double[] values) {
        put(sheet, p, divergingXml(sheet, title, categories, series, values));
    }

    /** A rank-interval chart: {@link ChartXml#intervals}. */
    void intervals(XSSFSheet sheet, Charts.Place p, String title, CellRangeAddress categories, Charts.Series low,
                   Charts.Series width, Charts.Series marks) {
        put(sheet, p, intervalsXml(sheet, title, categories, low, width, marks));
    }

    /** POI's drawing, anchor and (empty) chart part at {@code p}, and the XML that part gets instead. */
    private void put(XSSFSheet sheet, Charts.Place p, String chartXml) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, p.dx2(), p.dy2(), p.col1(), p.row1(), p.col2(),
                p.row2());
        XSSFChart chart = drawing.createChart(anchor);
        xml.put(chart.getPackagePart().getPartName().getName().substring(1), chartXml.getBytes(StandardCharsets.UTF_8));
    }

    /** The chart parts written here, by zip entry name ({@code xl/charts/chart5.xml}). */
    Map<String, byte[]> xml() {
        return xml;
    }

    /** The chart part's XML of {@link #bar}. */
    static String barXml(XSSFSheet sheet, String title, CellRangeAddress categories, List<Charts.Series> series,
                         boolean horizontal) {
        return ChartXml.bar(sheet.getSheetName(), title, categories, texts(sheet, categories), columns(sheet, series),
                horizontal);
    }

    /** The chart part's XML of {@link #radar}. */
    static String radarXml(XSSFSheet sheet, String title, CellRangeAddress categories, List<Charts.Series> series) {
        return ChartXml.radar(sheet.getSheetName(), title, categories, texts(sheet, categories), columns(sheet, series));
    }

    /** The chart part's XML of {@link #errorBars}. */
    static String errorBarsXml(XSSFSheet sheet, String title, CellRangeAddress categories, List<Charts.Series> series,
                               CellRangeAddress halfWidths) {
        return ChartXml.errorBars(sheet.getSheetName(), title, categories, texts(sheet, categories),
                columns(sheet, series), halfWidths);
    }

    /** The chart part's XML of {@link #diverging}. */
    static String divergingXml(XSSFSheet sheet, String title, CellRangeAddress categories, Charts.Series series,
                               double[] values) {
        return ChartXml.diverging(sheet.getSheetName(), title, categories, texts(sheet, categories),
                column(sheet, series), values);
    }

    /** The chart part's XML of {@link #intervals}. */
    static String intervalsXml(XSSFSheet sheet, String title, CellRangeAddress categories, Charts.Series low,
                               Charts.Series width, Charts.Series marks) {
        return ChartXml.intervals(sheet.getSheetName(), title, categories, texts(sheet, categories),
                column(sheet, low), column(sheet, width), column(sheet, marks));
    }

    /** The text cells' texts of {@code range}, row by row; null for a cell that holds none (as XDDF reads them). */
    private static String[] texts(XSSFSheet sheet, CellRangeAddress range) {
        String[] out = new String[range.getNumberOfCells()];
        for (int i = 0; i < out.length; i++) {
            Cell c = cell(sheet, range, i);
            if (c != null && c.getCellType() == CellType.STRING) out[i] = c.getStringCellValue();
        }
        return out;
    }

    private static List<ChartXml.Column> columns(XSSFSheet sheet, List<Charts.Series> series) {
        List<ChartXml.Column> out = new ArrayList<>(series.size());
        for (Charts.Series s : series) out.add(column(sheet, s));
        return out;
    }

    /** A series' name and its cells' numbers, NaN for a cell that holds none (as XDDF reads them). */
    private static ChartXml.Column column(XSSFSheet sheet, Charts.Series s) {
        double[] values = new double[s.values().getNumberOfCells()];
        for (int i = 0; i < values.length; i++) {
            Cell c = cell(sheet, s.values(), i);
            values[i] = c != null && c.getCellType() == CellType.NUMERIC ? c.getNumericCellValue() : Double.NaN;
        }
        return ChartXml.Column.of(s.title(), s.values(), values);
    }

    /** The i-th cell of {@code range}, row by row, or null. */
    private static Cell cell(XSSFSheet sheet, CellRangeAddress range, int i) {
        int width = range.getLastColumn() - range.getFirstColumn() + 1;
        Row row = sheet.getRow(range.getFirstRow() + i / width);
        return row == null ? null : row.getCell(range.getFirstColumn() + i % width);
    }
}
