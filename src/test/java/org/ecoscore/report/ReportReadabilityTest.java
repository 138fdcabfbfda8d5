package org.ecoscore.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecoscore.core.Options;
import org.ecoscore.framework.Framework;
import org.ecoscore.framework.FrameworkDisplay;
import org.ecoscore.result.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report reads honestly: n beside CIs, few-firm regions marked, reversed items marked, plain titles. */
class ReportReadabilityTest {
    @TempDir
    Path dir;

    private XSSFWorkbook written(RunResult r) throws Exception {
        Path out = dir.resolve("report.xlsx");
        ReportWriter.write(r, out);
        return new XSSFWorkbook(Files.newInputStream(out));
    }

    /** The first row at or after {@code from} whose column-{@code c} text equals {@code s}; -1 when none. */
    static int find(XSSFSheet s, int c, String text, int from) {
        for (int r = from; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            Cell cell = row == null ? null : row.getCell(c);
            if (cell != null && cell.getCellType() == CellType.STRING && text.equals(cell.getStringCellValue())) return r;
        }
        return -1;
    }

    private static boolean italic(XSSFSheet s, int r, int c) {
        XSSFCell cell = s.getRow(r).getCell(c);
        return s.getWorkbook().getFontAt(cell.getCellStyle().getFontIndex()).getItalic();
    }

    @Test
    void regionsOnFewerThanFiveFirmsAreGreyItalicWithNAndANoteUnderTheTable() throws Exception {
        Labels zh = new Labels(false);
        try (XSSFWorkbook wb = written(ReportFixtures.workedExample())) {
            XSSFSheet regions = wb.getSheet("地区得分");
            assertTrue(italic(regions, 1, 0), "广东省 rests on 2 firms");
            assertEquals(2, regions.getRow(1).getCell(7).getNumericCellValue(), 0.0, "n beside the CI");
            assertTrue(italic(regions, 1, 8));
            assertEquals(3, find(regions, 0, zh.get("note.fewFirms"), 0), "note right under the two rows");
            assertEquals(4, find(regions, 0, zh.get("note.ciClipped"), 0));

            XSSFSheet sum = wb.getSheet("概览");
            int top = find(sum, 0, "排名前五的地区", 0);
            assertEquals("n（企业数）", sum.getRow(top + 1).getCell(3).getStringCellValue());
            assertEquals("广东省", sum.getRow(top + 2).getCell(1).getStringCellValue());
            assertEquals(2, sum.getRow(top + 2).getCell(3).getNumericCellValue(), 0.0);
            assertEquals(2, sum.getRow(top + 2).getCell(8).getNumericCellValue(), 0.0, "bottom five: n too");
            assertTrue(italic(sum, top + 2, 1));
            assertEquals(top + 4, find(sum, 0, zh.get("note.fewFirms"), top));
        }
    }

