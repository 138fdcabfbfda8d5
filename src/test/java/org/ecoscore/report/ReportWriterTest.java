package org.ecoscore.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.ecoscore.core.EcoscoreException;
import org.ecoscore.core.ExitCode;
import org.ecoscore.core.Options;
import org.ecoscore.result.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {
    @TempDir
    Path dir;

    private XSSFWorkbook written(RunResult r) throws Exception {
        Path out = dir.resolve("report.xlsx");
        ReportWriter.write(r, out);
        return new XSSFWorkbook(Files.newInputStream(out));
    }

    private static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) names.add(wb.getSheetName(i));
        return names;
    }

    private static List<String> row(Sheet s, int r) {
        List<String> out = new ArrayList<>();
        Row row = s.getRow(r);
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            out.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC ? Double.toString(cell.getNumericCellValue())
                    : cell.getStringCellValue());
        }
        return out;
    }

    @Test
    void sheetsAreNamedInTheReportLanguage() throws Exception {
        try (XSSFWorkbook zh = written(ReportFixtures.workedExample())) {
            assertEquals(List.of("概览", "企业得分", "地区得分", "指标统计", "权重", "数据问题", "方法说明"),
                    sheetNames(zh).subList(0, 7));
        }
        try (XSSFWorkbook en = written(ReportFixtures.workedExample("F1", "甲", Options.Lang.EN))) {
            assertEquals(List.of("Summary", "Firms", "Regions", "Indicators", "Weights", "Issues", "Method"),
                    sheetNames(en).subList(0, 7));
            // id, name, region, file, row (community, industry and size are blank for every firm: left out)
            assertEquals("R Overall", en.getSheet("Firms").getRow(0).getCell(5).getStringCellValue());
        }
    }

    @Test
    void firmsSheetHoldsFullPrecisionScoresEqualToTheCsv() throws Exception {
        RunResult r = ReportFixtures.workedExample();
        Path csvDir = dir.resolve("csv");
        CsvTables.write(r, csvDir);
        List<String[]> csv = CsvTablesTest.read(csvDir.resolve("firms.csv"));
        try (XSSFWorkbook wb = written(r)) {
            XSSFSheet firms = wb.getSheet("企业得分");
            // community, industry and size are blank for every firm: left out of the sheet (firms.csv keeps them)
            assertEquals(List.of("企业标识", "名称", "地区", "文件", "行号", "R 综合", "S1 体制",
                    "S2 生态", "耦合度 C", "综合发展指数 T", "耦合协调度 D", "协调等级", "等级名称", "排名", "标记"),
                    row(firms, 0));
            assertEquals(5, firms.getLastRowNum() + 1);
            for (int u = 0; u < 4; u++) {
                Row x = firms.getRow(u + 1);
                String[] c = csv.get(u + 1);
                assertEquals(c[0], x.getCell(0).getStringCellValue());
                for (int k = 0; k < 3; k++) {
                    double v = x.getCell(5 + k).getNumericCellValue();
                    assertEquals(r.scores().firm().scores()[k][u], v, 0.0);
                    assertEquals(Double.parseDouble(c[8 + k]), v, 0.0);
                }
                assertEquals(Double.parseDouble(c[13]), x.getCell(10).getNumericCellValue(), 1e-12);
                assertEquals(Double.parseDouble(c[16]), x.getCell(13).getNumericCellValue(), 0.0);
            }
            Row f1 = firms.getRow(1);
            assertEquals(69.403559, f1.getCell(5).getNumericCellValue(), 1e-6);
            assertEquals("0.0", f1.getCell(5).getCellStyle().getDataFormatString());
            assertEquals(9, f1.getCell(11).getNumericCellValue());
            assertEquals("良好协调·同步型", f1.getCell(12).getStringCellValue(), "r = 68.75/70.71 = 0.97: synchronous");
            assertEquals("直线作答", firms.getRow(4).getCell(14).getStringCellValue());
            assertEquals(1, firms.getPaneInformation().getVerticalSplitPosition());
            assertEquals(1, firms.getPaneInformation().getHorizontalSplitPosition());
            assertTrue(firms.getCTWorksheet().isSetAutoFilter());
            assertEquals(3 + 1, firms.getSheetConditionalFormatting().getNumConditionalFormattings());
            assertTrue(firms.getPrintSetup().getLandscape());
        }
    }

    @Test
    void regionsSheetIsSortedByRankWithGradeNamesAndRadar() throws Exception {
        try (XSSFWorkbook wb = written(ReportFixtures.workedExample("F1", "甲", Options.Lang.EN))) {
            XSSFSheet s = wb.getSheet("Regions");
            assertEquals("Region", s.getRow(0).getCell(0).getStringCellValue());
            assertEquals("广东省", s.getRow(1).getCell(0).getStringCellValue());
            assertEquals("yes", s.getRow(1).getCell(3).getStringCellValue());
            assertEquals(71.875, s.getRow(1).getCell(5).getNumericCellValue(), 0.0);
            assertEquals("n (firms)", s.getRow(0).getCell(7).getStringCellValue());
            assertEquals(2, s.getRow(1).getCell(7).getNumericCellValue(), 0.0);
            assertEquals(0.0, s.getRow(1).getCell(8).getNumericCellValue(), 0.0, "−69.2 shown clipped to 0");
            assertEquals(100.0, s.getRow(1).getCell(9).getNumericCellValue(), 0.0, "188.9 shown clipped to 100");
            // 广东省 r = 71.875/42.17 = 1.70 > 1.2; 北京市 r = 29.375/79.37 = 0.37 < 0.8
            assertEquals("intermediate coordination, S2 lags", s.getRow(1).getCell(14).getStringCellValue());
            assertEquals("primary coordination, S1 lags", s.getRow(2).getCell(14).getStringCellValue());
            assertEquals(2, s.getRow(2).getCell(15).getNumericCellValue());
            List<XSSFChart> charts = s.getDrawingPatriarch().getCharts();
            assertEquals(1, charts.size());
            assertEquals(3, charts.get(0).getChartSeries().get(0).getSeriesCount(), "national mean + 2 regions");
        }
    }

    @Test
    void summaryHasARegionBarChartAndOneRadarPerSubsystem() throws Exception {
        try (XSSFWorkbook wb = written(ReportFixtures.workedExample())) {
            XSSFSheet s = wb.getSheet("概览");
            List<XSSFChart> charts = s.getDrawingPatriarch().getCharts();
            assertEquals(3, charts.size());
            XDDFChartData bar = charts.get(0).getChartSeries().get(0);
            assertTrue(bar instanceof org.apache.poi.xddf.usermodel.chart.XDDFBarChartData);
            String ref = bar.getSeries(0).getValuesData().getDataRangeReference();
            assertTrue(ref.startsWith("'概览'!$C$") || ref.startsWith("概览!$C$"), ref);
            assertEquals(2, bar.getSeries(0).getValuesData().getPointCount());
            XDDFChartData radar = charts.get(1).getChartSeries().get(0);
            assertTrue(radar instanceof org.apache.poi.xddf.usermodel.chart.XDDFRadarChartData);
            assertEquals(3, radar.getSeries(0).getCategoryData().getPointCount(), "Q1..Q3 under S1");
            // the bar chart's values are the region indices, best first
            String[] parts = ref.substring(ref.indexOf('!') + 1).replace("$", "").split(":");
            int first = Integer.parseInt(parts[0].substring(1)) - 1;
            assertEquals(61.97387, s.getRow(first).getCell(2).getNumericCellValue(), 1e-5);
            assertEquals(46.04002, s.getRow(first + 1).getCell(2).getNumericCellValue(), 1e-5);
        }
    }

    @Test
    void formulaLikeInputTextIsAQuotePrefixedStringCell() throws Exception {
        try (XSSFWorkbook wb = written(ReportFixtures.workedExample("=1+1", "@SUM(A1)", Options.Lang.ZH))) {
            Row f1 = wb.getSheet("企业得分").getRow(1);
            for (int c = 0; c < 2; c++) {
                Cell cell = f1.getCell(c);
                assertEquals(CellType.STRING, cell.getCellType());
                assertTrue(cell.getCellStyle().getQuotePrefixed());
            }
            assertEquals("=1+1", f1.getCell(0).getStringCellValue());
            assertEquals("@SUM(A1)", f1.getCell(1).getStringCellValue());
            assertFalse(f1.getCell(2).getCellStyle().getQuotePrefixed());
            for (Sheet s : wb) for (Row x : s) for (Cell c : x) assertTrue(c.getCellType() != CellType.FORMULA);
        }
    }

    @Test
    void weightsSheetShowsEffectiveWeightAsProductDownThePath() throws Exception {
        try (XSSFWorkbook wb = written(ReportFixtures.workedExample())) {
            XSSFSheet s = wb.getSheet("权重");
            // firm rows: R, S1, S2, Q1..Q5; Q2 = 2/3 · 1/4
            Row q2 = s.getRow(5);
            assertEquals("Q2", q2.getCell(1).getStringCellValue());
            assertEquals("S1", q2.getCell(3).getStringCellValue());
            assertEquals(0.25, q2.getCell(4).getNumericCellValue(), 0.0);
            assertEquals(1.0 / 6, q2.getCell(5).getNumericCellValue(), 1e-15);
            assertEquals("地区", s.getRow(9).getCell(0).getStringCellValue());
        }
    }

    @Test
    void issuesSheetColoursBySeverityAndMethodRecordsChecksums() throws Exception {
        try (XSSFWorkbook wb = written(ReportFixtures.workedExample())) {
            XSSFSheet s = wb.getSheet("数据问题");
            assertEquals("警告", s.getRow(1).getCell(5).getStringCellValue());
            assertEquals(5, s.getRow(1).getCell(2).getNumericCellValue());
            assertEquals(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND,
                    s.getRow(1).getCell(6).getCellStyle().getFillPattern());
            assertEquals(org.apache.poi.ss.usermodel.FillPatternType.NO_FILL,
                    s.getRow(2).getCell(6).getCellStyle().getFillPattern());
            assertNull(s.getRow(3).getCell(2), "row 0 left blank");
            String method = text(wb.getSheet("方法说明"));
            assertTrue(method.contains("a".repeat(64)));
            assertTrue(method.contains("c".repeat(64)));
            assertTrue(method.contains("--min-coverage|0.5"), method);
            assertTrue(method.contains("0.1.0-test"));
            assertTrue(method.contains("2025-03-01 08:00:00 UTC"));
        }
    }

    private static String text(Sheet s) {
        StringBuilder sb = new StringBuilder();
        for (Row r : s) {
            for (Cell c : r) {
                sb.append(c.getCellType() == CellType.NUMERIC ? CsvNumbers.format(c.getNumericCellValue())
                        : c.getStringCellValue()).append('|');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    @Test
    void sameRunGivesByteIdenticalReport() throws Exception {
        Path a = dir.resolve("a.xlsx");
        Path b = dir.resolve("b.xlsx");
        ReportWriter.write(ReportFixtures.workedExample(), a);
        Thread.sleep(1100);
        ReportWriter.write(ReportFixtures.workedExample(), b);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    @Test
    void tenThousandFirmsAreStreamedAndChartsKept() throws Exception {
        RunResult r = ReportFixtures.manyFirms(ReportWriter.STREAMING_FIRMS + 5);
        try (XSSFWorkbook wb = written(r)) {
            XSSFSheet firms = wb.getSheet("企业得分");
            assertEquals(ReportWriter.STREAMING_FIRMS + 5, firms.getLastRowNum());
            Row last = firms.getRow(ReportWriter.STREAMING_FIRMS + 5);
            int u = ReportWriter.STREAMING_FIRMS + 4;
            assertEquals(String.format("91%016d", u), last.getCell(0).getStringCellValue());
            assertEquals(r.scores().firm().scores()[0][u], last.getCell(5).getNumericCellValue(), 0.0);
            assertEquals(3, wb.getSheet("概览").getDrawingPatriarch().getCharts().size());
            assertEquals("主要数字", text(wb.getSheet("概览")).lines().filter(x -> x.startsWith("主要数字")).findFirst()
                    .orElse("").replace("|", ""));
        }
    }

    @Test
    void unwritableOutputIsExitFourAndLeavesNoTemporaryFile() throws Exception {
        RunResult r = ReportFixtures.workedExample();
        Files.writeString(dir.resolve("a-file"), "x");
        EcoscoreException missing = assertThrows(EcoscoreException.class,
                () -> ReportWriter.write(r, dir.resolve("a-file").resolve("sub").resolve("r.xlsx")));
        assertEquals(ExitCode.OUTPUT, missing.exitCode());
        assertTrue(missing.getMessage().contains("choose another -o path"), missing.getMessage());
        Path folder = Files.createDirectory(dir.resolve("taken.xlsx"));
        EcoscoreException isDir = assertThrows(EcoscoreException.class, () -> ReportWriter.write(r, folder));
        assertEquals(ExitCode.OUTPUT, isDir.exitCode());
        Path readOnly = Files.createDirectory(dir.resolve("ro"));
        readOnly.toFile().setWritable(false);
        try {
            if (!Files.isWritable(readOnly)) {
                EcoscoreException ro = assertThrows(EcoscoreException.class,
                        () -> ReportWriter.write(r, readOnly.resolve("r.xlsx")));
                assertEquals(ExitCode.OUTPUT, ro.exitCode());
            }
        } finally {
            readOnly.toFile().setWritable(true);
        }
        try (Stream<Path> all = Files.walk(dir)) {
            assertEquals(List.of(), all.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
        }
    }

    @Test
    void runWithoutRegionsWritesTheSevenSheetsWithoutRegionCharts() throws Exception {
        RunResult base = ReportFixtures.workedExample();
        org.ecoscore.score.LevelScores reg = base.scores().region();
        double[][] empty = new double[reg.scores().length][0];
        org.ecoscore.score.LevelScores none = new org.ecoscore.score.LevelScores(reg.level(), reg.tree(),
                new String[0], new int[0], new String[0], new int[0], empty, reg.localWeights(),
                new org.ecoscore.score.Coupling(new double[0], new double[0], new double[0], new int[0]), new int[0]);
        RunResult r = new RunResult(base.options(), base.framework(), base.firms(), base.regions(),
                new org.ecoscore.score.Scores(base.scores().firm(), none, List.of()), base.statistics(),
                base.issues(), base.toolVersion(), base.started());
        try (XSSFWorkbook wb = written(r)) {
            assertEquals(9, wb.getNumberOfSheets(), "seven main sheets, Reliability and Obstacles");
            assertEquals(2, wb.getSheet("概览").getDrawingPatriarch().getCharts().size(), "the two radars only");
            assertEquals(0, wb.getSheet("地区得分").getLastRowNum());
        }
    }
}
