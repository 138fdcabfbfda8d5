package org.ecoscore.report;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.Grouping;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.RadarStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFRadarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTCatAx;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTErrBars;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLegendEntry;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTMarker;
import org.openxmlformats.schemas.drawingml.x2006.chart.STErrBarType;
import org.openxmlformats.schemas.drawingml.x2006.chart.STErrDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.STErrValType;
import org.openxmlformats.schemas.drawingml.x2006.main.CTShapeProperties;

/**
 * The charts as {@code Charts} built them through XDDF before {@link ChartParts} wrote them as plain XML — bar,
 * radar, bars with error bars, diverging bars and rank intervals — kept for the tests only, as the oracle the plain
 * XML must equal byte for byte.
 */
final class XddfCharts {
    private static final String CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    /** Series colours in order: blue, orange, green, red, purple, grey. */
    private static final byte[][] COLOURS = {
        {(byte) 0x1F, (byte) 0x4E, (byte) 0x79}, {(byte) 0xED, (byte) 0x7D, (byte) 0x31},
        {(byte) 0x70, (byte) 0xAD, (byte) 0x47}, {(byte) 0xC0, (byte) 0x00, (byte) 0x00},
        {(byte) 0x70, (byte) 0x30, (byte) 0xA0}, {(byte) 0x7F, (byte) 0x7F, (byte) 0x7F}};

    private XddfCharts() {
    }