    /*
     * New-user test: the top-five table disagreed with the highlight. 山西省 (index 60, rank 1) rests on 1 firm,
     * 河北省 (48, rank 2) on 7, 天津市 (45, rank 3) on 6: the Summary's tables list the two on ≥ 5 firms, as the
     * highlight does, each with its rank among all three; the Regions sheet keeps the full ranking.
     */
    @Test
    void topFiveTablesLeadWithTheRegionsOnFiveOrMoreFirmsAsTheHighlight() throws Exception {
        double[][] q = new double[6][];
        for (int i = 0; i < 6; i++) q[i] = new double[] {45, 48, 60};
        for (Options.Lang lang : Options.Lang.values()) {
            RunResult r = HighlightsTest.variant(lang, HighlightsTest.NAMES, new double[] {45, 48, 60},
                    new double[] {40, 45, 55}, new double[] {50, 50, 65}, q, new int[] {6, 7, 1}, new int[] {0, 1, 2},
                    true);
            boolean en = lang == Options.Lang.EN;
            try (XSSFWorkbook wb = written(r)) {
                XSSFSheet sum = wb.getSheet(en ? "Summary" : "概览");
                int top = find(sum, 0, en ? "Top five regions" : "排名前五的地区", 0);
                assertEquals(en ? "Bottom five regions" : "排名后五的地区", sum.getRow(top).getCell(5).getStringCellValue());
                assertEquals(2, sum.getRow(top + 2).getCell(0).getNumericCellValue(), 0.0);
                assertEquals("河北省", sum.getRow(top + 2).getCell(1).getStringCellValue());
                assertEquals(48, sum.getRow(top + 2).getCell(2).getNumericCellValue(), 1e-9);
                assertEquals(7, sum.getRow(top + 2).getCell(3).getNumericCellValue(), 0.0);
                assertEquals(3, sum.getRow(top + 3).getCell(0).getNumericCellValue(), 0.0);
                assertEquals("天津市", sum.getRow(top + 3).getCell(1).getStringCellValue(), "山西省 (1 firm) is left out");
                assertEquals("河北省", sum.getRow(top + 2).getCell(6).getStringCellValue(), "bottom: the same two");
                assertEquals("天津市", sum.getRow(top + 3).getCell(6).getStringCellValue());
                assertEquals(en ? "As in the highlights, only the 2 regions resting on 5 or more firms are listed; ranks"
                        + " are among all 3 regions; regions on fewer firms (1) are on the Regions sheet."
                        : "与要点一致，只列出企业不少于 5 家的 2 个地区；名次为全部 3 个地区中的名次，企业少于 5 家的 1 个地区见“地区得分”工作表。",
                        sum.getRow(top + 4).getCell(0).getStringCellValue());
                XSSFSheet regions = wb.getSheet(en ? "Regions" : "地区得分");
                assertEquals("山西省", regions.getRow(1).getCell(0).getStringCellValue(), "the full ranking, by rank: 山西省 first");
            }
        }
    }

    @Test
    void profileShowsNAndTheCiClippedToTheScoreRangeWithANote() throws Exception {
        try (XSSFWorkbook wb = written(ReportFixtures.workedExample())) {
            XSSFSheet gd = wb.getSheet("广东省");
            // the CI rests on both firms: the firm count says it, no separate n row repeats it
            int n = find(gd, 0, "企业数", 0);
            assertEquals(2, gd.getRow(n).getCell(1).getNumericCellValue(), 0.0);
            assertEquals(-1, find(gd, 0, "n（企业数）", 0));
            assertTrue(italic(gd, find(gd, 0, "排名", 0), 1), "the rank of a region on fewer than 5 firms is marked");
            int lo = find(gd, 0, "指数95%置信下限", 0);
            assertEquals(0.0, gd.getRow(lo).getCell(1).getNumericCellValue(), 0.0, "GroupStat low is −69.2");
            int hi = find(gd, 0, "指数95%置信上限", 0);
            assertEquals(100.0, gd.getRow(hi).getCell(1).getNumericCellValue(), 0.0, "GroupStat high is 188.9");
            assertTrue(gd.getRow(hi).getCell(2).getStringCellValue().startsWith("置信区间已截取到得分范围"));
            assertTrue(find(gd, 0, new Labels(false).get("note.fewFirms"), 0) > hi);
        }
    }

    @Test
    void methodSheetStatesTheCiChoice() throws Exception {
        try (XSSFWorkbook wb = written(ReportFixtures.workedExample("F1", "甲", Options.Lang.EN))) {
            assertTrue(find(wb.getSheet("Method"), 0, new Labels(true).get("method.ci"), 0) > 0);
        }
    }

