package org.ecoscore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecoscore.core.IssueLog;
import org.ecoscore.fixtures.WorkedExampleFiles;
import org.ecoscore.core.Options;
import org.ecoscore.pipeline.Pipeline;
import org.ecoscore.result.RunResult;
import org.ecoscore.report.CsvTables;
import org.ecoscore.score.LevelScores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ../shared/WORKED-EXAMPLE.md end to end: CSV framework and inputs on disk → pipeline → CSV tables. The
 * expected figures are the example's hand computation, written here as exact expressions.
 */
class WorkedExampleEndToEndTest {
    @TempDir
    static Path dir;
    static RunResult result;
    static Path csv;

    static final double EPS = 1e-9;

    static void write(Path p, String text) throws Exception {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    @BeforeAll
    static void run() throws Exception {
        Path fw = dir.resolve("fw");
        WorkedExampleFiles.writeFramework(fw);
        write(dir.resolve("firms.csv"), """
                统一社会信用代码,企业名称,所在地区,Q1,Q2,Q3,Q4,Q5
                F1,甲,广东,同意,不同意,10%,9,是
                F2,乙,广东省,非常同意,非常同意,25,0,否
                F3,丙,北京,一般,,5,99,是
                F4,丁,北京市,abc,一般,,,
                F5,戊,北京,不同意,同意,2,,否
                """);
        write(dir.resolve("regions.csv"), """
                所在地区,Q6
                广东省,60
                北京市,150
                """);
        Options o = Options.defaults(List.of(dir.resolve("firms.csv").toString()),
                List.of(dir.resolve("regions.csv").toString())).withFramework(fw);
        result = Pipeline.run(o, new IssueLog(), n -> { });
        csv = dir.resolve("out");
        CsvTables.write(result, csv);
    }

    static double coupling(double s1, double s2) {
        double u1 = s1 / 100, u2 = s2 / 100;
        double c = 2 * Math.sqrt(u1 * u2) / (u1 + u2);
        return Math.sqrt(c * (u1 + u2) / 2);
    }

    @Test
    void f4IsExcludedForLowCoverageAfterAnInvalidAnswer() {
        assertEquals(5, result.firms().table().rows());
        assertEquals(4, result.firms().scoredRows().length);
        assertEquals("low-coverage", result.firms().exclusion()[3]);
        assertTrue(result.issues().all().stream().anyMatch(i -> i.code().equals("invalid-value") && i.row() == 5
                && i.column().equals("D")));
    }

    @Test
    void firmScoresMatchTheHandComputation() {
        LevelScores f = result.scores().firm();
        assertArrayEquals(new String[] {"F1", "F2", "F3", "F5"}, f.unitIds());
        double[] s1 = {68.75, 75, (2 * 50 + 25) / 3.0, 21.25};
        double[] s2 = {Math.sqrt(5000), 1, 100, 1};
        int[] grade = {9, 3, 9, 3};
        int[] rank = {1, 3, 2, 4};
        for (int u = 0; u < 4; u++) {
            assertEquals(s1[u], f.score("S1", u), EPS, "S1 of " + f.unitIds()[u]);
            assertEquals(s2[u], f.score("S2", u), EPS, "S2 of " + f.unitIds()[u]);
            assertEquals((2 * s1[u] + s2[u]) / 3, f.score("R", u), EPS, "R of " + f.unitIds()[u]);
            assertEquals(coupling(s1[u], s2[u]), f.coupling().d()[u], EPS);
            assertEquals(grade[u], f.coupling().grade()[u]);
            assertEquals(rank[u], f.rank()[u]);
        }
        assertEquals(69.403559, f.score("R", 0), 1e-6);
        assertEquals(0.835006, f.coupling().d()[0], 1e-6);
    }

    @Test
    void regionScoresMatchTheHandComputation() {
        LevelScores r = result.scores().region();
        assertArrayEquals(new String[] {"北京市", "广东省"}, r.unitIds()); // by GB/T 2260 code
        int bj = 0, gd = 1;
        double gdS1 = (2 * 87.5 + 37.5 + 75) / 4, gdS2 = Math.cbrt(25 * 50 * 60.0);
        double bjS1 = (2 * 37.5 + 25 + 17.5) / 4, bjS2 = Math.cbrt(100 * 50 * 100.0);
        assertEquals(gdS1, r.score("S1", gd), EPS);
        assertEquals(gdS2, r.score("S2", gd), EPS);
        assertEquals((2 * gdS1 + gdS2) / 3, r.score("R", gd), EPS);
        assertEquals(bjS1, r.score("S1", bj), EPS);
        assertEquals(bjS2, r.score("S2", bj), EPS);
        assertEquals((2 * bjS1 + bjS2) / 3, r.score("R", bj), EPS);
        assertEquals(61.973878, r.score("R", gd), 1e-6);
        assertEquals(46.040018, r.score("R", bj), 1e-6);
        assertEquals(0.741993, r.coupling().d()[gd], 1e-6);
        assertEquals(0.694878, r.coupling().d()[bj], 1e-6);
        assertEquals(8, r.coupling().grade()[gd]);
        assertEquals(7, r.coupling().grade()[bj]);
        assertEquals(1, r.rank()[gd]);
        assertEquals(2, r.rank()[bj]);
        assertEquals(2, r.firmCounts()[gd]);
        assertTrue(r.unitRows()[gd] >= 0 && r.unitRows()[bj] >= 0);
    }

    static List<String[]> readCsv(String name) throws Exception {
        byte[] bytes = Files.readAllBytes(csv.resolve(name));
        assertEquals((byte) 0xEF, bytes[0], name + " starts with a UTF-8 BOM");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        try (Reader r = new java.io.StringReader(text);
             var reader = new CSVReaderBuilder(r).withCSVParser(new RFC4180ParserBuilder().build()).build()) {
            return new ArrayList<>(reader.readAll());
        }
    }

    @Test
    void firmsCsvHasTheSpecColumnsAndNumbersThatReadBackExactly() throws Exception {
        List<String[]> rows = readCsv("firms.csv");
        assertArrayEquals(new String[] {"id", "name", "region", "community", "industry", "size", "file", "row",
                "R", "S1", "S2", "coupling_C", "coupling_T", "coupling_D", "coupling_grade", "coupling_lag", "rank", "flags"},
                rows.get(0));
        assertEquals(5, rows.size());
        String[] f1 = rows.get(1);
        assertEquals("F1", f1[0]);
        assertEquals("甲", f1[1]);
        assertEquals("广东省", f1[2]);
        assertEquals("2", f1[7]);
        // the CSV number reads back to the very double computed, which is the hand figure
        assertEquals(result.scores().firm().score("R", 0), Double.parseDouble(f1[8]), 0.0);
        assertEquals((2 * 68.75 + Math.sqrt(5000)) / 3, Double.parseDouble(f1[8]), 1e-12);
        assertEquals(68.75, Double.parseDouble(f1[9]), 0.0);
        assertEquals("9", f1[14]);
        assertEquals("synchronous", f1[15], "r = 68.75/70.710678 = 0.97");
        assertEquals("1", f1[16]);
    }

    @Test
    void regionsAndWeightsCsv() throws Exception {
        List<String[]> regions = readCsv("regions.csv");
        assertArrayEquals(new String[] {"region", "code", "firms", "region_response", "R", "S1", "S2",
                "coupling_C", "coupling_T", "coupling_D", "coupling_grade", "coupling_lag", "rank"}, regions.get(0));
        Map<String, String[]> byName = new HashMap<>();
        for (String[] r : regions.subList(1, regions.size())) byName.put(r[0], r);
        assertEquals("440000", byName.get("广东省")[1]);
        assertEquals("110000", byName.get("北京市")[1]);
        assertEquals("1", byName.get("广东省")[3]);

        Map<String, Double> w = new HashMap<>();
        List<String[]> weights = readCsv("weights.csv");
        assertArrayEquals(new String[] {"level", "code", "parent", "weight"}, weights.get(0));
        for (String[] r : weights.subList(1, weights.size())) w.put(r[0] + ":" + r[1], Double.parseDouble(r[3]));
        double third = 1.0 / 3;
        Object[][] expect = {{"firm:R", 1.0}, {"firm:S1", 2 * third}, {"firm:S2", third}, {"firm:Q1", 0.5},
                {"firm:Q2", 0.25}, {"firm:Q3", 0.25}, {"firm:Q4", 0.5}, {"firm:Q5", 0.5}, {"region:Q4", third},
                {"region:Q5", third}, {"region:Q6", third}, {"region:Q1", 0.5}};
        for (Object[] e : expect) assertEquals((Double) e[1], w.get((String) e[0]), 1e-12, (String) e[0]);
        assertNull(w.get("firm:Q6"), "Q6 is a region question: absent at the firm level");
    }

    /**
     * SPEC §5 normalisation.csv: Q3 (percent) and Q6 (number) have goalposts; Q4 (number, log, no goalposts)
     * takes the batch's raw min and max over the scored firms F1, F2, F3, F5: answers 9, 0, 99, blank → 0 and 99.
     */
    @Test
    void normalisationCsvRecordsTheBoundsInForce() throws Exception {
        List<String[]> rows = readCsv("normalisation.csv");
        assertArrayEquals(new String[] {"level", "code", "lo", "hi", "source"}, rows.get(0));
        assertEquals(4, rows.size());
        assertArrayEquals(new String[] {"firm", "Q3", "0", "20", "goalposts"}, rows.get(1));
        assertArrayEquals(new String[] {"firm", "Q4", "0", "99", "batch"}, rows.get(2));
        assertArrayEquals(new String[] {"region", "Q6", "0", "100", "goalposts"}, rows.get(3));
        // answers beyond the bounds: Q3 F2's 25 > 20; Q6 北京市's 150 > 100; Q4 none
        Map<String, Integer> clamped = new HashMap<>();
        result.scores().normalisation().forEach(b -> clamped.put(b.code(), b.clamped()));
        assertEquals(Map.of("Q3", 1, "Q4", 0, "Q6", 1), clamped);
    }

    /**
     * run.csv identifies the run; the fingerprint is SHA-256 over "sha256␣␣name\n" lines of the framework files
     * sorted by name, recomputed here from the bytes on disk (the built-in region and city dictionaries from the jar).
     */
    @Test
    void runCsvCarriesToolVersionAndFrameworkFingerprint() throws Exception {
        Map<String, String> kv = new HashMap<>();
        for (String[] row : readCsv("run.csv").subList(1, readCsv("run.csv").size())) kv.put(row[0], row[1]);
        assertEquals("ecoscore-csv-1", kv.get("format"));
        assertEquals(result.toolVersion(), kv.get("tool_version"));
        java.util.TreeMap<String, byte[]> files = new java.util.TreeMap<>();
        Path fw = dir.resolve("fw");
        for (String f : List.of("framework.csv", "questions.csv", "scales.csv", "meta.csv")) {
            files.put(f, Files.readAllBytes(fw.resolve(f)));
        }
        try (var in = WorkedExampleEndToEndTest.class.getResourceAsStream("/indicators/regions.csv")) {
            files.put("built-in regions.csv", in.readAllBytes());
        }
        try (var in = WorkedExampleEndToEndTest.class.getResourceAsStream("/indicators/cities.csv")) {
            files.put("built-in cities.csv", in.readAllBytes());
        }
        StringBuilder lines = new StringBuilder();
        for (var e : files.entrySet()) lines.append(sha256(e.getValue())).append("  ").append(e.getKey()).append('\n');
        assertEquals(sha256(lines.toString().getBytes(StandardCharsets.UTF_8)), kv.get("framework_fingerprint"));
        assertEquals(64, kv.get("framework_fingerprint").length());
    }

    static String sha256(byte[] b) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(b));
    }

    /** The Method sheet carries the fingerprint and the same bounds as normalisation.csv (full precision). */
    @Test
    void methodSheetRecordsFingerprintAndYardstick() throws Exception {
        Path xlsx = dir.resolve("report.xlsx");
        org.ecoscore.report.ReportWriter.write(result, xlsx);
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
            var sheet = wb.getSheet("方法说明");
            Map<String, String> pairs = new HashMap<>();
            int headerRow = -1;
            for (var row : sheet) {
                var a = row.getCell(0);
                var b = row.getCell(1);
                if (a == null || b == null) continue;
                if (b.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    pairs.put(a.getStringCellValue(), b.getStringCellValue());
                }
                if (a.getStringCellValue().equals("层级") && b.getStringCellValue().equals("题目")
                        && row.getCell(2) != null && row.getCell(2).getStringCellValue().equals("下限")) {
                    headerRow = row.getRowNum();
                }
            }
            assertEquals(result.framework().fingerprint(), pairs.get("指标体系指纹（SHA-256）"));
            assertTrue(headerRow > 0, "normalisation table");
            var q4 = sheet.getRow(headerRow + 2);
            assertEquals("Q4", q4.getCell(1).getStringCellValue());
            assertEquals(0, q4.getCell(2).getNumericCellValue());
            assertEquals(99, q4.getCell(3).getNumericCellValue());
            assertEquals("本批数据最小/最大值", q4.getCell(4).getStringCellValue());
            var q6 = sheet.getRow(headerRow + 3);
            assertEquals("Q6", q6.getCell(1).getStringCellValue());
            assertEquals(1, q6.getCell(5).getNumericCellValue(), "北京市's 150 beyond 100");
        }
    }

    /** items.csv: the worked framework's definition per level, as written in its framework.csv and questions.csv. */
    @Test
    void itemsCsvDefinesEveryItemPresentAtEachLevel() throws Exception {
        List<String[]> rows = readCsv("items.csv");
        assertArrayEquals(new String[] {"level", "code", "parent", "type", "weight", "aggregation", "source", "scale",
            "scale_min", "scale_max", "reverse", "min", "max", "transform"}, rows.get(0));
        Map<String, String> byKey = new HashMap<>();
        for (String[] r : rows.subList(1, rows.size())) byKey.put(r[0] + ":" + r[1], String.join(",", r));
        assertEquals(8 + 9, rows.size() - 1, "firm: R S1 S2 Q1-Q5; region: also Q6");
        assertEquals("firm,S1,R,node,2,arithmetic,,,,,,,,", byKey.get("firm:S1"));
        assertEquals("firm,S2,R,node,1,geometric,,,,,,,,", byKey.get("firm:S2"));
        assertEquals("firm,Q2,S1,question,1,,firm,agree5,1,5,true,,,", byKey.get("firm:Q2"));
        assertEquals("firm,Q4,S2,question,1,,firm,number,,,false,,,log", byKey.get("firm:Q4"));
        assertEquals("region,Q6,S2,question,1,,region,number,,,false,0,100,", byKey.get("region:Q6"));
        assertEquals(null, byKey.get("firm:Q6"), "a region question is absent at the firm level");
    }
}
