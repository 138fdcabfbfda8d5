package org.ecoscore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped framework indicators/country-comparison (SPEC §8): it passes {@code framework check}; a sample panel
 * ({@code sample --source expert}) scores end to end into a report with the Agreement sheet and a radar per
 * country, its contrary rater flagged, and case scores that a recomputation from the sample's cells matches;
 * {@code template --source expert} has the countries as a drop-down and, filled in, scores with no mapping.
 */
class CountryComparisonTest {
    private static final String FW = "indicators/country-comparison";
    private static final List<String> COUNTRIES = List.of("中国", "美国", "日本", "韩国", "欧盟");

    @TempDir
    Path dir;

    @Test
    void frameworkCheckPasses() {
        CliRun run = CliRun.of("framework", "check", "-f", FW);
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertFalse((run.out() + run.err()).contains("warning"), run.out() + run.err());
    }

    @Test
    void samplePanelScoresIntoAgreementSheetWithARadarPerCountry() throws Exception {
        Path panel = dir.resolve("panel.xlsx");
        CliRun sample = CliRun.of("sample", "--source", "expert", "-f", FW, "-o", panel.toString(), "--seed", "7");
        assertEquals(0, sample.exitCode(), sample.err());
        Path report = dir.resolve("r.xlsx");
        Path csv = dir.resolve("csv");
        CliRun run = CliRun.of("score", "--expert-data", panel.toString(), "-f", FW, "-o", report.toString(),
                "--csv", csv.toString(), "--quiet");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.noStackTrace());
        // finding 15: the shipped sample has no column the panel cannot map (it had an unmapped-column note for 序号)
        String issues = Files.readString(csv.resolve("issues.csv"), StandardCharsets.UTF_8);
        assertFalse(issues.contains("unmapped-column"), issues);

        List<String[]> raters = ExpertPanelCliTest.read(csv.resolve("raters.csv"));
        assertEquals(9, raters.size(), "8 raters");
        for (int k = 1; k <= 7; k++) assertEquals("0", raters.get(k)[4], "E0" + k + " agrees with the panel");
        assertEquals("E08", raters.get(8)[0]);
        assertEquals("1", raters.get(8)[4], "the sample's contrary rater is flagged");

        // D1 制度根基 of each country recomputed from the sample's cells: strength7 label → value v, n = 100(v − 1)/6,
        // mean over the 8 raters per item, then the mean of the items D1_1..D1_3 (equal weights, arithmetic)
        Map<String, double[]> sums = new HashMap<>();
        try (InputStream in = Files.newInputStream(panel); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheetAt(0);
            List<String> labels = List.of("很弱", "弱", "较弱", "一般", "较强", "强", "很强");
            DataFormatter f = new DataFormatter();
            Row head = s.getRow(0);
            assertEquals("专家", f.formatCellValue(head.getCell(0)));
            assertEquals("案例", f.formatCellValue(head.getCell(1)));
            for (int r = 1; r <= s.getLastRowNum(); r++) {
                Row row = s.getRow(r);
                String country = f.formatCellValue(row.getCell(1));
                double[] sum = sums.computeIfAbsent(country, k -> new double[3]);
                for (int q = 0; q < 3; q++) { // columns 2, 3, 4 = D1_1, D1_2, D1_3
                    int v = labels.indexOf(f.formatCellValue(row.getCell(2 + q))) + 1;
                    assertTrue(v >= 1, "a label of the scale");
                    sum[q] += 100.0 * (v - 1) / 6 / 8;
                }
            }
        }
        List<String[]> cases = ExpertPanelCliTest.read(csv.resolve("cases.csv"));
        assertEquals("case|rank|raters|CC|D|D1", String.join("|", List.of(cases.get(0)).subList(0, 6)));
        for (int c = 0; c < COUNTRIES.size(); c++) {
            String[] row = cases.get(1 + c);
            assertEquals(COUNTRIES.get(c), row[0]);
            assertEquals("8", row[2]);
            double[] sum = sums.get(COUNTRIES.get(c));
            assertEquals((sum[0] + sum[1] + sum[2]) / 3, Double.parseDouble(row[5]), 1e-9, COUNTRIES.get(c));
        }

