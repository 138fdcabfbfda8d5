package org.ecoscore.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opencsv.CSVReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ecoscore.core.Options;
import org.ecoscore.result.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTablesTest {
    @TempDir
    Path dir;

    static List<String[]> read(Path file) throws Exception {
        byte[] b = Files.readAllBytes(file);
        assertEquals((byte) 0xEF, b[0], "BOM");
        assertEquals((byte) 0xBB, b[1]);
        assertEquals((byte) 0xBF, b[2]);
        try (CSVReader r = new CSVReader(new InputStreamReader(
                new java.io.ByteArrayInputStream(b, 3, b.length - 3), StandardCharsets.UTF_8))) {
            return r.readAll();
        }
    }

    @Test
    void firmsCsvHasSpecColumnsAndWorkedExampleNumbers() throws Exception {
        RunResult r = ReportFixtures.workedExample();
        Path out = dir.resolve("csv");
        CsvTables.write(r, out);
        List<String[]> rows = read(out.resolve("firms.csv"));
        assertArrayEquals(new String[] {"id", "name", "region", "community", "industry", "size", "file", "row", "R",
            "S1", "S2", "coupling_C", "coupling_T", "coupling_D", "coupling_grade", "coupling_lag", "rank", "flags"}, rows.get(0));
        assertEquals(5, rows.size(), "4 scored firms, F4 excluded");
        String[] f1 = rows.get(1);
        assertEquals("F1", f1[0]);
        assertEquals("甲", f1[1]);
        assertEquals("广东省", f1[2]);
        assertEquals("", f1[3]);
        assertEquals("data/firms.csv", f1[6]);
        assertEquals("2", f1[7]);
        assertEquals(r.scores().firm().scores()[0][0], Double.parseDouble(f1[8]));
        assertEquals(69.403559, Double.parseDouble(f1[8]), 1e-6);
        assertEquals("68.75", f1[9]);
        assertEquals(0.835006, Double.parseDouble(f1[13]), 1e-6);
        assertEquals("9", f1[14]);
        // r = 68.75/70.710678 = 0.972, within [0.8, 1.2]
        assertEquals("synchronous", f1[15]);
        assertEquals("1", f1[16]);
        assertEquals("", f1[17]);
        // F2: r = 75/1 > 1.2
        assertEquals("subsystem2", rows.get(2)[15]);
        String[] f5 = rows.get(4);
        assertEquals("F5", f5[0]);
        assertEquals("6", f5[7], "spreadsheet row of the fifth data row");
        assertEquals("1", f5[10], "S2 of F5 is exactly 1");
        assertEquals("straight-lining", f5[17]);
    }

    @Test
    void regionsCsvFlagsRegionResponseAndRanks() throws Exception {
        RunResult r = ReportFixtures.workedExample();
        CsvTables.write(r, dir);
        List<String[]> rows = read(dir.resolve("regions.csv"));
        assertArrayEquals(new String[] {"region", "code", "firms", "region_response", "R", "S1", "S2", "coupling_C",
            "coupling_T", "coupling_D", "coupling_grade", "coupling_lag", "rank"}, rows.get(0));
        assertArrayEquals(new String[] {"广东省", "440000", "2", "1"}, java.util.Arrays.copyOf(rows.get(1), 4));
        assertEquals("71.875", rows.get(1)[5]);
        assertEquals(61.973878, Double.parseDouble(rows.get(1)[4]), 1e-6);
        assertEquals("8", rows.get(1)[10]);
        assertEquals("7", rows.get(2)[10]);
        // 广东省 r = 71.875/42.171633 = 1.70 → B lags; 北京市 r = 29.375/79.370053 = 0.37 → A lags
        assertEquals("subsystem2", rows.get(1)[11]);
        assertEquals("subsystem1", rows.get(2)[11]);
        assertEquals("2", rows.get(2)[12]);
    }

    @Test
    void obstaclesCsvByHandOnTheWorkedExample() throws Exception {
        CsvTables.write(ReportFixtures.workedExample(), dir);
        List<String[]> rows = read(dir.resolve("obstacles.csv"));
        assertArrayEquals(new String[] {"level", "unit", "code", "obstacle"}, rows.get(0));
        java.util.Map<String, Double> o = new java.util.HashMap<>();
        for (String[] x : rows.subList(1, rows.size())) o.put(x[0] + ":" + x[1] + ":" + x[2], Double.parseDouble(x[3]));
        // F1, firm level: F = Q1 ⅔·½ = ⅓, Q2 ⅔·¼ = ⅙, Q3 ⅙, Q4 ⅓·½ = ⅙, Q5 ⅙; n = 75, 75, 50, 50, 100
        // F·I = 1/12, 1/24, 1/12, 1/12, 0; Σ = 7/24 → O = 2/7, 1/7, 2/7, 2/7, 0; S1 = 5/7, S2 = 2/7, R = 1
        double[] f1 = {2.0 / 7, 1.0 / 7, 2.0 / 7, 2.0 / 7, 0};
        for (int q = 0; q < 5; q++) assertEquals(f1[q], o.get("firm:F1:Q" + (q + 1)), 1e-12, "Q" + (q + 1));
        assertEquals(5.0 / 7, o.get("firm:F1:S1"), 1e-12);
        assertEquals(2.0 / 7, o.get("firm:F1:S2"), 1e-12);
        assertEquals(1, o.get("firm:F1:R"), 1e-12);
        // 广东省, region level: F = ⅓, ⅙, ⅙ and Q4–Q6 ⅓·⅓ = 1/9; n = 87.5, 37.5, 75, 25, 50, 60
        // F·I in 72nds: 3, 7.5, 3, 6, 4, 3.2; Σ = 26.7 → S1 = 13.5/26.7, S2 = 13.2/26.7, Q2 = 7.5/26.7
        assertEquals(7.5 / 26.7, o.get("region:广东省:Q2"), 1e-12);
        assertEquals(3.2 / 26.7, o.get("region:广东省:Q6"), 1e-12);
        assertEquals(13.5 / 26.7, o.get("region:广东省:S1"), 1e-12);
        assertEquals(13.2 / 26.7, o.get("region:广东省:S2"), 1e-12);
        assertEquals(1, o.get("region:广东省:R"), 1e-12);
        assertFalse(o.containsKey("firm:F1:Q6"), "Q6 is not a firm-level question");
    }

    @Test
    void weightsCsvListsEveryItemPerLevelWithRootWeightOne() throws Exception {
        CsvTables.write(ReportFixtures.workedExample(), dir);
        List<String[]> rows = read(dir.resolve("weights.csv"));
        assertArrayEquals(new String[] {"level", "code", "parent", "weight"}, rows.get(0));
        assertEquals(1 + 8 + 9, rows.size());
        assertArrayEquals(new String[] {"firm", "R", "", "1"}, rows.get(1));
        assertArrayEquals(new String[] {"firm", "Q2", "S1", "0.25"}, rows.get(5));
        assertEquals("region", rows.get(9)[0]);
        assertEquals("Q6", rows.get(17)[1]);
        assertEquals(1.0 / 3, Double.parseDouble(rows.get(17)[3]));
        assertEquals(2.0 / 3, Double.parseDouble(rows.get(2)[3]));
    }

    @Test
    void indicatorsAndIssuesCsvFollowSpecColumns() throws Exception {
        CsvTables.write(ReportFixtures.workedExample(), dir);
        List<String[]> ind = read(dir.resolve("indicators.csv"));
        // SPEC §5's columns in place, then declared_missing (answers of missing.csv) appended at the end
        assertArrayEquals(new String[] {"level", "code", "n", "missing", "invalid", "mean_raw", "sd_raw", "mean_score",
            "declared_missing"}, ind.get(0));
        assertArrayEquals(new String[] {"firm", "Q1", "4", "0", "0", "3.5", Double.toString(Math.sqrt(5.0 / 3)),
            "62.5", "0"}, ind.get(1));
        List<String[]> iss = read(dir.resolve("issues.csv"));
        assertArrayEquals(new String[] {"file", "sheet", "row", "column", "code", "severity", "message"}, iss.get(0));
        assertArrayEquals(new String[] {"data/firms.csv", "", "5", "D", "invalid-value", "warning",
            "Q1: \"=abc\" is not a valid answer; it is treated as missing."}, iss.get(1));
        assertEquals("", iss.get(3)[2], "row 0 is written empty");
        assertEquals("error", iss.get(3)[5]);
    }

    @Test
    void csvUsesCrlfAndQuotesPerRfc4180() throws Exception {
        CsvTables.write(ReportFixtures.workedExample(), dir);
        String text = Files.readString(dir.resolve("issues.csv"), StandardCharsets.UTF_8);
        assertTrue(text.contains("\r\n"));
        assertFalse(text.replace("\r\n", "").contains("\n"));
        assertTrue(text.contains("\"Q1: \"\"=abc\"\" is not a valid answer; it is treated as missing.\""));
    }

    @Test
    void formulaLikeInputTextIsPrefixedWithQuoteInCsv() throws Exception {
        RunResult r = ReportFixtures.workedExample("=1+1", "@SUM(A1)", Options.Lang.ZH);
        CsvTables.write(r, dir);
        String[] f1 = read(dir.resolve("firms.csv")).get(1);
        assertEquals("'=1+1", f1[0]);
        assertEquals("'@SUM(A1)", f1[1]);
        assertEquals("'-5", SafeText.csv("-5"));
        assertEquals("'\tx", SafeText.csv("\tx"));
        assertEquals("a=b", SafeText.csv("a=b"));
    }

    @Test
    void csvNumbersReadBackToTheSameDouble() {
        assertEquals("0.1", CsvNumbers.format(0.1));
        assertEquals("75", CsvNumbers.format(75.0));
        assertEquals("0.00000000000000000001", CsvNumbers.format(1e-20));
        assertEquals("", CsvNumbers.format(Double.NaN));
        // the shortest digits (core.ShortestDecimal), where JDK 17's Double.toString writes more: it gives
        // 2.82879384806159008E17 and 9.999999999999999E22; 282879384806159000 is the same double (Java reads both)
        assertEquals("282879384806159000", CsvNumbers.format(2.82879384806159E17));
        assertEquals(2.82879384806159E17, Double.parseDouble("282879384806159008"), 0.0);
        assertEquals("1.0E23", CsvNumbers.format(1e23));
        assertEquals("0.0000125", CsvNumbers.format(1.25e-5));
        for (double d : new double[] {0.1, 1.0 / 3, 1e-20, 75.0, 2.0 / 3, 69.40355937288491, -12.5, 1e300,
            Math.sqrt(5000), 123456789.123}) {
            String s = CsvNumbers.format(d);
            assertEquals(d, Double.parseDouble(s), 0.0, s);
            assertFalse(s.contains("E") && Math.abs(d) < 1e21 && Math.abs(d) > 1e-30, s);
        }
    }
}
