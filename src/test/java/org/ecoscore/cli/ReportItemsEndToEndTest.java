package org.ecoscore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecoscore.fixtures.WorkedExampleFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Small report items, read back through POI: {@code -o} into a folder that does not exist; a bar chart for a
 * subsystem of fewer than three children; metadata columns blank for every firm left out of the Firms sheet;
 * the unit the framework scores on the Summary (企业 by default, or the framework's unit.csv).
 */
class ReportItemsEndToEndTest {
    @TempDir
    Path dir;

    /** Four firms; 行业 filled in for one, no community or size column at all. */
    private Path firms() throws Exception {
        Path csv = dir.resolve("firms.csv");
        Files.writeString(csv, String.join("\n",
                "统一社会信用代码,企业名称,所在地区,行业,Q1,Q2,Q3,Q4,Q5",
                "F1,甲,广东,软件,同意,不同意,10,9,是",
                "F2,乙,广东,,非常同意,非常同意,25,0,否",
                "F3,丙,北京,,一般,一般,5,99,是",
                "F4,丁,北京,,不同意,同意,2,3,否") + "\n", StandardCharsets.UTF_8);
        return csv;
    }

    private Path framework(String unitCsv) throws Exception {
        Path fw = WorkedExampleFiles.writeFramework(dir.resolve("fw"));
        Files.writeString(fw.resolve("meta.csv"), WorkedExampleFiles.META + "industry,行业\n", StandardCharsets.UTF_8);
        // Q3 moves to S2: S1 keeps two children (Q1, Q2), S2 has four (Q3–Q6)
        Files.writeString(fw.resolve("questions.csv"), WorkedExampleFiles.QUESTIONS.replace("Q3,S1,", "Q3,S2,"),
                StandardCharsets.UTF_8);
        if (unitCsv != null) Files.writeString(fw.resolve("unit.csv"), unitCsv, StandardCharsets.UTF_8);
        return fw;
    }

    private static String summaryValue(XSSFWorkbook wb, String sheet, String label) {
        DataFormatter f = new DataFormatter();
        for (Row r : wb.getSheet(sheet)) {
            Cell c = r.getCell(0);
            if (c != null && label.equals(f.formatCellValue(c))) return f.formatCellValue(r.getCell(1));
        }
        return null;
    }

    @Test
    void reportItems() throws Exception {
        Path report = dir.resolve("new").resolve("deeper").resolve("r.xlsx");
        assertFalse(Files.exists(report.getParent()));
        CliRun run = CliRun.of("score", firms().toString(), "-f", framework(null).toString(), "-o", report.toString(),
                "-q");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(report), "-o created its folder");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(report))) {
            // Summary charts: S1 has two children (Q1, Q2): a bar chart; S2 has four: a radar
            Map<String, String> kinds = new LinkedHashMap<>();
            for (XSSFChart c : wb.getSheet("概览").getDrawingPatriarch().getCharts()) {
                String title = c.getTitleText() == null ? "" : c.getTitleText().getString();
                var plot = c.getCTChart().getPlotArea();
                kinds.put(title, plot.sizeOfRadarChartArray() > 0 ? "radar" : plot.sizeOfBarChartArray() > 0 ? "bar"
                        : "other");
            }
            assertEquals("bar", kinds.get("全国均值（企业平均）：S1 体制"), kinds.toString());
            assertEquals("radar", kinds.get("全国均值（企业平均）：S2 生态"), kinds.toString());

            XSSFSheet firms = wb.getSheet("企业得分");
            List<String> head = new ArrayList<>();
            for (Cell c : firms.getRow(0)) head.add(c.getStringCellValue());
            assertEquals(List.of("企业标识", "名称", "地区", "行业", "文件", "行号", "R 综合"), head.subList(0, 7),
                    "community and size, blank for every firm, are left out; industry (one firm) stays");
            assertEquals("软件", firms.getRow(1).getCell(3).getStringCellValue());

            assertEquals("企业", summaryValue(wb, "概览", "评价单位"));
        }
    }

    @Test
    void aFrameworkNamesItsOwnUnit() throws Exception {
        Path report = dir.resolve("school.xlsx");
        CliRun run = CliRun.of("score", firms().toString(), "-f", framework("unit_zh,unit_en\n学校,school\n").toString(),
                "-o", report.toString(), "--lang", "en", "-q");
        assertEquals(0, run.exitCode(), run.err());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(report))) {
            assertEquals("school", summaryValue(wb, "Summary", "Unit scored"));
            boolean listed = false;
            for (Row r : wb.getSheet("Method")) {
                for (Cell c : r) listed |= "unit.csv".equals(new DataFormatter().formatCellValue(c));
            }
            assertTrue(listed, "unit.csv is one of the framework's files on the Method sheet");
        }
    }

    @Test
    void aUnitFileWithoutItsRowIsRefused() throws Exception {
        CliRun run = CliRun.of("score", firms().toString(), "-f", framework("unit_zh,unit_en\n").toString(),
                "-o", dir.resolve("x.xlsx").toString(), "-q");
        assertEquals(3, run.exitCode());
        assertTrue(run.err().contains("unit.csv") && run.err().contains("exactly one row"), run.err());
    }
}
