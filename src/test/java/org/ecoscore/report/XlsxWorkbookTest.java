package org.ecoscore.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The workbook written as plain XML, read back through POI: every sheet-level feature the report uses, the style
 * table's meaning, text that XML or Excel must not take as it is, and reproducible bytes.
 */
class XlsxWorkbookTest {
    private static XSSFCellStyle style(XSSFSheet s, int r, int c) {
        return s.getRow(r).getCell(c).getCellStyle();
    }

    private static String rgb(XSSFColor c) {
        return c == null ? null : c.getARGBHex();
    }

    @Test
    void cellsAndStylesReadBackWithTheirMeaning() throws Exception {
        XlsxWorkbook book = new XlsxWorkbook();
        Styles st = new Styles();
        XlsxSheet s = book.createSheet("表 1");
        s.text(0, 0, "title", st.title);
        s.text(0, 1, "sub", st.subtitle);
        s.text(1, 0, "head", st.header);
        s.text(1, 1, "label", st.label);
        s.number(2, 0, 12.345, st.score);
        s.number(2, 1, 0.1 + 0.2, st.fine);
        s.number(2, 2, 7, st.integer);
        s.number(2, 3, 0.5, st.fineWarning);
        s.number(2, 4, 1.5, st.fewScore);
        s.number(3, 0, 0.256, st.percent);
        s.number(3, 1, -2.5, st.change);
        s.number(3, 2, 3, st.changeCount);
        s.text(3, 3, "1 → 2", st.centred);
        s.text(4, 0, "=1+1", st.text("=1+1", Styles.Fill.ERROR));
        s.text(4, 1, "ok", st.text("ok", Styles.Fill.WARNING));
        s.text(4, 2, "sentence", st.paragraph("sentence"));
        s.text(4, 3, "-few", st.fewText("-few"));
        s.integer(5, 0, 42);
        try (XSSFWorkbook wb = PoiBack.read(book)) {
            XSSFSheet x = wb.getSheet("表 1");
            XSSFCellStyle title = style(x, 0, 0);
            assertTrue(title.getFont().getBold());
            assertEquals(16, title.getFont().getFontHeightInPoints());
            assertEquals(12, style(x, 0, 1).getFont().getFontHeightInPoints());
            XSSFCellStyle head = style(x, 1, 0);
            assertTrue(head.getFont().getBold());
            assertTrue(head.getWrapText());
            assertEquals(HorizontalAlignment.CENTER, head.getAlignment());
            assertEquals(FillPatternType.SOLID_FOREGROUND, head.getFillPattern());
            assertEquals(org.apache.poi.ss.usermodel.IndexedColors.GREY_25_PERCENT.getIndex(),
                    head.getFillForegroundColor());
            assertEquals(BorderStyle.THIN, head.getBorderBottom());
            assertFalse(style(x, 1, 1).getWrapText());
            assertEquals("0.0", style(x, 2, 0).getDataFormatString());
            assertEquals("0.000", style(x, 2, 1).getDataFormatString());
            assertEquals("0", style(x, 2, 2).getDataFormatString());
            assertEquals("FFFFD980", rgb(style(x, 2, 3).getFillForegroundColorColor()));
            assertTrue(style(x, 2, 4).getFont().getItalic());
            assertEquals(org.apache.poi.ss.usermodel.IndexedColors.GREY_50_PERCENT.getIndex(),
                    style(x, 2, 4).getFont().getColor());
            assertEquals("0.0%", style(x, 3, 0).getDataFormatString());
            assertEquals("+0.0;-0.0;0.0", style(x, 3, 1).getDataFormatString());
            assertEquals("+0;-0;0", style(x, 3, 2).getDataFormatString());
            assertEquals(HorizontalAlignment.CENTER, style(x, 3, 3).getAlignment());
            XSSFCell risky = x.getRow(4).getCell(0);
            assertEquals(CellType.STRING, risky.getCellType(), "never a formula");
            assertEquals("=1+1", risky.getStringCellValue());
            assertTrue(risky.getCellStyle().getQuotePrefixed());
            assertEquals("FFF4B6B6", rgb(risky.getCellStyle().getFillForegroundColorColor()));
            assertFalse(style(x, 4, 1).getQuotePrefixed());
            assertEquals("FFFFD980", rgb(style(x, 4, 1).getFillForegroundColorColor()));
            assertTrue(style(x, 4, 2).getWrapText());
            assertEquals(VerticalAlignment.TOP, style(x, 4, 2).getVerticalAlignment());
            assertTrue(style(x, 4, 3).getQuotePrefixed());
            assertTrue(style(x, 4, 3).getFont().getItalic());
            assertEquals(12.345, x.getRow(2).getCell(0).getNumericCellValue());
            assertEquals(0.1 + 0.2, x.getRow(2).getCell(1).getNumericCellValue());
            assertEquals("0.30000000000000004", x.getRow(2).getCell(1).getCTCell().getV());
            assertEquals(42, x.getRow(5).getCell(0).getNumericCellValue());
            assertEquals(0, x.getRow(5).getCell(0).getCellStyle().getIndex(), "whole numbers: default style");
            assertEquals("A1:E6", x.getCTWorksheet().getDimension().getRef());
        }
    }

