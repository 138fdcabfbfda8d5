package org.ecoscore.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecoscore.core.Severity;
import org.ecoscore.result.RunResult;
import org.ecoscore.score.LevelScores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The big sheets' rows written as sheet XML directly (from {@value ReportWriter#STREAMING_FIRMS} firms on). */
class SheetXmlFileTest {
    private static final int FIRMS = 12_000;

    @TempDir
    Path dir;

    /** Firm on data row r: a few carry text that must survive XML (SPEC §5: risky text quote-prefixed). */
    private static String name(int r) {
        return switch (r) {
            case 5 -> "=HYPERLINK(\"http://x\")";
            case 6 -> "a<b & c>\"d\"\u0001e\r\nf\tg";
            case 7 -> "  padded  ";
            case 8 -> "表情😀 and 中文";
            default -> "企业" + r;
        };
    }

    private static RunResult run() {
        RunResult r = ReportFixtures.manyFirms(FIRMS, SheetXmlFileTest::name);
        r.issues().add("big.xlsx", "Sheet1", 9, "K", "invalid-value", Severity.ERROR, "\"x<y & z>\" is no answer");
        r.issues().add("big.xlsx", "Sheet1", 0, "", "missing-id", Severity.WARNING, "-1 looks like a formula");
        return r;
    }

    @Test
    void bigFirmsSheetKeepsValuesStylesAndSheetSettings() throws Exception {
        RunResult r = run();
        Path out = dir.resolve("big.xlsx");
        ReportWriter.write(r, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertEquals(List.of("概览", "企业得分", "地区得分", "指标统计", "权重", "数据问题", "方法说明"),
                    List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3),
                            wb.getSheetName(4), wb.getSheetName(5), wb.getSheetName(6)));
            XSSFSheet firms = wb.getSheet("企业得分");
            assertEquals(FIRMS, firms.getLastRowNum());
            assertEquals(FIRMS + 1, firms.getPhysicalNumberOfRows());
            int columns = firms.getRow(0).getLastCellNum();
            LevelScores ls = r.scores().firm();
            int nodes = ls.tree().nodeItems().length;
            // id, name, region, file, row (community, industry, size are blank for every firm: left out)
            assertEquals(5 + nodes + 5 + 2, columns, "metadata, nodes, coupling C T D grade name, rank, flags");
            for (int u : new int[] {0, 6, 4321, FIRMS - 1}) {
                Row row = firms.getRow(u + 1);
                assertEquals(String.format("91%016d", u), row.getCell(0).getStringCellValue());
                assertEquals(u + 2, row.getCell(4).getNumericCellValue(), 0.0);
                for (int k = 0; k < nodes; k++) {
                    Cell c = row.getCell(5 + k);
                    assertEquals(ls.scores()[ls.tree().nodeItems()[k]][u], c.getNumericCellValue(), 0.0);
                    assertEquals("0.0", c.getCellStyle().getDataFormatString());
                }
                Cell coupling = row.getCell(5 + nodes);
                assertEquals(ls.coupling().c()[u], coupling.getNumericCellValue(), 0.0);
                assertEquals("0.000", coupling.getCellStyle().getDataFormatString());
                assertEquals(ls.rank()[u], row.getCell(columns - 2).getNumericCellValue(), 0.0);
            }
            Cell risky = firms.getRow(6).getCell(1);
            assertEquals(CellType.STRING, risky.getCellType());
            assertEquals("=HYPERLINK(\"http://x\")", risky.getStringCellValue());
            assertTrue(risky.getCellStyle().getQuotePrefixed());
            assertFalse(firms.getRow(7).getCell(1).getCellStyle().getQuotePrefixed());
            // as POI writes it: XML's specials escaped, CR LF TAB kept, a control character becomes '?'
            assertEquals("a<b & c>\"d\"?e\r\nf\tg", firms.getRow(7).getCell(1).getStringCellValue());
            assertEquals("  padded  ", firms.getRow(8).getCell(1).getStringCellValue());
            assertEquals("表情😀 and 中文", firms.getRow(9).getCell(1).getStringCellValue());
            for (Row row : firms) for (Cell c : row) assertTrue(c.getCellType() != CellType.FORMULA);

            String lastCol = CellReference.convertNumToColString(columns - 1);
            assertEquals("A1:" + lastCol + (FIRMS + 1), firms.getCTWorksheet().getAutoFilter().getRef());
            assertEquals("A1:" + lastCol + (FIRMS + 1), firms.getCTWorksheet().getDimension().getRef());
            assertEquals(1, firms.getPaneInformation().getVerticalSplitLeftColumn());
            assertEquals(1, firms.getPaneInformation().getHorizontalSplitTopRow());
            assertEquals(nodes + 1, firms.getSheetConditionalFormatting().getNumConditionalFormattings());
            int idWidth = Math.max(18, Math.min(24, SheetWriter.width(firms.getRow(0).getCell(0).getStringCellValue())));
            assertEquals((idWidth + 2) * 256, firms.getColumnWidth(0));
            assertEquals(columns <= SheetWriter.WIDE_COLUMNS, firms.getFitToPage(), "fit to width only when narrow");

