package org.ecoscore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecoscore.fixtures.JsonSchemaCheck;
import org.ecoscore.fixtures.WorkedExampleFiles;
import org.ecoscore.score.Growth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ecoscore trend} (SPEC §7) on the worked example's framework (WORKED-EXAMPLE.md): 2024 = the worked
 * example's five firms, 2025 = the same firms with F1 reporting 199 patents (Q4) and F3 49. Q4 (number, log, no
 * goalposts) is the only question whose bounds come from the data.
 */
class TrendTest {
    @TempDir
    Path dir;
    Path fw;
    Path regions;
    Path y2024;
    Path y2025;

    @BeforeEach
    void years() throws Exception {
        fw = WorkedExampleFiles.writeFramework(dir.resolve("fw"));
        y2024 = dir.resolve("firms-2024.csv");
        Files.writeString(y2024, BaselineTest.YEAR1, StandardCharsets.UTF_8);
        y2025 = dir.resolve("firms-2025.csv");
        Files.writeString(y2025, BaselineTest.YEAR2, StandardCharsets.UTF_8);
        regions = dir.resolve("regions.csv");
        Files.writeString(regions, "所在地区,Q6\n广东省,60\n北京市,150\n", StandardCharsets.UTF_8);
    }

    CliRun trend(String... extra) {
        List<String> args = new ArrayList<>(List.of("trend", "--year", "2025", y2025.toString(), "--region-data",
                regions.toString(), "--year", "2024", y2024.toString(), "--region-data", regions.toString(),
                "-f", fw.toString(), "-q", "-o", dir.resolve("trend.xlsx").toString(), "--csv",
                dir.resolve("t").toString()));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    /** trend.csv by "year level unit node" → {score, rank}. */
    Map<String, String[]> trendCsv() throws Exception {
        Map<String, String[]> out = new HashMap<>();
        List<String[]> rows = BaselineTest.csv(dir.resolve("t/trend.csv"));
        assertEquals(List.of("year", "level", "unit", "node", "score", "rank"), List.of(rows.get(0)));
        for (String[] r : rows.subList(1, rows.size())) {
            out.put(r[0] + " " + r[1] + " " + r[2] + " " + r[3], new String[] {r[4], r[5]});
        }
        return out;
    }

    @Test
    void pooledBoundsSpanBothYearsAndScoreEachYearByHand() throws Exception {
        CliRun run = trend();
        assertEquals(0, run.exitCode(), run.err());
        // Q4's answers: 2024 {9, 0, 99}, 2025 {199, 0, 49} → pooled lo = 0, hi = 199
        List<String[]> norm = BaselineTest.csv(dir.resolve("t/normalisation.csv"));
        assertTrue(norm.stream().anyMatch(r -> List.of(r).equals(List.of("firm", "Q4", "0", "199", "pooled"))),
                "pooled Q4 bounds");
        Map<String, String[]> t = trendCsv();
        // 2024, F3: Q4 = 99 on ln(1+0) … ln(1+199): n4 = 100·ln 100 / ln 200 = 86.9176…; Q5 是 → 100;
        // S2 (geometric, equal weights over Q4, Q5 at firm level) = √(n4 · 100)
        double n4 = 100 * Math.log(100) / Math.log(200);
        assertEquals(Math.sqrt(n4 * 100), Double.parseDouble(t.get("2024 firm F3 S2")[0]), 1e-9);
        // 2025, F3: Q4 = 49 → n4 = 100·ln 50 / ln 200 = 73.833…
        double n4b = 100 * Math.log(50) / Math.log(200);
        assertEquals(Math.sqrt(n4b * 100), Double.parseDouble(t.get("2025 firm F3 S2")[0]), 1e-9);
        // 2025, F1 (199 patents) sits at the pooled top: n4 = 100; Q5 是 → S2 = √(100·100) = 100, rank 1 by S2
        assertEquals(100, Double.parseDouble(t.get("2025 firm F1 S2")[0]), 1e-9);
        assertEquals("1", t.get("2025 firm F1 S2")[1]);
        // years come out sorted although 2025 was given first
        List<String[]> rows = BaselineTest.csv(dir.resolve("t/trend.csv"));
        assertEquals("2024", rows.get(1)[0]);
        assertEquals("2025", rows.get(rows.size() - 1)[0]);
    }

    /** A score run's firms.csv and regions.csv as "level unit node" → score, plus "… rank" → root rank. */
    static Map<String, String> scoreCsv(Path csvDir) throws Exception {
        Map<String, String> out = new HashMap<>();
        for (String level : List.of("firm", "region")) {
            List<String[]> rows = BaselineTest.csv(csvDir.resolve(level.equals("firm") ? "firms.csv" : "regions.csv"));
            List<String> head = List.of(rows.get(0));
            for (String[] r : rows.subList(1, rows.size())) {
                for (String node : List.of("R", "S1", "S2")) {
                    int c = head.indexOf(node);
                    if (c >= 0) out.put(level + " " + r[0] + " " + node, r[c]);
                }
                out.put(level + " " + r[0] + " rank", r[head.indexOf("rank")]);
            }
        }
        return out;
    }

    @Test
    void baseYearAgreesWithScoreAgainstTheFirstYearsRun() throws Exception {
        // entropy weights, so that the first year's data-driven weights are frozen as well as Q4's bounds
        CliRun y1 = CliRun.of("score", y2024.toString(), "--region-data", regions.toString(), "-f", fw.toString(),
                "-q", "--weights", "entropy", "-o", dir.resolve("y1.xlsx").toString(), "--csv",
                dir.resolve("y1").toString());
        assertEquals(0, y1.exitCode(), y1.err());
        CliRun y2 = CliRun.of("score", y2025.toString(), "--region-data", regions.toString(), "-f", fw.toString(),
                "-q", "--weights", "entropy", "--baseline", dir.resolve("y1").toString(), "-o",
                dir.resolve("y2.xlsx").toString(), "--csv", dir.resolve("y2").toString());
        assertEquals(0, y2.exitCode(), y2.err());
        CliRun run = trend("--yardstick", "base-year", "--weights", "entropy");
        assertEquals(0, run.exitCode(), run.err());
        Map<String, String[]> t = trendCsv();
        int compared = 0;
        for (var year : Map.of("2024", dir.resolve("y1"), "2025", dir.resolve("y2")).entrySet()) {
            Map<String, String> s = scoreCsv(year.getValue());
            for (var e : s.entrySet()) {
                String[] k = e.getKey().split(" ");
                if (k[2].equals("rank")) {
                    assertEquals(e.getValue(), t.get(year.getKey() + " " + k[0] + " " + k[1] + " R")[1], e.getKey());
                    continue;
                }
                String[] got = t.get(year.getKey() + " " + e.getKey());
                compared++;
                if (e.getValue().isEmpty()) {
                    assertEquals("", got[0], year.getKey() + " " + e.getKey() + ": no score in both");
                    continue;
                }
                assertEquals(Double.parseDouble(e.getValue()), Double.parseDouble(got[0]), 1e-12,
                        year.getKey() + " " + e.getKey());
            }
        }
        // per year 4 scored firms (F4 is excluded) and 2 regions, × 3 nodes (R, S1, S2)
        assertEquals(2 * (4 * 3 + 2 * 3), compared);
        // 2025 on 2024's Q4 bounds 0 … 99: F1's 199 is clamped
        List<String[]> norm = BaselineTest.csv(dir.resolve("t/normalisation.csv"));
        assertTrue(norm.stream().anyMatch(r -> List.of(r).equals(List.of("firm", "Q4", "0", "99", "baseline"))));
    }

    @Test
    void pooledEntropyWeightsAtFirmLevelAreThoseOfBothYearsScoredAsOneBatch() throws Exception {
        // At firm level the pooled unit-years are the firm-years, and the pooled bounds are the min and max over
        // both years: scoring both years' firms as one batch (2025's ids renamed so that no firm is a duplicate)
        // gives the same bounds and the same entropy, through score's own one-batch entropy (SPEC §4.4).
        Path g2025 = dir.resolve("firms-2025-g.csv");
        Files.writeString(g2025, BaselineTest.YEAR2.replaceAll("(?m)^F", "G"), StandardCharsets.UTF_8);
        CliRun batch = CliRun.of("score", y2024.toString(), g2025.toString(), "-f", fw.toString(), "-q", "--weights",
                "entropy", "-o", dir.resolve("both.xlsx").toString(), "--csv", dir.resolve("both").toString());
        assertEquals(0, batch.exitCode(), batch.err());
        Map<String, Double> expected = new HashMap<>();
        for (String[] r : BaselineTest.csv(dir.resolve("both/weights.csv"))) {
            if (r[0].equals("firm") && !r[2].isEmpty()) expected.put(r[1], Double.parseDouble(r[3]));
        }
        CliRun run = trend("--weights", "entropy", "--lang", "en", "--json", "-");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode j = JsonSchemaCheck.valid(run.out()); // with --json - standard output is the JSON alone
        assertEquals("entropy", j.at("/options/weights").asText());
        Map<String, Double> got = new HashMap<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(dir.resolve("trend.xlsx")))) {
            Sheet m = wb.getSheet("Method");
            int r = 0;
            var f = new org.apache.poi.ss.usermodel.DataFormatter();
            // new-user test: the run time as the report writes it, not raw ISO with nanoseconds
            String runTime = null;
            for (Row row : m) {
                if (f.formatCellValue(row.getCell(0)).equals("Run time")) runTime = f.formatCellValue(row.getCell(1));
            }
            assertTrue(runTime != null && runTime.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} UTC"), "" + runTime);
            while (m.getRow(r) == null || !f.formatCellValue(m.getRow(r).getCell(0))
                    .equals("The yardstick's weights (data-driven)")) {
                r++;
            }
            for (r += 2; r <= m.getLastRowNum() && m.getRow(r) != null; r++) {
                Row row = m.getRow(r);
                if (f.formatCellValue(row.getCell(0)).equals("firm")) {
                    got.put(row.getCell(1).getStringCellValue(), row.getCell(3).getNumericCellValue());
                }
            }
        }
        assertEquals(expected.keySet(), got.keySet());
        for (String code : expected.keySet()) assertEquals(expected.get(code), got.get(code), 1e-12, code);
        // and the pooled Q4 bounds are those of the one batch
        List<String[]> norm = BaselineTest.csv(dir.resolve("both/normalisation.csv"));
        assertTrue(norm.stream().anyMatch(x -> List.of(x).equals(List.of("firm", "Q4", "0", "199", "batch"))));
    }

    /*
     * New-user finding (session 7): trend's issues for a year lacked the low-reliability warnings that score gives
     * for the same batch, so the two commands' counts differed. Two years of 40 firms whose Q1 and Q2 (the two
     * named-scale items of S1) are unrelated (Q1 runs through the scale firm by firm, Q2 every five firms): α < 0.7
     * on 40 ≥ 30 cases, warned by both commands.
     */
    @Test
    void trendWarnsOfLowReliabilityAsScoreDoesForTheSameYear() throws Exception {
        String[] labels = {"非常不同意", "不同意", "一般", "同意", "非常同意"};
        for (Path y : List.of(y2024, y2025)) {
            StringBuilder csv = new StringBuilder("统一社会信用代码,企业名称,所在地区,Q1,Q2,Q3,Q4,Q5\n");
            for (int f = 0; f < 40; f++) {
                int a = (f + (y == y2025 ? 1 : 0)) % 5;
                csv.append("F").append(f).append(",企业").append(f).append(f % 2 == 0 ? ",广东省," : ",北京市,")
                        .append(labels[a]).append(',').append(labels[(f / 5) % 5]).append(',').append(f % 30).append(',')
                        .append(f).append(f % 3 == 0 ? ",是" : ",否").append('\n');
            }
            Files.writeString(y, csv.toString(), StandardCharsets.UTF_8);
        }
        CliRun run = trend();
        assertEquals(0, run.exitCode(), run.err());
        List<String[]> trendIssues = BaselineTest.csv(dir.resolve("t/issues.csv"));
        for (Path y : List.of(y2024, y2025)) {
            String year = y == y2024 ? "2024" : "2025";
            Path out = dir.resolve("s" + year);
            CliRun score = CliRun.of("score", y.toString(), "--region-data", regions.toString(), "-f", fw.toString(),
                    "-q", "-o", dir.resolve("s" + year + ".xlsx").toString(), "--csv", out.toString());
            assertEquals(0, score.exitCode(), score.err());
            List<String> scoreWarnings = BaselineTest.csv(out.resolve("issues.csv")).stream()
                    .filter(r -> r[4].equals("low-reliability")).map(r -> r[6]).toList();
            List<String> trendWarnings = trendIssues.stream()
                    .filter(r -> r[0].equals(year) && r[5].equals("low-reliability")).map(r -> r[7]).toList();
            assertEquals(1, scoreWarnings.size(), year + ": " + Files.readString(out.resolve("reliability.csv")));
            assertTrue(scoreWarnings.get(0).contains("S1"), scoreWarnings.get(0));
            assertEquals(scoreWarnings, trendWarnings, year);
        }
    }

    @Test
    void cagrByHand() {
        // 50 → 60.5 over two calendar years: (60.5/50)^(1/2) − 1 = √1.21 − 1 = 0.1
        assertEquals(0.1, Growth.cagr(50, 60.5, 2), 1e-12);
        // 80 → 40 in one year: 0.5 − 1 = −0.5
        assertEquals(-0.5, Growth.cagr(80, 40, 1), 1e-12);
        assertTrue(Double.isNaN(Growth.cagr(0, 40, 3)), "no growth rate from 0");
        assertTrue(Double.isNaN(Growth.cagr(Double.NaN, 40, 3)));
    }

    /*
     * New-user test F7: the Trend sheet showed no firm counts, so a region of 2 firms looked as solid as one of 20.
     * 2024: 广东 F1, F2 and 北京 F3, F5 scored (F4 falls below the coverage) → n 2 and 2. 2025 adds three complete
     * 广东 firms → 广东 n 5 (plain), 北京 still 2 (grey italic); the Regions sheet's caution under the table.
     */
    @Test
    void theTrendSheetGivesEachYearsFirmCountAndGreysRegionsOnFewerThanFiveFirms() throws Exception {
        Files.writeString(y2025, BaselineTest.YEAR2 + "F6,己,广东省,同意,同意,20,3,是\nF7,庚,广东省,同意,一般,15,1,否\n"
                + "F8,辛,广东省,一般,同意,12,2,是\n", StandardCharsets.UTF_8);
        for (String lang : List.of("en", "zh")) {
            CliRun run = trend("--lang", lang);
            assertEquals(0, run.exitCode(), run.err());
            boolean en = lang.equals("en");
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(dir.resolve("trend.xlsx")))) {
                XSSFSheet trend = wb.getSheet(en ? "Trend" : "趋势");
                assertEquals(en ? "2024 firms (n)" : "2024 企业数", trend.getRow(3).getCell(4).getStringCellValue());
                Map<String, Integer> rowOf = new HashMap<>();
                for (int r = 4; r <= 5; r++) rowOf.put(trend.getRow(r).getCell(0).getStringCellValue(), r);
                Row gd = trend.getRow(rowOf.get(en ? "Guangdong" : "广东省"));
                Row bj = trend.getRow(rowOf.get(en ? "Beijing" : "北京市"));
                assertEquals(2, gd.getCell(4).getNumericCellValue(), 0.0);
                assertEquals(5, gd.getCell(7).getNumericCellValue(), 0.0);
                assertEquals(2, bj.getCell(4).getNumericCellValue(), 0.0);
                assertEquals(2, bj.getCell(7).getNumericCellValue(), 0.0);
                assertTrue(italic(wb, gd.getCell(2)) && italic(wb, gd.getCell(3)) && italic(wb, gd.getCell(4)),
                        "广东 2024 on 2 firms: index, rank and n grey italic");
                assertFalse(italic(wb, gd.getCell(5)) || italic(wb, gd.getCell(7)), "广东 2025 on 5 firms: plain");
                assertTrue(italic(wb, bj.getCell(5)) && italic(wb, bj.getCell(7)), "北京 2025 on 2 firms");
                assertEquals(en ? "Grey italic: that year the region's index rests on fewer than 5 firms; its rank is unstable, read it"
                        + " with caution." : "灰色斜体：该年该地区的指数仅基于少于 5 家企业，排名不稳定，请谨慎解读。",
                        trend.getRow(7).getCell(0).getStringCellValue(), "the caution under the table");
            }
        }
    }

    private static boolean italic(XSSFWorkbook wb, org.apache.poi.ss.usermodel.Cell c) {
        return wb.getFontAt(c.getCellStyle().getFontIndex()).getItalic();
    }

    @Test
    void theWorkbookHasIndexChartHeatMapAndMethod() throws Exception {
        CliRun run = trend("--lang", "en", "--json", dir.resolve("t.json").toString());
        assertEquals(0, run.exitCode(), run.err());
        Map<String, String[]> t = trendCsv();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(dir.resolve("trend.xlsx")))) {
            assertEquals(List.of("Trend", "Trend chart", "Heat map", "Method", "Issues"),
                    List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3),
                            wb.getSheetName(4)));
            Sheet trend = wb.getSheet("Trend");
            Row head = trend.getRow(3);
            assertEquals("2024 index", head.getCell(2).getStringCellValue());
            assertEquals("2024 firms (n)", head.getCell(4).getStringCellValue());
            assertEquals("2025 rank", head.getCell(6).getStringCellValue());
            assertEquals("2025 firms (n)", head.getCell(7).getStringCellValue());
            assertEquals("Change 2024→2025", head.getCell(8).getStringCellValue());
            assertEquals("CAGR", head.getCell(9).getStringCellValue());
            int found = 0;
            List<String> names = new ArrayList<>();
            for (int r = 4; r <= 5; r++) {
                Row row = trend.getRow(r);
                String region = row.getCell(0).getStringCellValue();
                names.add(region);
                double a = Double.parseDouble(t.get("2024 region " + region + " R")[0]);
                double b = Double.parseDouble(t.get("2025 region " + region + " R")[0]);
                assertEquals(a, row.getCell(2).getNumericCellValue(), 1e-12);
                assertEquals(b, row.getCell(5).getNumericCellValue(), 1e-12);
                assertEquals(b - a, row.getCell(8).getNumericCellValue(), 1e-12);
                // one calendar year apart: CAGR = b/a − 1
                assertEquals(b / a - 1, row.getCell(9).getNumericCellValue(), 1e-12);
                found++;
            }
            assertEquals(2, found, "Guangdong and Beijing");
            XSSFSheet chart = wb.getSheet("Trend chart");
            assertEquals(1, chart.getDrawingPatriarch().getCharts().size());
            assertEquals(1, chart.getDrawingPatriarch().getCharts().get(0).getCTChart().getPlotArea()
                    .getLineChartArray().length, "a line chart");
            // national mean of regions in 2024 = mean of the two regions' index
            double mean = (Double.parseDouble(t.get("2024 region " + names.get(0) + " R")[0])
                    + Double.parseDouble(t.get("2024 region " + names.get(1) + " R")[0])) / 2;
            assertEquals(mean, chart.getRow(1).getCell(1).getNumericCellValue(), 1e-12);
            // below the two years' rows, what the chart draws and where the rest is
            assertEquals("The chart draws the 2 regions with the highest index in the last year (of 2) and the national"
                    + " mean; every region's score in every year is on the Trend sheet and the heat map.",
                    chart.getRow(3).getCell(0).getStringCellValue());
            // one colour-scale block per region-level node: R, S1, S2
            assertEquals(3, wb.getSheet("Heat map").getSheetConditionalFormatting().getNumConditionalFormattings());
            Sheet method = wb.getSheet("Method");
            String all = text(method);
            assertTrue(all.contains("pooled"), all);
            assertTrue(all.contains("firms-2024.csv") && all.contains("firms-2025.csv"), all);
        }
        JsonNode j = JsonSchemaCheck.valid(Files.readString(dir.resolve("t.json")));
        assertEquals("trend", j.at("/command").asText());
        assertEquals("pooled", j.at("/trend/yardstick").asText());
        assertEquals(2, j.at("/years").size());
        assertEquals(2024, j.at("/years/0/year").asInt());
        assertEquals(4, j.at("/years/0/counts/firms/scored").asInt(), "F4 excluded (too few answers)");
        assertEquals(1, j.at("/years/0/counts/firms/excluded").asInt());
        assertEquals(0, j.at("/exit_code").asInt());
        assertEquals(2, j.at("/trend_regions").size());
        assertEquals(199, j.at("/normalisation").findValues("hi").stream().mapToDouble(JsonNode::asDouble).max()
                .orElse(0), 1e-12, "Q4's pooled hi");
    }

    static String text(Sheet s) {
        StringBuilder sb = new StringBuilder();
        for (Row r : s) for (var c : r) if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
            sb.append(c.getStringCellValue()).append('\n');
        }
        return sb.toString();
    }

    @Test
    void theSameYearTwiceIsAUsageError() {
        CliRun run = CliRun.of("trend", "--year", "2024", y2024.toString(), "--year", "2024", y2025.toString(),
                "-f", fw.toString(), "-o", dir.resolve("x.xlsx").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--year 2024 is given twice"), run.err());
        assertTrue(run.noStackTrace(), run.err());
        assertFalse(Files.exists(dir.resolve("x.xlsx")), "nothing written");
    }

    @Test
    void oneYearOrABadYearIsAUsageError() {
        CliRun one = CliRun.of("trend", "--year", "2024", y2024.toString(), "-f", fw.toString());
        assertEquals(2, one.exitCode());
        assertTrue(one.err().contains("at least two years"), one.err());
        CliRun bad = CliRun.of("trend", "--year", "24", y2024.toString(), "--year", "2025", y2025.toString());
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("'24' is not a calendar year"), bad.err());
        CliRun before = CliRun.of("trend", "-f", fw.toString(), y2024.toString(), "--year", "2024", y2025.toString(),
                "--year", "2025", y2025.toString());
        assertEquals(2, before.exitCode());
        assertTrue(before.err().contains(y2024 + " comes before the first --year"), before.err());
        CliRun empty = CliRun.of("trend", "--year", "2024", "--year", "2025", y2025.toString());
        assertEquals(2, empty.exitCode());
        assertTrue(empty.err().contains("--year 2024 names no questionnaires"), empty.err());
    }

    @Test
    void aManifestGivesTheSameTrend() throws Exception {
        assertEquals(0, trend().exitCode());
        String byYear = Files.readString(dir.resolve("t/trend.csv"));
        Files.writeString(dir.resolve("years.csv"), "year,source,path\n2024,firm,firms-2024.csv\n"
                + "2024,region,regions.csv\n2025,firm,firms-2025.csv\n2025,region,regions.csv\n");
        CliRun run = CliRun.of("trend", "--manifest", dir.resolve("years.csv").toString(), "-f", fw.toString(), "-q",
                "-o", dir.resolve("m.xlsx").toString(), "--csv", dir.resolve("m").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(byYear, Files.readString(dir.resolve("m/trend.csv")));
        Files.writeString(dir.resolve("bad.csv"), "year,source,path\n2024,firm,firms-2024.csv\n"
                + "2025,panel,firms-2025.csv\n");
        CliRun bad = CliRun.of("trend", "--manifest", dir.resolve("bad.csv").toString(), "-f", fw.toString());
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("line 3, column source: 'panel' is neither firm nor region"), bad.err());
    }

    /**
     * Tester's finding 7: a year with region questionnaires only. The worked example's region index needs the
     * region's firms (its firm subsystem S1/S2 are means of the firms), so no region has an index that year:
     * exit 3 naming the year and its file, nothing written (it used to exit 0 with every 2024 index blank).
     */
    @Test
    void aYearWithRegionDataOnlyHasNothingScorableAndIsAnInputError() throws Exception {
        Files.writeString(dir.resolve("years.csv"), "year,source,path\n2024,region,regions.csv\n"
                + "2025,firm,firms-2025.csv\n2025,region,regions.csv\n");
        CliRun run = CliRun.of("trend", "--manifest", dir.resolve("years.csv").toString(), "-f", fw.toString(), "-q",
                "-o", dir.resolve("m5.xlsx").toString(), "--csv", dir.resolve("m5").toString());
        assertEquals(3, run.exitCode(), run.err());
        assertTrue(run.err().contains("year 2024: nothing could be scored"), run.err());
        assertTrue(run.err().contains("region questionnaires only"), run.err());
        assertTrue(run.err().contains(regions.getFileName().toString()), run.err());
        assertTrue(run.noStackTrace(), run.err());
        assertFalse(Files.exists(dir.resolve("m5.xlsx")), "nothing written");
        assertFalse(Files.exists(dir.resolve("m5")), "nothing written");
    }

    /*
     * New-user test F6: last year's report (as --baseline takes it) given to trend said "nothing could be scored".
     * A real report and CSV folder written by score, given as 2024's files: exit 3, saying what it is, that trend
     * needs the raw questionnaires, and pointing to --baseline; in Chinese under --lang zh; nothing written.
     */
    @Test
    void lastYearsReportOrCsvFolderGivenToTrendIsNamedAsAnEcoscoreOutput() throws Exception {
        Path assessed = dir.resolve("assessments/2024");
        CliRun score = CliRun.of("score", y2024.toString(), "--region-data", regions.toString(), "-f", fw.toString(),
                "-q", "-o", assessed.resolve("report.xlsx").toString(), "--csv", assessed.resolve("csv").toString());
        assertEquals(0, score.exitCode(), score.err());
        String report = assessed.resolve("report.xlsx").toString();
        CliRun run = CliRun.of("trend", "--year", "2024", report, "--year", "2025", y2025.toString(), "-f",
                fw.toString(), "-q", "-o", dir.resolve("t2.xlsx").toString());
        assertEquals(3, run.exitCode(), run.err());
        assertTrue(run.noStackTrace(), run.err());
        assertTrue(run.err().contains("ecoscore: " + report + ": year 2024: this is an ecoscore report, not a "
                + "questionnaire: trend scores each year from that year's raw questionnaires"), run.err());
        assertTrue(run.err().contains("use ecoscore score THIS-YEAR'S-FILES --baseline " + report + "."), run.err());
        assertFalse(run.err().contains("nothing could be scored"), run.err());
        assertFalse(Files.exists(dir.resolve("t2.xlsx")), "nothing written");

        String csv = assessed.resolve("csv").toString();
        CliRun csvRun = CliRun.of("trend", "--year", "2024", csv, "--year", "2025", y2025.toString(), "-f",
                fw.toString(), "-q", "--lang", "zh", "-o", dir.resolve("t3.xlsx").toString());
        assertEquals(3, csvRun.exitCode(), csvRun.err());
        assertTrue(csvRun.err().contains("2024 年：这是 ecoscore 写出的 CSV 表格文件夹（--csv），不是问卷"), csvRun.err());
        assertTrue(csvRun.err().contains("--baseline " + csv + "。"), csvRun.err());

        CliRun folder = CliRun.of("trend", "--year", "2024", assessed.toString(), "--year", "2025", y2025.toString(),
                "-f", fw.toString(), "-q", "-o", dir.resolve("t4.xlsx").toString());
        assertEquals(3, folder.exitCode(), folder.err());
        // new-user test: the folder's own output is named (here its CSV tables, first by name), not the whole folder
        assertTrue(folder.err().contains(": year 2024: " + csv + " is an ecoscore report or CSV tables, not a "
                + "questionnaire: move it out of this folder and run again"), folder.err());
        CliRun folderZh = CliRun.of("trend", "--year", "2024", assessed.toString(), "--year", "2025", y2025.toString(),
                "-f", fw.toString(), "-q", "--lang", "zh", "-o", dir.resolve("t4.xlsx").toString());
        assertEquals(3, folderZh.exitCode(), folderZh.err());
        assertTrue(folderZh.err().contains("2024 年：" + csv + " 是 ecoscore 的评价报告或 CSV 表格，不是问卷：请把它移出这个文件夹后"
                + "重新运行"), folderZh.err());
    }

    /*
     * New-user finding (session 8): score passes over a report saved beside the exports (so that the same command runs
     * again), but trend refused that year folder. A year folder holding its exports and a report is scored, the report
     * passed over with a note; the trend's numbers are those of the exports alone.
     */
    @Test
    void aReportSavedBesideAYearsExportsIsPassedOver() throws Exception {
        Path year = Files.createDirectories(dir.resolve("surveys/2024"));
        Files.copy(y2024, year.resolve("firms.csv"));
        CliRun score = CliRun.of("score", year.toString(), "--region-data", regions.toString(), "-f", fw.toString(), "-q",
                "-o", year.resolve("report-2024.xlsx").toString());
        assertEquals(0, score.exitCode(), score.err());
        CliRun plain = trend();
        assertEquals(0, plain.exitCode(), plain.err());
        Map<String, String[]> expected = trendCsv();
        CliRun run = CliRun.of("trend", "--year", "2025", y2025.toString(), "--region-data", regions.toString(),
                "--year", "2024", year.toString(), "--region-data", regions.toString(), "-f", fw.toString(), "-q",
                "-o", dir.resolve("trend.xlsx").toString(), "--csv", dir.resolve("t").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(expected.keySet(), trendCsv().keySet());
        for (String k : expected.keySet()) assertEquals(List.of(expected.get(k)), List.of(trendCsv().get(k)), k);
        assertTrue(Files.readString(dir.resolve("t/issues.csv"), StandardCharsets.UTF_8).contains(
                "report-2024.xlsx,,,,skipped-file,info"), "the report is passed over with a note");
    }

    /* New-user finding (session 8): score's console names a file whose regions are option numbers; trend did not. */
    @Test
    void trendsConsoleNamesAYearsFileWhoseRegionsAreOptionNumbers() throws Exception {
        Files.writeString(y2025, BaselineTest.YEAR2.replace(",广东,", ",3,").replace(",广东省,", ",3,"),
                StandardCharsets.UTF_8);
        CliRun run = CliRun.of("trend", "--year", "2025", y2025.toString(), "--region-data", regions.toString(),
                "--year", "2024", y2024.toString(), "--region-data", regions.toString(), "-f", fw.toString(), "--lang",
                "en", "-o", dir.resolve("trend.xlsx").toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        String out = run.out() + run.err();
        assertTrue(out.contains("  the regions in " + y2025 + " are option numbers (such as '3', 2 firms; a 问卷星 按序号"
                + " export): those firms are in no region; export by text. See the issue region-number\n"), out);
        assertFalse(out.contains("the regions in " + y2024), out);
    }

    @Test
    void aYearWithRegionDataOnlyIsRefusedInChineseUnderLangZh() throws Exception {
        Files.writeString(dir.resolve("years.csv"), "year,source,path\n2024,region,regions.csv\n"
                + "2025,firm,firms-2025.csv\n2025,region,regions.csv\n");
        CliRun run = CliRun.of("trend", "--manifest", dir.resolve("years.csv").toString(), "-f", fw.toString(), "-q",
                "--lang", "zh", "-o", dir.resolve("m6.xlsx").toString());
        assertEquals(3, run.exitCode(), run.err());
        assertTrue(run.err().contains("2024 年：没有可计分的内容——该年只有地区问卷"), run.err());
        assertTrue(run.err().contains("（文件：" ), run.err());
        assertTrue(run.err().contains(regions.getFileName().toString()), run.err());
        assertFalse(run.err().contains("nothing could be scored"), run.err());
        assertFalse(Files.exists(dir.resolve("m6.xlsx")), "nothing written");
    }

    /**
     * Tester's finding 8: the issues counted on the console are in the workbook's Issues sheet (year first) and in
     * issues.csv (leading year); the console splits them into errors / warnings / notes as score does. The
     * fixture's F4 answers "abc" to Q1 in both years, so each year has at least one issue.
     */
    @Test
    void everyYearsIssuesAreInTheIssuesSheetAndIssuesCsvWithTheirYear() throws Exception {
        CliRun run = CliRun.of("trend", "--year", "2025", y2025.toString(), "--region-data", regions.toString(),
                "--year", "2024", y2024.toString(), "--region-data", regions.toString(), "-f", fw.toString(),
                "--lang", "en", "-o", dir.resolve("trend.xlsx").toString(), "--csv", dir.resolve("t").toString(),
                "--json", dir.resolve("t.json").toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode j = JsonSchemaCheck.valid(Files.readString(dir.resolve("t.json")));
        List<String[]> csv = BaselineTest.csv(dir.resolve("t/issues.csv"));
        assertEquals(List.of("year", "file", "sheet", "row", "column", "code", "severity", "message"),
                List.of(csv.get(0)));
        for (int y = 0; y < 2; y++) {
            String year = Integer.toString(2024 + y);
            JsonNode sev = j.at("/years/" + y + "/issues/by_severity");
            long e = sev.get("error").asLong();
            long w = sev.get("warning").asLong();
            long i = sev.get("info").asLong();
            assertTrue(e + w + i > 0, "the fixture has issues in " + year);
            assertEquals(e + w + i, csv.stream().skip(1).filter(r -> r[0].equals(year)).count(), year);
            assertTrue(csv.stream().skip(1).filter(r -> r[0].equals(year))
                    .allMatch(r -> r[1].endsWith("firms-" + year + ".csv") || r[1].endsWith("regions.csv")
                            || r[1].isEmpty()), year + "'s issues name that year's files");
            String line = "  " + year + ": ";
            String got = run.out().lines().filter(l -> l.startsWith(line)).findFirst().orElse("");
            assertTrue(got.endsWith("issues: " + RunSummary.count(e, "error", "errors") + ", "
                    + RunSummary.count(w, "warning", "warnings") + ", " + RunSummary.count(i, "note", "notes")), got);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(dir.resolve("trend.xlsx")))) {
            Sheet issues = wb.getSheet("Issues");
            assertEquals("Year", issues.getRow(0).getCell(0).getStringCellValue());
            assertEquals("File", issues.getRow(0).getCell(1).getStringCellValue());
            assertEquals(csv.size() - 1, issues.getLastRowNum(), "one row per issue");
            for (int r = 1; r < csv.size(); r++) {
                assertEquals(Integer.parseInt(csv.get(r)[0]), (int) issues.getRow(r).getCell(0).getNumericCellValue());
                assertEquals(csv.get(r)[1], issues.getRow(r).getCell(1).getStringCellValue());
            }
        }
    }

    /**
     * Finding 8 (second part): a year is screened exactly as score screens it with the same options (SPEC §7: a
     * year's scores equal score's with the same yardstick). --min-coverage 0.9 excludes every firm that left a
     * question blank: F3 (Q2), F4, F5 (Q4) → 2 scored of 5 — the same count and the same firm indexes as score's
     * with --min-coverage 0.9 (base-year: the first year is scored on its own yardstick).
     */
    @Test
    void aYearIsScreenedAndScoredAsScoreDoesWithTheSameOptions() throws Exception {
        CliRun score = CliRun.of("score", y2024.toString(), "--region-data", regions.toString(), "-f", fw.toString(),
                "-q", "--min-coverage", "0.9", "-o", dir.resolve("s.xlsx").toString(), "--csv",
                dir.resolve("s").toString(), "--json", dir.resolve("s.json").toString());
        assertEquals(0, score.exitCode(), score.err());
        CliRun run = trend("--yardstick", "base-year", "--min-coverage", "0.9", "--json",
                dir.resolve("t.json").toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode s = JsonSchemaCheck.valid(Files.readString(dir.resolve("s.json")));
        JsonNode t = JsonSchemaCheck.valid(Files.readString(dir.resolve("t.json")));
        assertEquals(2, s.at("/counts/firms/scored").asInt(), "F1, F2 answered every question");
        assertEquals(s.at("/counts/firms/scored").asInt(), t.at("/years/0/counts/firms/scored").asInt());
        assertEquals(s.at("/counts/firms/excluded").asInt(), t.at("/years/0/counts/firms/excluded").asInt());
        Map<String, String> byScore = scoreCsv(dir.resolve("s"));
        Map<String, String[]> byTrend = trendCsv();
        int compared = 0;
        for (var e : byScore.entrySet()) {
            if (!e.getKey().startsWith("firm ") || !e.getKey().endsWith(" R") || e.getValue().isEmpty()) continue;
            assertEquals(Double.parseDouble(e.getValue()),
                    Double.parseDouble(byTrend.get("2024 " + e.getKey())[0]), 1e-9, e.getKey());
            compared++;
        }
        assertEquals(2, compared, "both scored firms compared");
        assertFalse(byTrend.containsKey("2024 firm F3 R"), "F3 excluded in the trend too");
    }

    /** Finding 9: the yardstick text follows --weights; the zh console names the yardstick in Chinese. */
    @Test
    void theYardstickTextFollowsTheWeightsInForce() throws Exception {
        CliRun fixed = trend("--lang", "en");
        assertEquals(0, fixed.exitCode(), fixed.err());
        String note;
        String method;
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(dir.resolve("trend.xlsx")))) {
            note = wb.getSheet("Trend").getRow(1).getCell(0).getStringCellValue();
            method = text(wb.getSheet("Method"));
        }
        assertTrue(note.contains("weights: the framework's (--weights framework), the same every year"), note);
        assertFalse(note.contains("entropy"), note);
        assertFalse(method.contains("entropy"), method);
        CliRun entropy = trend("--lang", "en", "--weights", "entropy");
        assertEquals(0, entropy.exitCode(), entropy.err());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(dir.resolve("trend.xlsx")))) {
            note = wb.getSheet("Trend").getRow(1).getCell(0).getStringCellValue();
        }
        assertTrue(note.contains("data-driven (entropy) weights over all unit-years pooled"), note);
        CliRun zh = CliRun.of("trend", "--year", "2024", y2024.toString(), "--year", "2025", y2025.toString(),
                "-f", fw.toString(), "--lang", "zh", "-o", dir.resolve("zh.xlsx").toString());
        assertEquals(0, zh.exitCode(), zh.err());
        assertTrue(zh.out().contains("标尺 合并（pooled）"), zh.out());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(dir.resolve("zh.xlsx")))) {
            note = wb.getSheet("趋势").getRow(1).getCell(0).getStringCellValue();
        }
        assertTrue(note.contains("权重为框架权重（--weights framework），各年相同"), note);
        assertFalse(note.contains("熵值法"), note);
    }

    /**
     * Finding 10 (print layout, checked by eye through LibreOffice as well): every sheet prints landscape, one page
     * wide; the row-2 note wraps in a cell merged across the table; the chart's 全国均值（地区平均） column and the
     * change column are wide enough for their headers (CJK characters count two).
     */
    @Test
    void theTrendWorkbookPrintsOnePageWideWithItsHeadersVisible() throws Exception {
        CliRun run = trend("--lang", "zh");
        assertEquals(0, run.exitCode(), run.err());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(dir.resolve("trend.xlsx")))) {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                XSSFSheet s = wb.getSheetAt(i);
                assertTrue(s.getFitToPage(), s.getSheetName());
                assertTrue(s.getPrintSetup().getLandscape(), s.getSheetName());
                assertEquals(1, s.getPrintSetup().getFitWidth(), s.getSheetName());
                assertEquals(0, s.getPrintSetup().getFitHeight(), s.getSheetName());
            }
            XSSFSheet trend = wb.getSheet("趋势");
            assertTrue(trend.getRow(1).getCell(0).getCellStyle().getWrapText(), "the note wraps");
            assertTrue(trend.getMergedRegions().stream().anyMatch(m -> m.getFirstRow() == 1 && m.getLastColumn() == 9),
                    "the note spans the table (2 years of index, rank and n: columns A..J)");
            // 变化（2024→2025） is at least 13 characters wide (17 counting CJK as two); 全国均值（地区平均）: 10 × 2 = 20
            assertTrue(trend.getColumnWidth(8) >= 13 * 256, "change column");
            assertTrue(wb.getSheet("趋势图").getColumnWidth(1) >= 20 * 256, "national mean column");
        }
    }
}
