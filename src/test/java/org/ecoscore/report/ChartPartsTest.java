package org.ecoscore.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The profile sheets' chart parts written as plain XML: the same XML that XDDF ({@link XddfCharts#bar}) saves for the
 * same cells — POI is the oracle — and, written into a workbook, a chart POI reads back with the expected series
 * references, titles, cached values and colours.
 */
class ChartPartsTest {
    /** Zip entry name → bytes of an xlsx. */
    private static java.util.Map<String, byte[]> entries(byte[] xlsx) throws Exception {
        java.util.Map<String, byte[]> out = new java.util.HashMap<>();
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) out.put(e.getName(), z.readAllBytes());
        }
        return out;
    }

    /** The value of category i in column 1, 2 or 4 (NaN: no value, a blank cell). */
    private static double value(int i, int column, boolean blankColumn) {
        return switch (column) {
            case 1 -> 10.125 * (i + 1) + 1.0 / 3;
            case 2 -> blankColumn || i == 1 ? Double.NaN : 100.0 - i;
            default -> 0.1 + i;
        };
    }

    /**
     * A sheet like a profile's table: categories in column 0 from row 2, values in columns 1, 2 and 4, with
     * {@code blank} rows left without a value in column 2.
     */
    private static void table(XlsxSheet sheet, List<String> cats, boolean blankColumn) {
        Styles st = new Styles();
        SheetWriter w = new SheetWriter(sheet, st);
        for (int i = 0; i < cats.size(); i++) {
            w.text(2 + i, 0, cats.get(i));
            for (int c : new int[] {1, 2, 4}) w.number(2 + i, c, value(i, c, blankColumn), st.score);
        }
        w.finish(-1);
    }

    /** The same cells on a POI sheet (for XDDF, the oracle). */
    private static void table(XSSFSheet sheet, List<String> cats, boolean blankColumn) {
        for (int i = 0; i < cats.size(); i++) {
            var row = sheet.createRow(2 + i);
            row.createCell(0).setCellValue(cats.get(i));
            for (int c : new int[] {1, 2, 4}) {
                double v = value(i, c, blankColumn);
                if (!Double.isNaN(v)) row.createCell(c).setCellValue(v);
            }
        }
    }

    /** The kinds of chart {@link ChartParts} writes. */
    enum Kind { COLUMNS, BARS, RADAR }

    private static String viaXddf(Kind kind, String sheetName, String title, List<String> cats, List<String> titles,
                                  boolean blankColumn) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet(sheetName);
            table(sheet, cats, blankColumn);
            int last = 1 + cats.size();
            Charts.Place p = new Charts.Place(6, 0, 15, 17);
            CellRangeAddress categories = new CellRangeAddress(2, last, 0, 0);
            if (kind == Kind.RADAR) XddfCharts.radar(sheet, p, title, categories, series(titles, last));
            else XddfCharts.bar(sheet, p, title, categories, series(titles, last), kind == Kind.BARS);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return new String(entries(out.toByteArray()).get("xl/charts/chart1.xml"), StandardCharsets.UTF_8);
        }
    }

    private static List<Charts.Series> series(List<String> titles, int last) {
        int[] cols = {1, 2, 4};
        List<Charts.Series> s = new ArrayList<>();
        for (int k = 0; k < titles.size(); k++) {
            s.add(new Charts.Series(titles.get(k), new CellRangeAddress(2, last, cols[k], cols[k])));
        }
        return s;
    }

    private static String plain(Kind kind, String sheetName, String title, List<String> cats, List<String> titles,
                                boolean blankColumn) throws Exception {
        XlsxSheet sheet = new XlsxWorkbook().createSheet(sheetName);
        table(sheet, cats, blankColumn);
        int last = 1 + cats.size();
        CellRangeAddress categories = new CellRangeAddress(2, last, 0, 0);
        return kind == Kind.RADAR ? ChartParts.radarXml(sheet, title, categories, series(titles, last))
                : ChartParts.barXml(sheet, title, categories, series(titles, last), kind == Kind.BARS);
    }

    /** The same XML for every kind of chart. */
    private static void same(String sheetName, String title, List<String> cats, List<String> titles,
                             boolean blankColumn) throws Exception {
        for (Kind kind : Kind.values()) {
            assertEquals(viaXddf(kind, sheetName, title, cats, titles, blankColumn),
                    plain(kind, sheetName, title, cats, titles, blankColumn), kind + " " + sheetName + " / " + titles);
        }
    }

    @Test
    void theSameXmlAsXddfForColumnsBarsAndRadarsOfTwoAndThreeSeriesWithAGapInOne() throws Exception {
        same("浙江省", "地区概况：浙江省", List.of("A1 国家战略需求", "A2 国家战略资源", "B1 创新主体要素"),
                List.of("浙江省", "全国均值（地区平均）"), false);
        same("浙江省", "地区概况：浙江省", List.of("A1", "A2", "A3", "A4"), List.of("浙江省", "national", "去年"), false);
    }

    @Test
    void theSameXmlAsXddfForOneSeriesNoLegendAndASeriesWithNoValues() throws Exception {
        same("Region 1", "Profile: Region 1", List.of("a", "b"), List.of("Region 1"), false);
        same("Region 1", "Profile: Region 1", List.of("a", "b"), List.of("Region 1", "national"), true);
    }

    @Test
    void theSameXmlAsXddfForTextThatXmlMustEscapeAndSheetNamesThatNeedQuotes() throws Exception {
        String odd = "A&B <c> \"d\" 'e' ]]> f\tg";
        same("O'Brien & Co", "Profile: " + odd, List.of(odd, "x > y", "&amp;"), List.of(odd, "<national>"), false);
        same("a-b c", "t", List.of("1", "2"), List.of("a-b c", "n"), false);
        same("r", "line\r\nbreak ]]]> \u0001 \uD83D\uDE00 \uD800", List.of("a\nb", "]]>>", "\uFFFE\uDE00x"), List.of("x\ry", "\u0007"), false);
    }

    @Test
    void aWrittenReportCarriesTheChartAsPoiReadsIt() throws Exception {
        ChartParts parts = new ChartParts();
        XlsxWorkbook book = new XlsxWorkbook();
        XlsxSheet drawn = book.createSheet("广东省");
        table(drawn, List.of("A1", "A2", "A3"), false);
        parts.bar(drawn, new Charts.Place(5, 1, 14, 18), "地区概况：广东省", new CellRangeAddress(2, 4, 0, 0),
                series(List.of("广东省", "全国均值"), 4), false);
        byte[] written = PoiBack.bytes(book);
        assertEquals(List.of("xl/charts/chart1.xml"),
                entries(written).keySet().stream().filter(n -> n.startsWith("xl/charts/")).toList());
        try (XSSFWorkbook back = new XSSFWorkbook(new ByteArrayInputStream(written))) {
            XSSFSheet sheet = back.getSheet("广东省");
            List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
            assertEquals(1, charts.size());
            XSSFChart chart = charts.get(0);
            assertEquals("地区概况：广东省", chart.getTitleText().getString());
            List<XDDFChartData> data = chart.getChartSeries();
            assertEquals(1, data.size());
            XDDFBarChartData bar = (XDDFBarChartData) data.get(0);
            assertEquals(org.apache.poi.xddf.usermodel.chart.BarDirection.COL, bar.getBarDirection());
            assertEquals(2, bar.getSeriesCount());
            XDDFChartData.Series first = bar.getSeries(0);
            assertEquals("广东省!$A$3:$A$5", first.getCategoryData().getDataRangeReference());
            assertEquals("A2", first.getCategoryData().getPointAt(1));
            assertEquals("广东省!$B$3:$B$5", first.getValuesData().getDataRangeReference());
            // column 1 holds 10.125 × (i + 1) + 1/3: the second point 20.25 + 0.333… = 20.58333…
            assertEquals(20.25 + 1.0 / 3, first.getValuesData().getPointAt(1).doubleValue(), 1e-12);
            assertEquals("广东省!$C$3:$C$5", bar.getSeries(1).getValuesData().getDataRangeReference());
            var ser = chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(1);
            assertEquals("全国均值", ser.getTx().getV());
            assertEquals("ED7D31", String.format("%02X%02X%02X", ser.getSpPr().getSolidFill().getSrgbClr().getVal()[0],
                    ser.getSpPr().getSolidFill().getSrgbClr().getVal()[1], ser.getSpPr().getSolidFill().getSrgbClr().getVal()[2]));
            // the middle value of column 2 is left blank (NaN): the cache has 3 points, of which idx 1 is missing
            assertEquals(3, ser.getVal().getNumRef().getNumCache().getPtCount().getVal());
            assertEquals(2, ser.getVal().getNumRef().getNumCache().sizeOfPtArray());
            assertNotNull(chart.getCTChart().getLegend(), "two series: a legend");
            assertTrue(sheet.getDrawingPatriarch().getCTDrawing().sizeOfTwoCellAnchorArray() == 1);
        }
    }
}