    @Test
    void methodSheetListsOptionsAsTypedWithTheirValuesAndTheCommandLineThatRepeatsTheRun() throws Exception {
        RunResult base = ReportFixtures.workedExample();
        Options o = base.options().withWeights(Options.WeightMethod.ENTROPY)
                .withOutput(Path.of("out dir/report.xlsx"), Path.of("csv"));
        RunResult r = new RunResult(o, base.framework(), base.firms(), base.regions(), base.scores(),
                base.statistics(), base.issues(), base.toolVersion(), base.started());
        try (XSSFWorkbook wb = written(r)) {
            XSSFSheet m = wb.getSheet("方法说明");
            int minCov = find(m, 0, "--min-coverage", 0);
            assertEquals("0.5", m.getRow(minCov).getCell(1).getStringCellValue());
            assertEquals("entropy", m.getRow(find(m, 0, "--weights", 0)).getCell(1).getStringCellValue());
            assertEquals("keep-last", m.getRow(find(m, 0, "--duplicates", 0)).getCell(1).getStringCellValue());
            assertEquals("—", m.getRow(find(m, 0, "--min-duration", 0)).getCell(1).getStringCellValue());
            assertEquals("内置默认指标体系", m.getRow(find(m, 0, "-f, --framework", 0)).getCell(1).getStringCellValue());
            assertEquals("data/regions.csv", m.getRow(find(m, 0, "--region-data", 0)).getCell(1).getStringCellValue());
            assertEquals(-1, find(m, 0, "minCoverage", 0), "no Java field names");
            int cl = find(m, 0, "等效命令行", 0);
            assertEquals("ecoscore score data --region-data data/regions.csv -o 'out dir/report.xlsx' --csv csv "
                    + "--lang zh --duplicates keep-last --min-coverage 0.5 --node-coverage 0.5 --weights entropy "
                    + "--method aggregate", m.getRow(cl).getCell(1).getStringCellValue());
            assertEquals("indicators/worked", m.getRow(find(m, 0, "指标体系位置", 0)).getCell(1).getStringCellValue());
        }
    }

    /** The anchor of the sheet's i-th chart frame (in drawing order). */
    private static XSSFClientAnchor anchor(XSSFSheet s, int i) {
        return (XSSFClientAnchor) s.getDrawingPatriarch().getShapes().stream()
                .filter(x -> x instanceof org.apache.poi.xssf.usermodel.XSSFGraphicFrame).toList().get(i).getAnchor();
    }

    private static double cm(XSSFSheet s, XSSFClientAnchor a, boolean height) {
        double emu = 0;
        if (height) {
            for (int r = a.getRow1(); r < a.getRow2(); r++) {
                Row row = s.getRow(r);
                emu += (row == null ? s.getDefaultRowHeightInPoints() : row.getHeightInPoints()) * 12_700;
            }
            return (emu + a.getDy2() - a.getDy1()) / Charts.EMU_PER_CM;
        }
        for (int c = a.getCol1(); c < a.getCol2(); c++) emu += Math.round(s.getColumnWidthInPixels(c) * 9_525);
        return (emu + a.getDx2() - a.getDx1()) / Charts.EMU_PER_CM;
    }

    @Test
    void regionBarChartLabelsEveryRegionAndIsSizedByTheNumberOfRegions() throws Exception {
        try (XSSFWorkbook wb = written(ReportFixtures.workedExample())) {
            XSSFSheet s = wb.getSheet("概览");
            XSSFChart bar = s.getDrawingPatriarch().getCharts().get(0);
            String axis = bar.getCTChart().getPlotArea().getCatAxArray(0).xmlText();
            assertTrue(axis.contains("tickLblSkip val=\"1\""), axis);
            assertTrue(axis.contains("tickMarkSkip val=\"1\""), axis);
            XSSFClientAnchor a = anchor(s, 0);
            assertEquals(8.0, cm(s, a, true), 0.01, "2 regions: 0.6·2 + 2 < 8 cm minimum");
            assertEquals(5, a.getCol1(), "right of the 4-column region table, one column gap");
        }
        XlsxSheet s = new XlsxWorkbook().createSheet("s");
        Charts.Place p = Charts.sized(s, 0, 0, 16, SummarySheet.CM_PER_REGION * 30 + 2);
        double rowCm = s.rowHeightInPoints(0) * 12_700 / Charts.EMU_PER_CM;
        assertEquals(20.0, p.row2() * rowCm + p.dy2() / (double) Charts.EMU_PER_CM, 0.01, "30 regions: 20 cm");
    }