        try (InputStream in = Files.newInputStream(report); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheet("专家一致性");
            assertTrue(s != null, "the Agreement sheet");
            int head = ExpertPanelCliTest.find(s, "节点");
            assertEquals("节点|Kendall W|χ²|df|p|ICC(2,1)|ICC(2,k)|专家数|案例数", ExpertPanelCliTest.row(s, head));
            assertEquals("CC 人工智能国家创新体制国际比较指数", s.getRow(head + 1).getCell(0).getStringCellValue());
            double w = s.getRow(head + 1).getCell(1).getNumericCellValue();
            assertEquals(8 * 4 * w, s.getRow(head + 1).getCell(2).getNumericCellValue(), 1e-9, "χ² = r(m − 1)W");
            // finding 12: a reading guide, and W without the flagged rater E08 beside the headline W; with a single
            // flagged rater that is the rater table's "W without" of E08
            assertTrue(ExpertPanelCliTest.anyCell(s, "Koo & Li 2016"), "reading guide");
            int rt = ExpertPanelCliTest.find(s, "E08");
            double without = s.getRow(rt).getCell(3).getNumericCellValue();
            assertTrue(ExpertPanelCliTest.anyCell(s, String.format(java.util.Locale.ROOT,
                    "（含被标记的专家）= %.3f；去掉被标记的 1 位专家后 W = %.3f", w, without)), "W without the flagged");
            List<XSSFChart> charts = s.getDrawingPatriarch().getCharts();
            assertEquals(5, charts.size(), "a radar per country");
            List<String> titles = new ArrayList<>();
            for (XSSFChart ch : charts) {
                assertEquals(1, ch.getCTChart().getPlotArea().sizeOfRadarChartArray(), "a radar");
                // 10 axes: D1–D4 and A1–A6
                assertEquals(10, ch.getCTChart().getPlotArea().getRadarChartArray(0).getSerArray(0).getVal()
                        .getNumRef().getNumCache().getPtCount().getVal());
                titles.add(ch.getTitleText().getString());
            }
            assertEquals(COUNTRIES, titles);
        }
    }

    @Test
    void filledTemplateScoresWithNoMapping() throws Exception {
        Path template = dir.resolve("t.xlsx");
        CliRun t = CliRun.of("template", "--source", "expert", "-f", FW, "-o", template.toString());
        assertEquals(0, t.exitCode(), t.err());
        Path filled = dir.resolve("filled.xlsx");
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheet("问卷");
            DataFormatter f = new DataFormatter();
            assertEquals("专家", f.formatCellValue(s.getRow(0).getCell(0)));
            assertEquals("案例", f.formatCellValue(s.getRow(0).getCell(1)));
            boolean caseList = false;
            for (XSSFDataValidation v : s.getDataValidations()) {
                if (v.getRegions().getCellRangeAddress(0).getFirstColumn() != 1) continue;
                caseList = List.of(v.getValidationConstraint().getExplicitListValues()).equals(COUNTRIES);
            }
            assertTrue(caseList, "the case column has the countries as its drop-down");
            int width = s.getRow(0).getLastCellNum();
            // two experts rate two countries: the items of D1, D3 and A6 较强 (中国) or 强 (美国), the others 一般, the
            // percent item as a number
            String[][] rows = {{"E1", "中国"}, {"E1", "美国"}, {"E2", "中国"}, {"E2", "美国"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r + 1);
                row.createCell(0).setCellValue(rows[r][0]);
                row.createCell(1).setCellValue(rows[r][1]);
                for (int c = 2; c < width; c++) {
                    String header = f.formatCellValue(s.getRow(0).getCell(c));
                    if (header.startsWith("D3_1 ")) row.createCell(c).setCellValue(40 + 10 * r);
                    else if (header.matches("(D1|D3|A6)_.*")) row.createCell(c).setCellValue(r % 2 == 0 ? "较强" : "强");
                    else row.createCell(c).setCellValue("一般");
                }
            }
            try (OutputStream out = Files.newOutputStream(filled)) {
                wb.write(out);
            }
        }
        Path csv = dir.resolve("c");
        CliRun run = CliRun.of("score", "--expert-data", filled.toString(), "-f", FW, "-o",
                dir.resolve("r.xlsx").toString(), "--csv", csv.toString(), "--quiet");
        assertEquals(0, run.exitCode(), run.err());
        String issues = Files.readString(csv.resolve("issues.csv"), StandardCharsets.UTF_8);
        assertEquals(1, issues.strip().split("\r\n").length, "no issue at all: " + issues);
        List<String[]> cases = ExpertPanelCliTest.read(csv.resolve("cases.csv"));
        assertEquals(3, cases.size());
        // 中国: the items of D1 and D3 较强 (5) → n = 100·4/6; D3_1 (40 + 60)/2 = 50 % → n 50; D3 = (50 + 2·400/6)/3
        double strong = 100.0 * 4 / 6;
        int d3 = List.of(cases.get(0)).indexOf("D3");
        assertEquals((50 + 2 * strong) / 3, Double.parseDouble(cases.get(1)[d3]), 1e-9);
        int d1 = List.of(cases.get(0)).indexOf("D1");
        assertEquals(strong, Double.parseDouble(cases.get(1)[d1]), 1e-9);
        // 美国: 强 (6) → n = 100·5/6, but A6_2 is reverse-scored: 100 − 100·5/6; A6 = (2·500/6 + 100/6)/3
        int a6 = List.of(cases.get(0)).indexOf("A6");
        assertEquals((2 * 500.0 / 6 + 100.0 / 6) / 3, Double.parseDouble(cases.get(2)[a6]), 1e-9);
    }

    /**
     * Finding 11: a panel-only run (no firm or region data) leaves out the firm and region sheets, describes the
     * panel on the Summary (unit = case, no firm counts) and computes Cronbach's α over the panel's rater × case
     * rows — recomputed here from the sample's cells for D1.
     */
    @Test
    void panelOnlyReportDescribesThePanelAndComputesAlphaOverItsRows() throws Exception {
        Path panel = dir.resolve("panel.xlsx");
        assertEquals(0, CliRun.of("sample", "--source", "expert", "-f", FW, "-o", panel.toString()).exitCode());
        Path report = dir.resolve("r.xlsx");
        CliRun run = CliRun.of("score", "--expert-data", panel.toString(), "-f", FW, "-o", report.toString(),
                "--quiet");
        assertEquals(0, run.exitCode(), run.err());
        // α of D1 by hand: k = 3 items D1_1..D1_3 (label → 1..7, none reversed) over the 40 rows,
        // α = k/(k − 1)·(1 − Σ var(item) / var(sum)), sample variances
        List<double[]> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(panel); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheetAt(0);
            List<String> labels = List.of("很弱", "弱", "较弱", "一般", "较强", "强", "很强");
            DataFormatter f = new DataFormatter();
            int first = -1;
            for (int c = 0; c < s.getRow(0).getLastCellNum(); c++) {
                if (f.formatCellValue(s.getRow(0).getCell(c)).equals("案例")) first = c + 1; // D1_1..D1_3 follow
            }
            for (int r = 1; r <= s.getLastRowNum(); r++) {
                double[] v = new double[3];
                for (int q = 0; q < 3; q++) v[q] = labels.indexOf(f.formatCellValue(s.getRow(r).getCell(first + q))) + 1;
                rows.add(v);
            }
        }
        assertEquals(40, rows.size());
        double sumVar = 0;
        for (int q = 0; q < 3; q++) {
            final int qq = q;
            sumVar += variance(rows.stream().mapToDouble(v -> v[qq]).toArray());
        }
        double alpha = 1.5 * (1 - sumVar / variance(rows.stream().mapToDouble(v -> v[0] + v[1] + v[2]).toArray()));
        try (InputStream in = Files.newInputStream(report); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (String gone : List.of("企业得分", "地区得分", "障碍因子")) assertEquals(null, wb.getSheet(gone), gone);
            XSSFSheet summary = wb.getSheet("概览");
            String all = ExpertPanelCliTest.text(summary);
            assertFalse(all.contains("\n计分企业|"), all);
            assertFalse(all.contains("\n地区数|"), all);
            assertTrue(all.contains("评价单位|案例"), all);
            XSSFSheet rel = wb.getSheet("信度");
            String relText = ExpertPanelCliTest.text(rel);
            assertFalse(relText.contains("未计算信度"), relText);
            assertTrue(relText.contains("按 40 行专家评分"), relText);
            int head = ExpertPanelCliTest.find(rel, "代码");
            assertEquals("D1", rel.getRow(head + 1).getCell(0).getStringCellValue());
            assertEquals(40, rel.getRow(head + 1).getCell(3).getNumericCellValue());
            assertEquals(alpha, rel.getRow(head + 1).getCell(4).getNumericCellValue(), 1e-9);
        }
    }

    private static double variance(double[] x) {
        double mean = 0;
        for (double v : x) mean += v / x.length;
        double ss = 0;
        for (double v : x) ss += (v - mean) * (v - mean);
        return ss / (x.length - 1);
    }

    /** Finding 13: with two raters the console says the flag needs three, rather than "0 raters flagged". */
    @Test
    void twoRatersConsoleSaysTheFlagNeedsThree() throws Exception {
        Path panel = dir.resolve("p2.xlsx");
        assertEquals(0, CliRun.of("sample", "--source", "expert", "--raters", "2", "-f", FW, "-o", panel.toString())
                .exitCode());
        Path report = dir.resolve("r2.xlsx");
        CliRun run = CliRun.of("score", "--expert-data", panel.toString(), "-f", FW, "-o", report.toString(),
                "--lang", "zh");
        assertEquals(0, run.exitCode(), run.err());
        String console = run.out() + run.err();
        assertFalse(console.contains("一致性明显偏低的专家 0 位"), console);
        assertTrue(console.contains("至少需要 3 位对每个案例都评分的专家（现有 2 位）"), console);
        try (InputStream in = Files.newInputStream(report); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertTrue(ExpertPanelCliTest.anyCell(wb.getSheet("专家一致性"), "至少需要 3 位"), "the sheet says so too");
        }
    }

    /**
     * Finding 14: the expert template's instructions ask for one row per expert and case, and its title names the
     * framework, not the folder it was read from.
     */
    @Test
    void expertTemplateInstructionsSpeakOfExpertsAndHideThePath() throws Exception {
        Path template = dir.resolve("t.xlsx");
        assertEquals(0, CliRun.of("template", "--source", "expert", "-f", FW, "-o", template.toString()).exitCode());
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheet("填写说明");
            String all = ExpertPanelCliTest.text(s);
            assertEquals("专家评分表（指标框架：country-comparison）", s.getRow(0).getCell(0).getStringCellValue());
            assertFalse(all.contains("indicators/"), all);
            assertFalse(all.contains("每个填报单位"), all);
            assertTrue(all.contains("每位专家对每个案例各填写一行"), all);
        }
    }
}