    @Test
    void textThatXmlOrExcelMustNotTakeAsItIs() throws Exception {
        XlsxWorkbook book = new XlsxWorkbook();
        Styles st = new Styles();
        XlsxSheet s = book.createSheet("O'Brien & <Co>");
        List<String> texts = List.of("a<b & c>\"d\" 'e' ]]>", "line\r\nbreak\ttab", "  padded  ", "表情😀 中文",
                "=HYPERLINK(\"http://x\")", "+1", "-1", "@sum", "\tlead", "\u0001bell\u001F", "lone \uD800 \uDC00 x",
                "\uFFFE\uFFFF");
        for (int i = 0; i < texts.size(); i++) s.text(i, 0, texts.get(i), st.text(texts.get(i), Styles.Fill.NONE));
        try (XSSFWorkbook wb = PoiBack.read(book)) {
            XSSFSheet x = wb.getSheet("O'Brien & <Co>");
            List<String> back = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                assertEquals(CellType.STRING, x.getRow(i).getCell(0).getCellType());
                back.add(x.getRow(i).getCell(0).getStringCellValue());
            }
            assertEquals(List.of("a<b & c>\"d\" 'e' ]]>", "line\r\nbreak\ttab", "  padded  ", "表情😀 中文",
                    "=HYPERLINK(\"http://x\")", "+1", "-1", "@sum", "\tlead", "?bell?", "lone ? ? x", "??"), back);
            for (int i = 4; i <= 8; i++) assertTrue(style(x, i, 0).getQuotePrefixed(), texts.get(i));
            for (int i : new int[] {0, 2, 3}) assertFalse(style(x, i, 0).getQuotePrefixed(), texts.get(i));
        }
    }

    @Test
    void sheetLevelSettingsReadBack() throws Exception {
        XlsxWorkbook book = new XlsxWorkbook();
        Styles st = new Styles();
        XlsxSheet wide = book.createSheet("Firm list");
        SheetWriter w = new SheetWriter(wide, st);
        for (int c = 0; c < 20; c++) w.styled(0, c, "column " + c, st.header);
        for (int r = 1; r <= 30; r++) for (int c = 0; c < 20; c++) w.number(r, c, r * 100 + c, st.score);
        wide.createFreezePane(1, 1);
        wide.setAutoFilter(new CellRangeAddress(0, 30, 0, 19));
        ColourScales.add(wide, 1, 30, 3);
        ColourScales.add(wide, 1, 30, 4, true);
        ColourScales.diverging(wide, 1, 30, 5, 6);
        w.finish(0, 2);
        XlsxSheet narrow = book.createSheet("narrow");
        SheetWriter n = new SheetWriter(narrow, st);
        n.styled(0, 0, "head", st.header);
        n.paragraph(1, 0, 7, "word ".repeat(40));
        narrow.setRowBreak(9);
        narrow.setRowBreak(4);
        narrow.createFreezePane(0, 1);
        n.finish(0);
        narrow.setColumnWidth(3, 30 * 256);
        XlsxSheet cols = book.createSheet("cols");
        cols.text(0, 0, "x", null);
        cols.createFreezePane(1, 0);
        try (XSSFWorkbook wb = PoiBack.read(book)) {
            assertEquals(List.of("Firm list", "narrow", "cols"),
                    List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)));
            XSSFSheet a = wb.getSheetAt(0);
            assertTrue(a.isSelected());
            assertFalse(wb.getSheetAt(1).isSelected());
            assertEquals(1, a.getPaneInformation().getVerticalSplitPosition());
            assertEquals(1, a.getPaneInformation().getHorizontalSplitPosition());
            assertTrue(a.getPaneInformation().isFreezePane());
            assertEquals("A1:T31", a.getCTWorksheet().getAutoFilter().getRef());
            assertEquals("'Firm list'!$A$1:$T$31", wb.getName("_xlnm._FilterDatabase").getRefersToFormula());
            assertEquals(0, wb.getName("_xlnm._FilterDatabase").getSheetIndex());
            // widths: "column 10" is 9 wide, + 2
            assertEquals(11 * 256, a.getColumnWidth(10));
            assertFalse(a.getFitToPage(), "20 columns: a fixed scale across pages");
            assertEquals(65, a.getPrintSetup().getScale());
            assertTrue(a.getPrintSetup().getLandscape());
            assertEquals(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE, a.getPrintSetup().getPaperSize());
            assertEquals(CellRangeAddress.valueOf("A:B"), a.getRepeatingColumns());
            assertEquals(CellRangeAddress.valueOf("1:1"), a.getRepeatingRows());
            var cf = a.getSheetConditionalFormatting();
            assertEquals(3, cf.getNumConditionalFormattings());
            assertEquals("D2:D31", cf.getConditionalFormattingAt(0).getFormattingRanges()[0].formatAsString());
            var scale = cf.getConditionalFormattingAt(0).getRule(0).getColorScaleFormatting();
            assertEquals(List.of(RangeType.MIN, RangeType.PERCENTILE, RangeType.MAX), List.of(
                    scale.getThresholds()[0].getRangeType(), scale.getThresholds()[1].getRangeType(),
                    scale.getThresholds()[2].getRangeType()));
            assertEquals(50.0, scale.getThresholds()[1].getValue());
            assertEquals(List.of("FFF8696B", "FFFFEB84", "FF63BE7B"), List.of(rgb((XSSFColor) scale.getColors()[0]),
                    rgb((XSSFColor) scale.getColors()[1]), rgb((XSSFColor) scale.getColors()[2])));
            var reversed = cf.getConditionalFormattingAt(1).getRule(0).getColorScaleFormatting();
            assertEquals("FF63BE7B", rgb((XSSFColor) reversed.getColors()[0]));
            var diverging = cf.getConditionalFormattingAt(2).getRule(0).getColorScaleFormatting();
            assertEquals("F2:G31", cf.getConditionalFormattingAt(2).getFormattingRanges()[0].formatAsString());
            assertEquals(RangeType.NUMBER, diverging.getThresholds()[1].getRangeType());
            assertEquals(0.0, diverging.getThresholds()[1].getValue());
            assertEquals("FFFFFFFF", rgb((XSSFColor) diverging.getColors()[1]));

            XSSFSheet b = wb.getSheetAt(1);
            assertEquals(List.of(CellRangeAddress.valueOf("A2:H2")), b.getMergedRegions());
            // 200 display units over lines of 90: 3 lines of 15 pt × 1.1
            assertEquals(3 * 15f * 1.1f, b.getRow(1).getHeightInPoints());
            assertEquals(15f, b.getRow(0).getHeightInPoints());
            assertArrayEquals(new int[] {4, 9}, b.getRowBreaks());
            assertTrue(b.getFitToPage());
            assertTrue(b.getAutobreaks());
            assertEquals(1, b.getPrintSetup().getFitWidth());
            assertEquals(0, b.getPrintSetup().getFitHeight());
            assertNull(b.getRepeatingColumns());
            assertEquals(CellRangeAddress.valueOf("1:1"), b.getRepeatingRows());
            assertEquals(30 * 256, b.getColumnWidth(3));
            assertEquals(0, b.getPaneInformation().getVerticalSplitPosition());
            assertEquals(1, b.getPaneInformation().getHorizontalSplitPosition());

            XSSFSheet c = wb.getSheetAt(2);
            assertEquals(1, c.getPaneInformation().getVerticalSplitPosition());
            assertEquals(0, c.getPaneInformation().getHorizontalSplitPosition());
            assertNull(c.getRepeatingRows());
            assertNull(wb.getName("_xlnm._FilterDatabase").getSheetIndex() == 2 ? "" : null);
        }
    }

    @Test
    void chartsSitAtTheirAnchorsOnTheirSheets() throws Exception {
        XlsxWorkbook book = new XlsxWorkbook();
        Styles st = new Styles();
        ChartParts parts = new ChartParts();
        for (String name : List.of("one", "none", "two")) {
            XlsxSheet s = book.createSheet(name);
            SheetWriter w = new SheetWriter(s, st);
            for (int r = 0; r < 3; r++) {
                w.text(r, 0, "c" + r);
                w.number(r, 1, 10 + r, st.score);
            }
            w.finish(-1);
            if (name.equals("none")) continue;
            CellRangeAddress cats = new CellRangeAddress(0, 2, 0, 0);
            List<Charts.Series> series = List.of(new Charts.Series("v", new CellRangeAddress(0, 2, 1, 1)));
            parts.bar(s, new Charts.Place(3, 0, 9, 12, 1000, 2000), "t", cats, series, false);
            if (name.equals("two")) parts.radar(s, Charts.sized(s, 3, 14, 8, 6), "r", cats, series);
        }
        try (XSSFWorkbook wb = PoiBack.read(book)) {
            assertEquals(1, wb.getSheet("one").getDrawingPatriarch().getCharts().size());
            assertNull(wb.getSheet("none").getDrawingPatriarch());
            var two = wb.getSheet("two").getDrawingPatriarch();
            assertEquals(2, two.getCharts().size());
            assertEquals(1, two.getCharts().get(1).getCTChart().getPlotArea().sizeOfRadarChartArray());
            XSSFClientAnchor a = (XSSFClientAnchor) two.getShapes().get(0).getAnchor();
            assertEquals(List.of(3, 0, 9, 12, 1000, 2000), List.of((int) a.getCol1(), a.getRow1(), (int) a.getCol2(),
                    a.getRow2(), a.getDx2(), a.getDy2()));
            XSSFClientAnchor b = (XSSFClientAnchor) two.getShapes().get(1).getAnchor();
            assertEquals(14, b.getRow1());
            // 6 cm of 15 pt rows (0.529 cm each): ends in row 14 + 11
            assertEquals(25, b.getRow2());
            assertEquals("two!$A$1:$A$3", two.getCharts().get(0).getChartSeries().get(0).getSeries(0)
                    .getCategoryData().getDataRangeReference());
        }
    }

    @Test
    void propertiesAndEntryTimesComeFromTheStampAndTheBytesRepeat() throws Exception {
        Instant stamp = Instant.parse("2024-05-06T07:08:10.456Z"); // zip times have 2-second steps
        byte[][] twice = new byte[2][];
        for (int k = 0; k < 2; k++) {
            XlsxWorkbook book = new XlsxWorkbook();
            XlsxSheet s = book.createSheet("s");
            s.text(0, 0, "x", null);
            new ChartParts().bar(s, new Charts.Place(2, 0, 8, 10), "t", new CellRangeAddress(0, 0, 0, 0),
                    List.of(new Charts.Series("v", new CellRangeAddress(0, 0, 1, 1))), false);
            book.properties("ecoscore 9.9", "a title & <more>");
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            book.write(out, stamp);
            twice[k] = out.toByteArray();
            if (k == 0) Thread.sleep(1100);
        }
        assertArrayEquals(twice[0], twice[1]);
        int entries = 0;
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(twice[0]))) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; entries++) {
                assertEquals(LocalDateTime.of(2024, 5, 6, 7, 8, 10), e.getTimeLocal(), e.getName());
                z.transferTo(java.io.OutputStream.nullOutputStream()); // checks CRC and size
            }
        }
        assertTrue(entries >= 10, "parts: " + entries);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(twice[0]))) {
            var core = wb.getProperties().getCoreProperties();
            assertEquals(Date.from(Instant.parse("2024-05-06T07:08:10Z")), core.getCreated());
            assertEquals(Date.from(Instant.parse("2024-05-06T07:08:10Z")), core.getModified());
            assertEquals("ecoscore 9.9", core.getCreator());
            assertEquals("a title & <more>", core.getTitle());
        }
    }

    @Test
    void sheetNamesFollowExcelsRules() {
        XlsxWorkbook book = new XlsxWorkbook();
        book.createSheet("Summary");
        assertThrows(IllegalArgumentException.class, () -> book.createSheet("summary"), "unique ignoring case");
        assertThrows(IllegalArgumentException.class, () -> book.createSheet("a/b"));
        assertThrows(IllegalArgumentException.class, () -> book.createSheet("x".repeat(32)));
        assertTrue(book.hasSheet("SUMMARY"));
    }
}