    @Test
    void subsystemRadarsSitBesideTheirTablesOnTheirOwnPageAndAreBigEnoughToRead() throws Exception {
        try (XSSFWorkbook wb = written(ReportFixtures.workedExample())) {
            XSSFSheet s = wb.getSheet("概览");
            XSSFClientAnchor a = anchor(s, 1);
            assertEquals(3, a.getCol1(), "node | national mean, then one column gap");
            int title = find(s, 0, "全国均值（企业平均）：S1 体制", find(s, 0, "各地区综合指数", 0));
            assertEquals(title + 1, a.getRow1(), "level with the table's header row");
            assertTrue(s.isRowBroken(title - 1), "a page break right before the radar's table");
            assertTrue(cm(s, a, false) >= 12, "width " + cm(s, a, false));
            assertTrue(cm(s, a, true) >= 9, "height " + cm(s, a, true));
        }
    }

    @Test
    void wideSheetsPrintAtAFixedScaleAcrossPagesWithIdAndNameRepeatedNarrowOnesFitTheWidth() throws Exception {
        try (XSSFWorkbook narrow = written(ReportFixtures.workedExample())) {
            // community, industry and size blank for every firm are left out: 15 columns fit the page width
            XSSFSheet firms = narrow.getSheet("企业得分");
            assertEquals(SheetWriter.WIDE_COLUMNS, firms.getRow(0).getLastCellNum());
            assertTrue(firms.getFitToPage());
        }
        try (XSSFWorkbook wb = written(ReportFixtures.workedExample("F1", "甲", Options.Lang.ZH, true))) {
            XSSFSheet firms = wb.getSheet("企业得分");
            assertTrue(firms.getRow(0).getLastCellNum() > SheetWriter.WIDE_COLUMNS);
            assertFalse(firms.getFitToPage());
            assertEquals(65, firms.getPrintSetup().getScale());
            assertTrue(firms.getPrintSetup().getLandscape());
            assertEquals("$A:$B", firms.getRepeatingColumns().formatAsString().replace("A:B", "$A:$B"));
            assertEquals("1:1", firms.getRepeatingRows().formatAsString().replace("$", ""));
            XSSFSheet regions = wb.getSheet("地区得分");
            assertFalse(regions.getFitToPage());
            assertEquals(0, regions.getRepeatingColumns().getFirstColumn());
            assertEquals(0, regions.getRepeatingColumns().getLastColumn(), "the region name");
            XSSFSheet issues = wb.getSheet("数据问题");
            assertTrue(issues.getFitToPage(), "narrow sheet: one page wide");
            assertEquals(1, issues.getPrintSetup().getFitWidth());
        }
    }

    @Test
    void reverseCodedQuestionsAreMarkedOnTheIndicatorsSheet() throws Exception {
        try (XSSFWorkbook wb = written(ReportFixtures.workedExample("F1", "甲", Options.Lang.EN))) {
            XSSFSheet s = wb.getSheet("Indicators");
            int q2 = find(s, 1, "Q2", 1);
            assertEquals("Policy changes often (reverse-scored)", s.getRow(q2).getCell(2).getStringCellValue());
            int q1 = find(s, 1, "Q1", 1);
            assertEquals("Policy is clear", s.getRow(q1).getCell(2).getStringCellValue());
        }
    }

    @Test
    void titleNamesTheToolAndTheFrameworkByNameAndLocation() throws Exception {
        try (XSSFWorkbook wb = written(ReportFixtures.workedExample())) {
            XSSFSheet s = wb.getSheet("概览");
            assertEquals("ecoscore 评价报告", s.getRow(0).getCell(0).getStringCellValue());
            assertEquals("指标体系", s.getRow(1).getCell(0).getStringCellValue());
            assertEquals("worked (indicators/worked)", s.getRow(1).getCell(1).getStringCellValue());
        }
        try (XSSFWorkbook wb = written(ReportFixtures.workedExample("F1", "甲", Options.Lang.EN))) {
            assertEquals("ecoscore assessment report", wb.getSheet("Summary").getRow(0).getCell(0).getStringCellValue());
        }
    }