    static XSSFChart bar(XSSFSheet sheet, Charts.Place p, String title, CellRangeAddress categories, List<Charts.Series> series,
                         boolean horizontal) {
        XSSFChart chart = create(sheet, p, title);
        XDDFCategoryAxis cat = chart.createCategoryAxis(horizontal ? AxisPosition.LEFT : AxisPosition.BOTTOM);
        XDDFValueAxis val = chart.createValueAxis(horizontal ? AxisPosition.BOTTOM : AxisPosition.LEFT);
        val.setCrosses(AxisCrosses.AUTO_ZERO);
        val.setMinimum(0);
        val.setMaximum(100);
        if (horizontal) cat.setOrientation(org.apache.poi.xddf.usermodel.chart.AxisOrientation.MAX_MIN);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, cat, val);
        data.setBarDirection(horizontal ? BarDirection.BAR : BarDirection.COL);
        data.setVaryColors(false);
        addSeries(sheet, data, categories, series, false);
        chart.plot(data);
        everyCategoryLabel(chart);
        if (series.size() > 1) legend(chart);
        return chart;
    }

    /**
     * A horizontal bar chart of changes (one series, categories in sheet order from the top): bars rising
     * right of 0 in green, falling left of it in red, category labels at the left edge so they never sit on
     * a bar, the value axis fitted to the data.
     */
    static XSSFChart diverging(XSSFSheet sheet, Charts.Place p, String title, CellRangeAddress categories,
                               Charts.Series series, double[] values) {
        XSSFChart chart = create(sheet, p, title);
        XDDFCategoryAxis cat = chart.createCategoryAxis(AxisPosition.LEFT);
        XDDFValueAxis val = chart.createValueAxis(AxisPosition.BOTTOM);
        // categories run top-down (reversed); the value axis then crosses at the last category, the bottom
        val.setCrosses(AxisCrosses.MAX);
        cat.setCrosses(AxisCrosses.AUTO_ZERO);
        cat.setOrientation(org.apache.poi.xddf.usermodel.chart.AxisOrientation.MAX_MIN);
        cat.setTickLabelPosition(org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition.LOW);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, cat, val);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        addSeries(sheet, data, categories, List.of(series), false);
        chart.plot(data);
        var ser = chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0);
        ser.setSpPr(solidOf(GREEN).getXmlObject());
        ser.addNewInvertIfNegative().setVal(false);
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] < 0)) continue;
            var pt = ser.addNewDPt();
            pt.addNewIdx().setVal(i);
            pt.addNewInvertIfNegative().setVal(false);
            pt.setSpPr(solidOf(RED).getXmlObject());
        }
        everyCategoryLabel(chart);
        return chart;
    }

    private static final byte[] GREEN = {(byte) 0x63, (byte) 0xBE, (byte) 0x7B};
    private static final byte[] RED = {(byte) 0xF8, (byte) 0x69, (byte) 0x6B};

    private static XDDFShapeProperties solidOf(byte[] rgb) {
        XDDFSolidFillProperties fill = new XDDFSolidFillProperties(XDDFColor.from(rgb));
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setFillProperties(fill);
        XDDFLineProperties line = new XDDFLineProperties();
        line.setFillProperties(fill);
        line.setWidth(0.75);
        shape.setLineProperties(line);
        return shape;
    }

    static XSSFChart radar(XSSFSheet sheet, Charts.Place p, String title, CellRangeAddress categories, List<Charts.Series> series) {
        XSSFChart chart = create(sheet, p, title);
        XDDFCategoryAxis cat = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis val = chart.createValueAxis(AxisPosition.LEFT);
        val.setCrosses(AxisCrosses.AUTO_ZERO);
        val.setMinimum(0);
        val.setMaximum(100);
        XDDFRadarChartData data = (XDDFRadarChartData) chart.createData(ChartTypes.RADAR, cat, val);
        data.setStyle(RadarStyle.MARKER);
        data.setVaryColors(false);
        addSeries(sheet, data, categories, series, true);
        chart.plot(data);
        legend(chart);
        return chart;
    }

    /** {@code c:tickLblSkip = 1} and {@code c:tickMarkSkip = 1}: every category labelled, none skipped. */
    static void everyCategoryLabel(XSSFChart chart) {
        for (CTCatAx ax : chart.getCTChart().getPlotArea().getCatAxArray()) {
            for (String name : List.of("tickLblSkip", "tickMarkSkip")) {
                try (XmlCursor c = beforeSkipSlot(ax)) {
                    c.beginElement(new QName(CHART_NS, name, "c"));
                    c.insertAttributeWithValue("val", "1");
                }
            }
        }
    }

    /**
     * A cursor where the schema puts tickLblSkip/tickMarkSkip: before noMultiLvlLbl or extLst, else at the
     * end of the axis. Through a cursor because the slim OOXML schema jar lacks the skip type.
     */
    private static XmlCursor beforeSkipSlot(CTCatAx ax) {
        if (ax.isSetNoMultiLvlLbl()) return ax.getNoMultiLvlLbl().newCursor();
        if (ax.isSetExtLst()) return ax.getExtLst().newCursor();
        XmlCursor c = ax.newCursor();
        c.toEndToken();
        return c;
    }

    /**
     * Custom symmetric error bars (±half-width from a cell range) on one series of a bar chart made by
     * {@link #bar}, drawn in black.
     */
    static void errorBars(XSSFChart chart, int series, String sheetName, CellRangeAddress halfWidths) {
        CTBarSer ser = chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(series);
        CTErrBars bars = ser.addNewErrBars();
        bars.addNewErrDir().setVal(STErrDir.Y);
        bars.addNewErrBarType().setVal(STErrBarType.BOTH);
        bars.addNewErrValType().setVal(STErrValType.CUST);
        bars.addNewNoEndCap().setVal(false);
        String ref = halfWidths.formatAsString(sheetName, true);
        bars.addNewPlus().addNewNumRef().setF(ref);
        bars.addNewMinus().addNewNumRef().setF(ref);
        CTShapeProperties sp = bars.addNewSpPr();
        sp.addNewLn().addNewSolidFill().addNewSrgbClr().setVal(new byte[] {0, 0, 0});
    }

    /**
     * A rank-interval chart: per category a floating column from {@code low} to {@code low + width} (a
     * stacked column whose first, invisible segment is {@code low}) and the {@code marks} as markers without
     * a line; the rank axis runs downwards so that rank 1 is at the top.
     *
     * @return the chart; its series are low (invisible), width (blue) and marks (orange diamonds)
     */
    static XSSFChart intervals(XSSFSheet sheet, Charts.Place p, String title, CellRangeAddress categories, Charts.Series low,
                               Charts.Series width, Charts.Series marks) {
        XSSFChart chart = create(sheet, p, title);
        XDDFCategoryAxis cat = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis val = chart.createValueAxis(AxisPosition.LEFT);
        val.setCrosses(AxisCrosses.AUTO_ZERO);
        val.setMinimum(0);
        val.setOrientation(org.apache.poi.xddf.usermodel.chart.AxisOrientation.MAX_MIN);
        XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromStringCellRange(sheet, categories);
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, cat, val);
        bars.setBarDirection(BarDirection.COL);
        bars.setBarGrouping(BarGrouping.STACKED);
        bars.setVaryColors(false);
        XDDFChartData.Series base = bars.addSeries(cats,
                XDDFDataSourcesFactory.fromNumericCellRange(sheet, low.values()));
        base.setTitle(low.title(), null);
        XDDFShapeProperties invisible = new XDDFShapeProperties();
        invisible.setFillProperties(new XDDFNoFillProperties());
        XDDFLineProperties noLine = new XDDFLineProperties();
        noLine.setFillProperties(new XDDFNoFillProperties());
        invisible.setLineProperties(noLine);
        base.setShapeProperties(invisible);
        XDDFChartData.Series span = bars.addSeries(cats,
                XDDFDataSourcesFactory.fromNumericCellRange(sheet, width.values()));
        span.setTitle(width.title(), null);
        span.setShapeProperties(solid(0, false));
        chart.plot(bars);
        overlapFully(chart.getCTChart().getPlotArea().getBarChartArray(0));
        XDDFLineChartData line = (XDDFLineChartData) chart.createData(ChartTypes.LINE, cat, val);
        line.setVaryColors(false);
        line.setGrouping(Grouping.STANDARD);
        XDDFLineChartData.Series nominal = (XDDFLineChartData.Series) line.addSeries(cats,
                XDDFDataSourcesFactory.fromNumericCellRange(sheet, marks.values()));
        nominal.setTitle(marks.title(), null);
        nominal.setMarkerStyle(MarkerStyle.DIAMOND);
        nominal.setSmooth(false);
        XDDFShapeProperties lineShape = new XDDFShapeProperties();
        XDDFLineProperties none = new XDDFLineProperties();
        none.setFillProperties(new XDDFNoFillProperties());
        lineShape.setLineProperties(none);
        nominal.setShapeProperties(lineShape);
        chart.plot(line);
        XDDFShapeProperties markerShape = solid(1, false);
        CTMarker marker = chart.getCTChart().getPlotArea().getLineChartArray(0).getSerArray(0).getMarker();
        marker.setSpPr(markerShape.getXmlObject());
        legend(chart);
        CTLegendEntry hidden = chart.getCTChart().getLegend().addNewLegendEntry();
        hidden.addNewIdx().setVal(0);
        hidden.addNewDelete().setVal(true);
        return chart;
    }

    /**
     * {@code <c:overlap val="100"/>} so that stacked segments sit on one another. Written through a cursor,
     * before the axis ids as the schema orders it, because the slim OOXML schema jar lacks the overlap type.
     */
    private static void overlapFully(CTBarChart bar) {
        try (XmlCursor c = bar.getAxIdArray(0).newCursor()) {
            c.beginElement(new QName(CHART_NS, "overlap", "c"));
            c.insertAttributeWithValue("val", "100");
        }
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

    private static XSSFChart create(XSSFSheet sheet, Charts.Place p, String title) {
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
                                  List<Charts.Series> series, boolean lines) {
        XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromStringCellRange(sheet, categories);
        for (int i = 0; i < series.size(); i++) {
            Charts.Series s = series.get(i);
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
