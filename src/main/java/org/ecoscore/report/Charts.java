package org.ecoscore.report;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.Grouping;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Where charts go on a sheet ({@link Place}, {@link #sized}), what a series is ({@link Series}), and the trend
 * workbook's line chart, the one chart still built through XDDF (every chart of the report is written as plain XML
 * by {@link ChartParts}). Charts live on XSSF sheets only, never on streamed ones.
 */
final class Charts {
    /** Series colours in order: blue, orange, green, red, purple, grey. */
    private static final byte[][] COLOURS = {
        {(byte) 0x1F, (byte) 0x4E, (byte) 0x79}, {(byte) 0xED, (byte) 0x7D, (byte) 0x31},
        {(byte) 0x70, (byte) 0xAD, (byte) 0x47}, {(byte) 0xC0, (byte) 0x00, (byte) 0x00},
        {(byte) 0x70, (byte) 0x30, (byte) 0xA0}, {(byte) 0x7F, (byte) 0x7F, (byte) 0x7F}};

    /** One series: its name and the column (or row) of values. */
    record Series(String title, CellRangeAddress values) {
    }

    /**
     * Where a chart goes: from the top-left of cell (row1, col1) to offset (dx2, dy2) EMU inside cell
     * (row2, col2), 0-based; with zero offsets the chart ends at the top-left of (row2, col2).
     */
    record Place(int col1, int row1, int col2, int row2, int dx2, int dy2) {
        Place(int col1, int row1, int col2, int row2) {
            this(col1, row1, col2, row2, 0, 0);
        }
    }

    static final int EMU_PER_CM = 360_000;
    private static final int EMU_PER_PIXEL = 9_525;
    private static final int EMU_PER_POINT = 12_700;

    /**
     * A place of {@code widthCm} × {@code heightCm} whose top-left is cell (row1, col1), measured over the
     * sheet's current column widths and row heights (so set the column widths first).
     */
    static Place sized(XlsxSheet sheet, int col1, int row1, double widthCm, double heightCm) {
        long w = Math.round(widthCm * EMU_PER_CM);
        int c = col1;
        for (long cw; w > (cw = Math.round(sheet.columnWidthInPixels(c) * EMU_PER_PIXEL)); c++) w -= cw;
        long[] end = rowEnd(sheet, row1, heightCm);
        return new Place(col1, row1, c, (int) end[0], (int) w, (int) end[1]);
    }

    /** {row, EMU offset in it} where a chart of {@code heightCm} starting at the top of row {@code row1} ends. */
    static long[] rowEnd(XlsxSheet sheet, int row1, double heightCm) {
        long h = Math.round(heightCm * EMU_PER_CM);
        int r = row1;
        for (long rh; h > (rh = rowHeight(sheet, r)); r++) h -= rh;
        return new long[] {r, h};
    }

    private static long rowHeight(XlsxSheet sheet, int r) {
        return Math.round(sheet.rowHeightInPoints(r) * EMU_PER_POINT);
    }

    private Charts() {
    }

    /**
     * A line chart (one line with markers per series, in the series colours) over categories such as years;
     * the value axis spans 0–100 (scores). Missing values leave a gap.
     */
    static XSSFChart line(XSSFSheet sheet, Place p, String title, CellRangeAddress categories, List<Series> series) {
        XSSFChart chart = create(sheet, p, title);
        XDDFCategoryAxis cat = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis val = chart.createValueAxis(AxisPosition.LEFT);
        val.setCrosses(AxisCrosses.AUTO_ZERO);
        val.setMinimum(0);
        val.setMaximum(100);
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, cat, val);
        data.setVaryColors(false);
        data.setGrouping(Grouping.STANDARD);
        addSeries(sheet, data, categories, series, true);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            XDDFLineChartData.Series ls = (XDDFLineChartData.Series) data.getSeries(i);
            ls.setMarkerStyle(MarkerStyle.CIRCLE);
            ls.setSmooth(false);
        }
        chart.plot(data);
        var blanks = chart.getCTChart().isSetDispBlanksAs() ? chart.getCTChart().getDispBlanksAs()
                : chart.getCTChart().addNewDispBlanksAs();
        blanks.setVal(org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs.GAP);
        legend(chart);
        return chart;
    }

    /** Solid fill and outline in the i-th series colour (a line of width 2 when {@code lines}). */
    private static XDDFShapeProperties solid(int i, boolean lines) {
        XDDFSolidFillProperties fill = new XDDFSolidFillProperties(XDDFColor.from(COLOURS[i % COLOURS.length]));
        XDDFShapeProperties shape = new XDDFShapeProperties();
        XDDFLineProperties line = new XDDFLineProperties();
        line.setFillProperties(fill);
        line.setWidth(lines ? 2.0 : 0.75);
        if (!lines) shape.setFillProperties(fill);
        shape.setLineProperties(line);
        return shape;
    }

    private static XSSFChart create(XSSFSheet sheet, Place p, String title) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, p.dx2(), p.dy2(), p.col1(), p.row1(), p.col2(),
                p.row2());
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        return chart;
    }

    private static void legend(XSSFChart chart) {
        XDDFChartLegend legend = chart.getOrAddLegend();
        legend.setPosition(LegendPosition.BOTTOM);
    }

    private static void addSeries(XSSFSheet sheet, XDDFChartData data, CellRangeAddress categories,
                                  List<Series> series, boolean lines) {
        XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromStringCellRange(sheet, categories);
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            XDDFNumericalDataSource<Double> vals = XDDFDataSourcesFactory.fromNumericCellRange(sheet, s.values());
            XDDFChartData.Series ser = data.addSeries(cats, vals);
            ser.setTitle(s.title(), null);
            ser.setShapeProperties(solid(i, lines));
        }
        if (series.isEmpty()) {
            throw new IllegalArgumentException("a chart needs a series");
        }
    }
}