    @Test
    void theBuiltInFrameworkIsNamedAsSuchNotByItsFolderId() {
        Framework builtIn = new Framework("default", FrameworkDisplay.BUILT_IN, List.of(), List.of(), Map.of(),
                Map.of(), null, Map.of(), List.of());
        assertEquals("内置默认指标体系 (built-in)", FrameworkDisplay.of(builtIn, false));
        assertEquals("built-in default framework", FrameworkDisplay.of(builtIn, true));
        assertEquals("内置", FrameworkDisplay.location(builtIn, false));
    }

    @Test
    void summaryCountsTheIssuesByTypeErrorsFirstThenTheMostFrequent() throws Exception {
        // the fixture logs one invalid-value warning, one low-coverage note and one error of an unlabelled code
        RunResult r = ReportFixtures.workedExample();
        r.issues().add("data/firms.csv", "", 6, "E", "invalid-value", org.ecoscore.core.Severity.WARNING, "again");
        try (XSSFWorkbook wb = written(r)) {
            XSSFSheet s = wb.getSheet("概览");
            int title = find(s, 0, "数据问题（按类型）", 0);
            assertTrue(title > 0, "the table is on the Summary sheet");
            assertEquals(List.of("代码", "严重程度", "数量"), List.of(s.getRow(title + 1).getCell(0).getStringCellValue(),
                    s.getRow(title + 1).getCell(1).getStringCellValue(), s.getRow(title + 1).getCell(2).getStringCellValue()));
            XSSFSheet sh = s;
            // new-user test: the one error was listed last, below the warnings; by severity, then by count
            assertEquals("unreadable (unreadable)", sh.getRow(title + 2).getCell(0).getStringCellValue());
            assertEquals("错误", sh.getRow(title + 2).getCell(1).getStringCellValue());
            assertEquals(1.0, sh.getRow(title + 2).getCell(2).getNumericCellValue(), 0.0);
            assertEquals("无效答案 (invalid-value)", sh.getRow(title + 3).getCell(0).getStringCellValue());
            assertEquals("警告", sh.getRow(title + 3).getCell(1).getStringCellValue());
            assertEquals(2.0, sh.getRow(title + 3).getCell(2).getNumericCellValue(), 0.0);
            assertEquals("提示", sh.getRow(title + 4).getCell(1).getStringCellValue());
            assertEquals(1.0, sh.getRow(title + 4).getCell(2).getNumericCellValue(), 0.0);
        }
    }

    @Test
    void sheetsHoldingSeveralTablesRepeatNoHeaderRowAndIssueCodesReadInTheReportLanguage() throws Exception {
        try (XSSFWorkbook wb = written(ReportFixtures.workedExample())) {
            // a repeated header row would sit over the rows of the next table on later pages
            for (String name : List.of("信度", "指标统计")) {
                assertEquals(null, wb.getSheet(name).getRepeatingRows(), name);
            }
            XSSFSheet issues = wb.getSheet("数据问题");
            assertEquals("无效答案 (invalid-value)", issues.getRow(1).getCell(4).getStringCellValue());
            assertEquals("处理建议", issues.getRow(0).getCell(7).getStringCellValue());
            assertTrue(issues.getRow(1).getCell(7).getStringCellValue().startsWith("该单元格的答案无法识别"),
                    "a Chinese reader gets the advice in Chinese beside the English message");
            assertEquals("1:1", wb.getSheet("企业得分").getRepeatingRows().formatAsString().replace("$", ""),
                    "one-table sheets keep their header on every page");
        }
    }
}
