package org.ecoscore.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecoscore.core.Options;
import org.ecoscore.framework.Framework;
import org.ecoscore.framework.Node;
import org.ecoscore.result.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The diagnosis in the workbook: Obstacles sheet, a profile's obstacles with advice, highlights, Method. */
class DiagnosisSheetsTest {
    @TempDir
    Path dir;

    private XSSFWorkbook written(RunResult r) throws Exception {
        Path out = dir.resolve("report.xlsx");
        ReportWriter.write(r, out);
        return new XSSFWorkbook(Files.newInputStream(out));
    }

    private static int find(Sheet s, int col, String text) {
        for (int r = 0; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            Cell c = row == null ? null : row.getCell(col);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) return r;
        }
        return -1;
    }

    /** The worked example with advice on S1 and S2 (framework.csv's optional columns). */
    private static RunResult withAdvice() {
        RunResult base = ReportFixtures.workedExample();
        Framework f = base.framework();
        List<Node> nodes = f.nodes().stream().map(n -> n.code().equals("S1")
                ? new Node("S1", "R", n.nameZh(), n.nameEn(), n.weight(), n.aggregation(), n.role(), "开放应用场景",
                        "Open scenarios", n.line())
                : n).toList();
        Framework g = new Framework(f.name(), f.location(), nodes, f.questions(), f.scales(), metaOf(f), f.regions(),
                f.ahp(), f.files());
        return new RunResult(base.options(), g, base.firms(), base.regions(), base.scores(), base.statistics(),
                base.issues(), base.toolVersion(), base.started());
    }

    private static Map<org.ecoscore.framework.MetaRole, List<String>> metaOf(Framework f) {
        Map<org.ecoscore.framework.MetaRole, List<String>> m = new java.util.EnumMap<>(
                org.ecoscore.framework.MetaRole.class);
        for (org.ecoscore.framework.MetaRole r : org.ecoscore.framework.MetaRole.values()) m.put(r, f.metaAliases(r));
        return m;
    }

    @Test
    void obstaclesSheetHoldsNationalAndRegionSharesUnderAColourScale() throws Exception {
        try (XSSFWorkbook wb = written(ReportFixtures.workedExample())) {
            Sheet s = wb.getSheet("障碍因子");
            int head = find(s, 0, "地区");
            Row h = s.getRow(head);
            assertEquals("S1 体制", h.getCell(1).getStringCellValue());
            assertEquals("S2 生态", h.getCell(2).getStringCellValue());
            assertEquals("Q1 政策清晰", h.getCell(3).getStringCellValue(), "the subsystems' children are questions here");
            Row nat = s.getRow(head + 1);
            assertEquals("全国（企业平均）", nat.getCell(0).getStringCellValue());
            // mean over firms of S1: F1 5/7, F2 1/3 (Q2), F3 1 (Q1 4/7 + Q3 3/7), F5 1 − 0.240964 (Q5)
            double f5 = (0.25 + 0.125 + 0.15) / (0.25 + 0.125 + 0.15 + 1.0 / 6);
            assertEquals((5.0 / 7 + 1.0 / 3 + 1 + f5) / 4, nat.getCell(1).getNumericCellValue(), 1e-12);
            assertEquals("0.0%", nat.getCell(1).getCellStyle().getDataFormatString());
            Row gd = s.getRow(head + 2);
            assertEquals("广东省", gd.getCell(0).getStringCellValue());
            // 广东省: S1 = 13.5/26.7, Q2 = 7.5/26.7 (see CsvTablesTest)
            assertEquals(13.5 / 26.7, gd.getCell(1).getNumericCellValue(), 1e-12);
            assertEquals(7.5 / 26.7, gd.getCell(4).getNumericCellValue(), 1e-12);
            assertEquals("北京市", s.getRow(head + 3).getCell(0).getStringCellValue());
            assertTrue(s.getSheetConditionalFormatting().getNumConditionalFormattings() >= 8,
                    "a colour scale per column: S1, S2 and six questions");
            int q = find(s, 0, "各地区障碍度最大的五道题");
            assertTrue(q > 0);
            Row first = s.getRow(q + 2);
            assertEquals("广东省", first.getCell(0).getStringCellValue());
            assertEquals(1, first.getCell(1).getNumericCellValue());
            assertEquals("Q2 政策多变 (反向计分)", first.getCell(2).getStringCellValue());
            assertEquals(7.5 / 26.7, first.getCell(3).getNumericCellValue(), 1e-12);
            // 广东省 has five questions with an obstacle > 0 among six (Q1 3, Q2 7.5, Q3 3, Q4 6, Q5 4, Q6 3.2):
            // Q2, Q4, Q5, Q6, then Q1 (ties Q1 = Q3 in question order)
            assertEquals("Q1 政策清晰", s.getRow(q + 6).getCell(2).getStringCellValue());
            assertEquals("北京市", s.getRow(q + 7).getCell(0).getStringCellValue());
        }
    }

    @Test
    void profileShowsItsThreeLargestObstaclesWithTheFrameworksAdvice() throws Exception {
        try (XSSFWorkbook wb = written(withAdvice())) {
            Sheet bj = wb.getSheet("北京市");
            assertEquals("要点", bj.getRow(1).getCell(0).getStringCellValue());
            assertEquals("北京市综合指数为 46.0 分，在 2 个地区中排名第 2，低于地区平均 8.0 分。",
                    bj.getRow(2).getCell(0).getStringCellValue());
            assertEquals("初级协调·S1滞后型", bj.getRow(find(bj, 0, "等级名称")).getCell(1).getStringCellValue());
            int t = find(bj, 0, "主要障碍因子");
            assertTrue(t > 0);
            // elements are S1's and S2's children: 北京 Q1 39.6%, Q3 26.1%, Q2 23.7% — questions carry no advice
            assertEquals("Q1 政策清晰", bj.getRow(t + 2).getCell(0).getStringCellValue());
            assertEquals(0.208333 / 0.526389, bj.getRow(t + 2).getCell(2).getNumericCellValue(), 1e-5);
            assertEquals("Q3 研发强度", bj.getRow(t + 3).getCell(0).getStringCellValue());
            assertEquals("Q2 政策多变", bj.getRow(t + 4).getCell(0).getStringCellValue());
        }
    }

    @Test
    void summaryStartsWithHighlightsAndMethodNamesTheCouplingForm() throws Exception {
        try (XSSFWorkbook wb = written(ReportFixtures.workedExample())) {
            Sheet s = wb.getSheet("概览");
            int h = find(s, 0, "要点");
            assertEquals(6, h, "after title, framework, unit scored, run time and version");
            assertEquals("全国综合指数（企业平均）为 48.8 分，共 4 家企业计分。", s.getRow(h + 1).getCell(0).getStringCellValue());
            assertTrue(s.getMergedRegions().stream().anyMatch(m -> m.getFirstRow() == h + 1 && m.getLastColumn() == 7));
            Sheet m = wb.getSheet("方法说明");
            int c = find(m, 0, "耦合度形式");
            assertEquals("标准形式 C = 2√(U1·U2)/(U1 + U2)", m.getRow(c).getCell(1).getStringCellValue());
            assertTrue(find(m, 0, new Labels(false).get("method.obstacle")) > 0);
        }
        RunResult base = ReportFixtures.workedExample("F1", "甲", Options.Lang.EN);
        RunResult revised = new RunResult(base.options().withCoupling(Options.CouplingForm.REVISED), base.framework(),
                base.firms(), base.regions(), base.scores(), base.statistics(), base.issues(), base.toolVersion(),
                base.started());
        try (XSSFWorkbook wb = written(revised)) {
            Sheet m = wb.getSheet("Method");
            String form = m.getRow(find(m, 0, "Coupling form")).getCell(1).getStringCellValue();
            assertTrue(form.startsWith("revised C = √{(1 − |U1 − U2|)·min(U1, U2)/max(U1, U2)}"), form);
            assertTrue(form.contains("Wang Shujia et al.") && form.contains("2021, 36(3): 793–810"), form);
            assertEquals("revised", m.getRow(find(m, 0, "--coupling")).getCell(1).getStringCellValue());
        }
    }
}