            XSSFSheet issues = wb.getSheet("数据问题");
            assertEquals(2, issues.getLastRowNum());
            Row error = issues.getRow(1);
            assertEquals("\"x<y & z>\" is no answer", error.getCell(6).getStringCellValue());
            assertEquals(9, error.getCell(2).getNumericCellValue(), 0.0);
            assertEquals(FillPatternType.SOLID_FOREGROUND, error.getCell(6).getCellStyle().getFillPattern());
            Row warning = issues.getRow(2);
            assertNull(warning.getCell(2), "row 0 is no row: left blank");
            assertTrue(warning.getCell(6).getCellStyle().getQuotePrefixed());
            // file, sheet, row, column, code, severity, message, what to do
            assertEquals("A1:H3", issues.getCTWorksheet().getAutoFilter().getRef());
            assertEquals(3, wb.getSheet("概览").getDrawingPatriarch().getCharts().size());
        }
    }

    @Test
    void bigFirmsSheetWithoutIssuesSheetAsInASplitWorkbook() throws Exception {
        RunResult r = run();
        ReportData d = new ReportData(r);
        Path out = dir.resolve("split.xlsx");
        try (java.io.OutputStream o = Files.newOutputStream(out)) {
            XlsxWorkbook wb = new XlsxWorkbook();
            Styles st = new Styles();
            wb.createSheet("first");
            XlsxSheet firms = wb.createSheet("firms");
            wb.createSheet("last");
            int[] units = {FIRMS - 1, 3};
            int[] many = java.util.stream.IntStream.range(0, FIRMS).map(k -> units[k % 2]).toArray();
            ReportWriter.finish(wb, d, st, firms, many, null, o);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertEquals(List.of("first", "firms", "last"),
                    List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)));
            XSSFSheet firms = wb.getSheet("firms");
            assertEquals(FIRMS, firms.getLastRowNum());
            assertEquals(String.format("91%016d", FIRMS - 1), firms.getRow(1).getCell(0).getStringCellValue());
            assertEquals(String.format("91%016d", 3), firms.getRow(FIRMS).getCell(0).getStringCellValue());
            assertEquals(-1, wb.getSheet("last").getLastRowNum());
        }
    }

    @Test
    void bigReportIsByteIdenticalForTheSameRun() throws Exception {
        Path a = dir.resolve("a.xlsx");
        Path b = dir.resolve("b.xlsx");
        ReportWriter.write(run(), a);
        Thread.sleep(1100);
        ReportWriter.write(run(), b);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        // the JDK's reader checks every entry's CRC-32 and size against the data (spliced deflate streams)
        long firmsXml = 0;
        try (java.util.zip.ZipInputStream z = new java.util.zip.ZipInputStream(Files.newInputStream(a))) {
            for (java.util.zip.ZipEntry e; (e = z.getNextEntry()) != null; ) {
                long n = z.transferTo(java.io.OutputStream.nullOutputStream());
                if (e.getName().equals("xl/worksheets/sheet2.xml")) firmsXml = n;
            }
        }
        assertTrue(firmsXml > 100L * FIRMS, "the Firms part holds its rows: " + firmsXml);
    }

    @Test
    void crcOfJoinedPartsIsTheCrcOfTheWhole() {
        byte[] a = "<sheetData>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] b = "<row r=\"1\"><c r=\"A1\"><v>1.5</v></c></row>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.util.zip.CRC32 whole = new java.util.zip.CRC32();
        whole.update(a);
        whole.update(b);
        java.util.zip.CRC32 ca = new java.util.zip.CRC32();
        ca.update(a);
        java.util.zip.CRC32 cb = new java.util.zip.CRC32();
        cb.update(b);
        assertEquals(whole.getValue(), ReproducibleZip.combine(ca.getValue(), cb.getValue(), b.length));
        assertEquals(ca.getValue(), ReproducibleZip.combine(ca.getValue(), 0, 0));
    }

    /**
     * Numbers as the shortest text that reads back to the same double, in Double.toString's layout, both in
     * the big sheets' XML and in the cells of the small sheets: 1.0E23 (JDK 17 writes 9.999999999999999E22,
     * the same double, see ShortestDecimalTest), 0.1 + 0.2 = 0.30000000000000004 (17 digits are needed), 75.0.
     */
    @Test
    void numbersAreTheShortestTextThatReadsBack(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("rows.deflate");
        try (SheetXmlFile x = new SheetXmlFile(f)) {
            x.number(0, 0, 1e23, null);
            x.number(0, 1, 0.1 + 0.2, null);
            x.number(0, 2, 75, null);
        }
        var inflater = new java.util.zip.Inflater(true);
        inflater.setInput(Files.readAllBytes(f));
        byte[] out = new byte[4096];
        int n = inflater.inflate(out);
        assertEquals("<row r=\"1\"><c r=\"A1\"><v>1.0E23</v></c><c r=\"B1\"><v>0.30000000000000004</v></c>"
                + "<c r=\"C1\"><v>75.0</v></c></row>\n", new String(out, 0, n, java.nio.charset.StandardCharsets.UTF_8));

        XlsxWorkbook book = new XlsxWorkbook();
        XlsxSheet cells = book.createSheet("s");
        cells.number(0, 0, 1e23, null);
        cells.number(0, 1, 0.1 + 0.2, null);
        try (XSSFWorkbook back = PoiBack.read(book)) {
            var row = back.getSheetAt(0).getRow(0);
            assertEquals("1.0E23", row.getCell(0).getCTCell().getV());
            assertEquals("0.30000000000000004", row.getCell(1).getCTCell().getV());
            assertEquals(1e23, row.getCell(0).getNumericCellValue(), 0.0);
            assertEquals(0.1 + 0.2, row.getCell(1).getNumericCellValue(), 0.0);
        }
    }
}
