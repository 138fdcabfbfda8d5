package org.ecoscore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opencsv.CSVReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecoscore.fixtures.WorkedExampleFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --region-level city} end to end: a 腾讯问卷-style CSV whose regions come as separate 地理位置省 /
 * 地理位置市 columns, or as the platforms' one-cell forms, scored by city; regions.csv and the Regions sheet
 * carry each city's province. The worked example's framework (WORKED-EXAMPLE.md) with province and city roles.
 */
class CityLevelEndToEndTest {
    @TempDir
    Path dir;

    /**
     * Firm scores by hand (agree5: n = 100·(v − 1)/4; Q2 reverse-scored: n = 100 − that):
     * F1 Q1 非常同意 → 100, Q2 非常不同意 → 100; F2 Q1 一般 → 50, Q2 一般 → 50;
     * F3 Q1 非常不同意 → 0, Q2 非常同意 → 0; F4 Q1 同意 → 75, Q2 不同意 → 75.
     * A region's question value is the mean over its firms: 深圳市 (F1, F2) Q1 = Q2 = 75; 南京市 (F3) 0; 北京市 (F4) 75.
     * S1 = (2·Q1 + 1·Q2)/3 (Q3 unanswered; 3 of 4 weight answered ≥ 0.5): 深圳 75, 南京 0, 北京 75.
     */
    private Path firms() throws Exception {
        Path csv = dir.resolve("tencent.csv");
        Files.writeString(csv, String.join("\n",
                "编号,地理位置省,地理位置市,统一社会信用代码,所在地区,Q1,Q2,Q5",
                "1,广东,深圳,F1,,非常同意,非常不同意,是",
                "2,,,F2,深圳市南山区,一般,一般,否",
                "3,,,F3,IP(江苏-南京),非常不同意,非常同意,是",
                "4,,,F4,北京市海淀区,同意,不同意,否") + "\n", StandardCharsets.UTF_8);
        return csv;
    }

    private Path framework() throws Exception {
        Path fw = WorkedExampleFiles.writeFramework(dir.resolve("fw"));
        Files.writeString(fw.resolve("meta.csv"), WorkedExampleFiles.META + "province,地理位置省\ncity,地理位置市\n",
                StandardCharsets.UTF_8);
        return fw;
    }

    private static List<String[]> read(Path csv) throws Exception {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8); CSVReader c = new CSVReader(r)) {
            List<String[]> rows = new ArrayList<>(c.readAll());
            rows.get(0)[0] = rows.get(0)[0].replace("\uFEFF", "");
            return rows;
        }
    }

    @Test
    void citiesAreTheUnitsAndCarryTheirProvince() throws Exception {
        Path out = dir.resolve("out");
        Path report = dir.resolve("report.xlsx");
        CliRun run = CliRun.of("score", firms().toString(), "-f", framework().toString(), "--region-level", "city",
                "-o", report.toString(), "--csv", out.toString(), "-q");
        assertEquals(0, run.exitCode(), run.err());

        List<String[]> rows = read(out.resolve("regions.csv"));
        List<String> head = List.of(rows.get(0));
        assertEquals(List.of("region", "code", "firms", "region_response"), head.subList(0, 4), "SPEC §5 leads");
        assertEquals("province", head.get(head.size() - 1));
        int s1 = head.indexOf("S1");
        assertEquals(4, rows.size(), "three cities");
        String[][] expected = {{"北京市", "110000", "1", "75", "北京市"}, {"南京市", "320100", "1", "0", "江苏省"},
            {"深圳市", "440300", "2", "75", "广东省"}};
        for (int i = 0; i < 3; i++) {
            String[] row = rows.get(i + 1);
            assertEquals(expected[i][0], row[0]);
            assertEquals(expected[i][1], row[1]);
            assertEquals(expected[i][2], row[2]);
            assertEquals(Double.parseDouble(expected[i][3]), Double.parseDouble(row[s1]), 1e-9, row[0]);
            assertEquals(expected[i][4], row[row.length - 1]);
        }

        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(report))) {
            Sheet regions = wb.getSheet("地区得分");
            DataFormatter f = new DataFormatter();
            Row h = regions.getRow(0);
            assertEquals("代码", f.formatCellValue(h.getCell(1)));
            assertEquals("省份", f.formatCellValue(h.getCell(2)));
            List<String> shown = new ArrayList<>();
            for (int r = 1; r <= 3; r++) {
                shown.add(f.formatCellValue(regions.getRow(r).getCell(0)) + "/"
                        + f.formatCellValue(regions.getRow(r).getCell(2)));
            }
            assertTrue(shown.containsAll(List.of("北京市/北京市", "南京市/江苏省", "深圳市/广东省")), shown.toString());
            Sheet method = wb.getSheet("方法说明");
            boolean printed = false;
            for (Row r : method) {
                if ("--region-level".equals(f.formatCellValue(r.getCell(0)))) {
                    printed = "city".equals(f.formatCellValue(r.getCell(1)));
                }
            }
            assertTrue(printed, "the Method sheet prints --region-level city");
        }
    }

    @Test
    void provinceLevelIsTheDefaultAndHasNoProvinceColumn() throws Exception {
        Path out = dir.resolve("prov");
        CliRun run = CliRun.of("score", firms().toString(), "-f", framework().toString(),
                "-o", dir.resolve("p.xlsx").toString(), "--csv", out.toString(), "-q");
        assertEquals(0, run.exitCode(), run.err());
        List<String[]> rows = read(out.resolve("regions.csv"));
        assertFalse(List.of(rows.get(0)).contains("province"));
        List<String> units = new ArrayList<>();
        for (String[] r : rows.subList(1, rows.size())) units.add(r[0] + " " + r[1] + " " + r[2]);
        assertEquals(List.of("北京市 110000 1", "江苏省 320000 1", "广东省 440000 2"), units);
    }

    @Test
    void anUnknownRegionLevelIsAUsageError() {
        CliRun run = CliRun.of("score", "x.csv", "--region-level", "county");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--region-level"), run.err());
    }
}
