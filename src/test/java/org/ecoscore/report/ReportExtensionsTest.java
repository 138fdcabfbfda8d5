package org.ecoscore.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecoscore.core.Options;
import org.ecoscore.result.RunResult;
import org.ecoscore.score.GroupStat;
import org.ecoscore.score.Reliability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPlotArea;

class ReportExtensionsTest {
    @TempDir
    Path dir;

    private XSSFWorkbook written(RunResult r) throws Exception {
        Path out = dir.resolve("report.xlsx");
        ReportWriter.write(r, out);
        return new XSSFWorkbook(Files.newInputStream(out));
    }

    private static RunResult plain(Options.Lang lang) {
        return ReportFixtures.extended(lang, List.of(), null, false, false);
    }

    private static RunResult full(Options.Lang lang) {
        return ReportFixtures.extended(lang, List.of("community"), null, true, true);
    }

    private static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) names.add(wb.getSheetName(i));
        return names;
    }

    /** The first row (from 0) whose column-0 text equals {@code s}, -1 when none. */
    private static int find(Sheet sheet, int col, String s, int from) {
        for (int r = from; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Cell c = row == null ? null : row.getCell(col);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(s)) return r;
        }
        return -1;
    }

    private static String text(Sheet s, int r, int c) {
        Cell cell = s.getRow(r).getCell(c);
        return cell == null ? "" : cell.getStringCellValue();
    }

    private static double num(Sheet s, int r, int c) {
        return s.getRow(r).getCell(c).getNumericCellValue();
    }

    private static boolean blank(Sheet s, int r, int c) {
        Cell cell = s.getRow(r).getCell(c);
        return cell == null || cell.getCellType() == CellType.BLANK;
    }

    @Test
    void newSheetsFollowMethodInBothLanguages() throws Exception {
        try (XSSFWorkbook zh = written(full(Options.Lang.ZH))) {
            assertEquals(List.of("概览", "企业得分", "地区得分", "指标统计", "权重", "数据问题", "方法说明", "信度", "效度", "按群落",
                    "不确定性", "障碍因子", "广东省", "北京市"), sheetNames(zh));
        }
        try (XSSFWorkbook en = written(full(Options.Lang.EN))) {
            assertEquals(List.of("Summary", "Firms", "Regions", "Indicators", "Weights", "Issues", "Method",
                    "Reliability", "Validity", "By community", "Uncertainty"), sheetNames(en).subList(0, 11));
            assertEquals("Cronbach's α", text(en.getSheet("Reliability"), 1, 4));
        }
    }

    @Test
    void reliabilitySheetEqualsStatisticsAndShadesAlphaBelowPointSeven() throws Exception {
        RunResult r = full(Options.Lang.ZH);
        List<Reliability> rel = r.statistics().reliability();
        try (XSSFWorkbook wb = written(r)) {
            XSSFSheet s = wb.getSheet("信度");
            assertEquals(List.of("代码", "节点", "题目数 k", "完整个案", "克隆巴赫 α"),
                    List.of(text(s, 1, 0), text(s, 1, 1), text(s, 1, 2), text(s, 1, 3), text(s, 1, 4)));
            assertEquals("S1", text(s, 2, 0));
            assertEquals("体制", text(s, 2, 1));
            assertEquals(2, num(s, 2, 2));
            assertEquals(3, num(s, 2, 3));
            assertEquals(rel.get(0).alpha(), num(s, 2, 4), 0.0, "full precision");
            XSSFCellStyle low = (XSSFCellStyle) s.getRow(2).getCell(4).getCellStyle();
            assertEquals(FillPatternType.SOLID_FOREGROUND, low.getFillPattern());
            assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xD9, (byte) 0x80}, low.getFillForegroundXSSFColor().getRGB());
            assertEquals("S2", text(s, 3, 0));
            assertEquals(ReportFixtures.HIGH_ALPHA, num(s, 3, 4), 0.0);
            assertEquals(FillPatternType.NO_FILL, s.getRow(3).getCell(4).getCellStyle().getFillPattern());
            int items = find(s, 2, "Q2", 5);
            assertTrue(items > 0, "item analysis lists Q2");
            assertEquals("S1", text(s, items, 0));
            assertEquals("政策多变", text(s, items, 3));
            assertTrue(blank(s, items, 4), "α if deleted is NaN with one item left: blank");
            assertEquals(rel.get(0).itemTotal()[1], num(s, items, 5), 0.0);
            int q5 = find(s, 2, "Q5", 5);
            assertEquals(0.55, num(s, q5, 5), 0.0);
        }
    }

    @Test
    void groupSheetsOnlyWithByAndEqualToGroupStat() throws Exception {
        try (XSSFWorkbook wb = written(plain(Options.Lang.ZH))) {
            assertNull(wb.getSheet("按群落"));
            assertNull(wb.getSheet("按行业"));
        }
        RunResult r = full(Options.Lang.ZH);
        try (XSSFWorkbook wb = written(r)) {
            XSSFSheet s = wb.getSheet("按群落");
            assertNotNull(s);
            assertNull(wb.getSheet("按规模"), "only the groupings asked for");
            int h = find(s, 0, "创新群落", 0);
            assertEquals("均值", text(s, h, 2));
            GroupStat g = r.statistics().groups().stream()
                    .filter(x -> x.grouping().equals("community") && x.group().equals("高新区") && x.code().equals("R"))
                    .findFirst().orElseThrow();
            assertEquals("高新区", text(s, h + 1, 0));
            assertEquals(g.n(), num(s, h + 1, 1));
            assertEquals(g.mean(), num(s, h + 1, 2), 0.0);
            assertEquals(g.sd(), num(s, h + 1, 3), 0.0);
            assertEquals(g.ciLow(), num(s, h + 1, 4), 0.0);
            assertEquals(g.ciHigh(), num(s, h + 1, 5), 0.0);
            assertEquals(147.59 - 55.5, num(s, h + 1, 6), 1e-12, "half-width = CI high − mean");
            assertEquals("老城区", text(s, h + 2, 0));
            assertTrue(s.getRow(h + 3) == null || blank(s, h + 3, 0), "two groups for the root only");
            int all = find(s, 0, "创新群落", h + 1);
            assertEquals("代码", text(s, all, 1));
            int rows = 0;
            for (int k = all + 1; k <= s.getLastRowNum() && s.getRow(k) != null; k++) rows++;
            assertEquals(4, rows, "2 groups × 2 nodes");
            assertEquals("S1", text(s, all + 2, 1));
            assertEquals("体制", text(s, all + 2, 2));
            assertEquals(61.25, num(s, all + 2, 4), 0.0);
            List<XSSFChart> charts = s.getDrawingPatriarch().getCharts();
            assertEquals(1, charts.size());
            var ser = charts.get(0).getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0);
            assertTrue(ser.isSetErrBars(), "CI error bars on the mean series");
            assertEquals("按群落!$G$" + (h + 2) + ":$G$" + (h + 3), ser.getErrBars().getPlus().getNumRef().getF());
        }
    }

    @Test
    void uncertaintySheetListsIntervalsWithARankIntervalChart() throws Exception {
        try (XSSFWorkbook wb = written(plain(Options.Lang.ZH))) {
            assertNull(wb.getSheet("不确定性"), "no sheet without --uncertainty");
        }
        try (XSSFWorkbook wb = written(full(Options.Lang.ZH))) {
            XSSFSheet s = wb.getSheet("不确定性");
            assertEquals(200, num(s, 0, 1), "runs");
            assertEquals(7, num(s, 1, 1), "seed");
            int h = find(s, 0, "地区", 0);
            assertEquals("名义排名", text(s, h, 1));
            assertEquals("广东省", text(s, h + 1, 0));
            assertEquals(List.of(1.0, 1.0, 1.0, 2.0, 1.0), List.of(num(s, h + 1, 1), num(s, h + 1, 2),
                    num(s, h + 1, 3), num(s, h + 1, 4), num(s, h + 1, 5)));
            assertEquals("北京市", text(s, h + 2, 0));
            int f = find(s, 0, "企业标识", h + 3);
            List<String> ids = new ArrayList<>();
            for (int k = f + 1; k <= s.getLastRowNum(); k++) ids.add(text(s, k, 0));
            assertEquals(List.of("F1", "F3", "F2", "F5"), ids, "by nominal rank");
            assertEquals(1.5, num(s, f + 1, 2), 0.0, "F1's median rank");
            assertEquals("甲", text(s, f + 1, 5));
            List<XSSFChart> charts = s.getDrawingPatriarch().getCharts();
            assertEquals(1, charts.size());
            CTPlotArea plot = charts.get(0).getCTChart().getPlotArea();
            assertEquals(2, plot.getBarChartArray(0).sizeOfSerArray(), "invisible p05 + visible interval");
            assertTrue(plot.getBarChartArray(0).getSerArray(0).getSpPr().isSetNoFill(), "the base is invisible");
            assertTrue(plot.getBarChartArray(0).getSerArray(1).getSpPr().isSetSolidFill());
            assertEquals(1, plot.getLineChartArray(0).sizeOfSerArray(), "nominal rank as markers");
        }
    }

    @Test
    void methodSheetListsOutlierTreatmentsAndEveryMethod() throws Exception {
        try (XSSFWorkbook wb = written(full(Options.Lang.ZH))) {
            XSSFSheet s = wb.getSheet("方法说明");
            int q4 = find(s, 0, "Q4", 0);
            assertTrue(q4 > 0);
            assertEquals("发明专利数", text(s, q4, 1));
            assertEquals("缩尾（1 个值）", text(s, q4, 2));
            assertEquals(2.5, num(s, q4, 3), 0.0);
            assertEquals(0.4, num(s, q4, 6), 0.0);
            assertTrue(find(s, 0, "蒙特卡洛模拟次数", 0) > 0);
        }
        try (XSSFWorkbook wb = written(full(Options.Lang.EN))) {
            XSSFSheet s = wb.getSheet("Method");
            int q4 = find(s, 0, "Q4", 0);
            assertEquals("winsorised (1 points)", text(s, q4, 2));
            List<String> lines = new ArrayList<>();
            for (Row row : s) if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING) {
                lines.add(row.getCell(0).getStringCellValue());
            }
            assertTrue(lines.stream().anyMatch(x -> x.contains("C = D⁻/(D⁺ + D⁻) × 100")), "TOPSIS");
            assertTrue(lines.stream().anyMatch(x -> x.contains("|g1| > 2 and g2 > 3.5")), "outliers");
            assertTrue(lines.stream().anyMatch(x -> x.contains("[0.75, 1.25]")), "uncertainty");
            assertTrue(lines.stream().anyMatch(x -> x.contains("t(0.975, n − 1)")), "t CI");
        }
        try (XSSFWorkbook wb = written(plain(Options.Lang.EN))) {
            assertEquals(-1, find(wb.getSheet("Method"), 0, "Outlier treatments", 0), "only with --treat-outliers");
        }
    }

    @Test
    void splitByRegionWritesOneWorkbookPerRegionWithOnlyItsFirms() throws Exception {
        RunResult r = ReportFixtures.extended(Options.Lang.ZH, List.of(), "region", false, false);
        Path out = dir.resolve("report.xlsx");
        ReportWriter.write(r, out);
        Path folder = dir.resolve("report-by-region");
        Set<String> files = new HashSet<>();
        try (Stream<Path> list = Files.list(folder)) {
            list.forEach(p -> files.add(p.getFileName().toString()));
        }
        assertEquals(Set.of("广东省.xlsx", "北京市.xlsx"), files, "no temporary files left");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(folder.resolve("北京市.xlsx")))) {
            assertEquals(List.of("概览", "企业得分", "北京市", "方法说明"), sheetNames(wb));
            Sheet firms = wb.getSheet("企业得分");
            assertEquals(2, firms.getLastRowNum(), "header + F3, F5 (F4 was excluded)");
            assertEquals("F3", text(firms, 1, 0));
            assertEquals("F5", text(firms, 2, 0));
            assertEquals("北京市", text(firms, 2, 2));
            assertEquals(2, num(wb.getSheet("概览"), 5, 1), "firms scored");
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(folder.resolve("广东省.xlsx")))) {
            Sheet firms = wb.getSheet("企业得分");
            assertEquals(List.of("F1", "F2"), List.of(text(firms, 1, 0), text(firms, 2, 0)));
            assertEquals(2, firms.getLastRowNum());
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            Sheet method = wb.getSheet("方法说明");
            boolean noted = false;
            for (Row row : method) {
                Cell c = row.getCell(0);
                if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().contains("（0 家）")) noted = true;
            }
            assertTrue(noted, "the main report says how many firms are in no split workbook");
        }
    }

    @Test
    void noSplitFolderWithoutSplitBy() throws Exception {
        ReportWriter.write(plain(Options.Lang.ZH), dir.resolve("report.xlsx"));
        assertFalse(Files.exists(dir.resolve("report-by-region")));
    }

    /*
     * New-user test F13: "Per-region workbooks: /work/nu/test/out/split/评价报告-by-region" beside "Report:
     * out/split/评价报告.xlsx". The console's folder is as -o was given: relative for a relative -o, and it is the
     * folder the workbooks are written to.
     */
    @Test
    void thePerRegionFolderIsShownAsTheOutputWasGiven() {
        Path given = Path.of("out", "split", "评价报告.xlsx");
        assertEquals(Path.of("out", "split", "评价报告-by-region"), RegionWorkbooks.shown(given));
        assertEquals(Path.of("评价报告-by-region"), RegionWorkbooks.shown(Path.of("评价报告.xlsx")));
        assertEquals(RegionWorkbooks.folder(given), RegionWorkbooks.shown(given).toAbsolutePath().normalize());
        Path absolute = dir.resolve("r.XLSX");
        assertEquals(dir.resolve("r-by-region"), RegionWorkbooks.shown(absolute));
    }

    @Test
    void splitFileNamesAreSafeAndUnique() {
        Set<String> used = new HashSet<>();
        assertEquals("a_b_c_d", RegionWorkbooks.fileName("a/b:c*d", used));
        assertEquals("_CON", RegionWorkbooks.fileName("CON", used));
        assertEquals("_nul.txt", RegionWorkbooks.fileName("nul.txt", used));
        assertEquals("_", RegionWorkbooks.fileName("..", used));
        assertEquals("__x", RegionWorkbooks.fileName("..x", used));
        assertEquals("广东", RegionWorkbooks.fileName("广东", used));
        assertEquals("广东 (2)", RegionWorkbooks.fileName("广东", used));
        assertEquals("_ (2)", RegionWorkbooks.fileName("?", used));
        assertEquals(RegionWorkbooks.MAX_NAME, RegionWorkbooks.fileName("区".repeat(300), used).length());
        assertEquals(Path.of("/x/out-by-region"), RegionWorkbooks.folder(Path.of("/x/out.XLSX")));
    }

    @Test
    void csvHasGroupsReliabilityAndUncertaintyTables() throws Exception {
        Path csv = dir.resolve("csv");
        CsvTables.write(full(Options.Lang.ZH), csv);
        List<String[]> u = CsvTablesTest.read(csv.resolve("uncertainty.csv"));
        assertArrayEquals(new String[] {"level", "unit", "nominal_rank", "median_rank", "p05", "p95"}, u.get(0));
        assertArrayEquals(new String[] {"firm", "F1", "1", "1.5", "1", "2"}, u.get(1));
        assertArrayEquals(new String[] {"region", "北京市", "2", "2", "1", "2"}, u.get(6));
        List<String[]> g = CsvTablesTest.read(csv.resolve("groups.csv"));
        assertArrayEquals(new String[] {"grouping", "group", "code", "n", "mean", "sd", "ci_low", "ci_high"}, g.get(0));
        assertArrayEquals(new String[] {"region", "广东省", "R", "2", "59.86844", "14.36", "-69.2", "188.9"}, g.get(1));
        assertArrayEquals(new String[] {"community", "高新区", "S1", "2", "61.25", "8.5", "-15.12", "137.62"},
                g.get(4));
        List<String[]> rel = CsvTablesTest.read(csv.resolve("reliability.csv"));
        assertArrayEquals(new String[] {"node", "items", "cases", "alpha"}, rel.get(0));
        assertArrayEquals(new String[] {"S1", "2", "3", "0.123456789"}, rel.get(1));
        String raw = Files.readString(csv.resolve("reliability.csv"));
        assertTrue(raw.contains("alpha\r\nS1"), "CRLF");

        Path plainDir = dir.resolve("plain");
        CsvTables.write(plain(Options.Lang.ZH), plainDir);
        assertFalse(Files.exists(plainDir.resolve("uncertainty.csv")), "only with --uncertainty");
        assertEquals(3, CsvTablesTest.read(plainDir.resolve("groups.csv")).size(), "region groups always");
    }
}
