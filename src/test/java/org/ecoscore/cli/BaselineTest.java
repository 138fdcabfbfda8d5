package org.ecoscore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecoscore.fixtures.JsonSchemaCheck;
import org.ecoscore.fixtures.WorkedExampleFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code score --baseline PREVIOUS --yardstick baseline|current} (SPEC §7): year 1 is the worked example
 * (WORKED-EXAMPLE.md); in year 2 the patents question Q4 (number, log, no goalposts) gets new answers, and the
 * frozen yardstick scores them on year 1's bounds, computed here by hand.
 */
class BaselineTest {
    @TempDir
    Path dir;
    Path fw;
    Path regions;
    Path year2;

    static final String YEAR1 = """
            统一社会信用代码,企业名称,所在地区,Q1,Q2,Q3,Q4,Q5
            F1,甲,广东,同意,不同意,10%,9,是
            F2,乙,广东省,非常同意,非常同意,25,0,否
            F3,丙,北京,一般,,5,99,是
            F4,丁,北京市,abc,一般,,,
            F5,戊,北京,不同意,同意,2,,否
            """;
    /** Year 2: F1 now reports 199 patents (beyond year 1's maximum 99), F3 49. */
    static final String YEAR2 = YEAR1.replace("10%,9,是", "10%,199,是").replace("5,99,是", "5,49,是");

    @BeforeEach
    void year1() throws Exception {
        fw = WorkedExampleFiles.writeFramework(dir.resolve("fw"));
        Path firms = dir.resolve("firms1.csv");
        Files.writeString(firms, YEAR1, StandardCharsets.UTF_8);
        regions = dir.resolve("regions.csv");
        Files.writeString(regions, "所在地区,Q6\n广东省,60\n北京市,150\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("score", firms.toString(), "--region-data", regions.toString(), "-f", fw.toString(),
                "-q", "-o", dir.resolve("y1.xlsx").toString(), "--csv", dir.resolve("y1").toString());
        assertEquals(0, run.exitCode(), run.err());
        year2 = dir.resolve("firms2.csv");
        Files.writeString(year2, YEAR2, StandardCharsets.UTF_8);
    }

    CliRun score2(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("score", year2.toString(), "--region-data",
                regions.toString(), "-o", dir.resolve("y2.xlsx").toString(), "--csv", dir.resolve("y2").toString()));
        if (!List.of(extra).contains("-f")) args.addAll(List.of("-f", fw.toString()));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    static List<String[]> csv(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8).substring(1);
        try (var r = new CSVReaderBuilder(new StringReader(text)).withCSVParser(new RFC4180ParserBuilder().build())
                .build()) {
            return r.readAll();
        }
    }

    /** S2 of firm F3 (row 3 of firms.csv) and Q4's normalisation.csv row. */
    double s2OfF3() throws Exception {
        List<String[]> firms = csv(dir.resolve("y2/firms.csv"));
        int s2 = List.of(firms.get(0)).indexOf("S2");
        assertEquals("F3", firms.get(3)[0]);
        return Double.parseDouble(firms.get(3)[s2]);
    }

    String[] q4Bounds() throws Exception {
        for (String[] r : csv(dir.resolve("y2/normalisation.csv"))) if (r[1].equals("Q4")) return r;
        throw new AssertionError("no Q4 row");
    }

    @Test
    void theBaselinesYardstickScoresThisYearOnLastYearsBounds() throws Exception {
        CliRun run = score2("--baseline", dir.resolve("y1").toString(), "--json", dir.resolve("y2.json").toString());
        assertEquals(0, run.exitCode(), run.err());
        // year 1's Q4 bounds: answers 9, 0, 99 → 0 … 99, normalised on ln(1+0) … ln(1+99)
        assertEquals(List.of("firm", "Q4", "0", "99", "baseline"), List.of(q4Bounds()));
        // F3: n(Q4) = 100·ln(1+49)/ln(1+99); Q5 是 → 100; S2 geometric, equal weights = √(n4·100)
        double n4 = 100 * Math.log(50) / Math.log(100);
        assertEquals(Math.sqrt(n4 * 100), s2OfF3(), 1e-9);
        JsonNode j = JsonSchemaCheck.valid(Files.readString(dir.resolve("y2.json")));
        assertEquals(1, j.at("/baseline/clamped_answers").asInt(), "F1's 199 > 99 scores 100");
        assertEquals(1, j.at("/baseline/frozen_questions").asInt(), "only Q4 lacks goalposts");
        assertTrue(j.at("/baseline/same_framework").asBoolean());
        assertEquals(0, j.at("/baseline/not_comparable").size());
        assertTrue(run.out().contains("Baseline: " + dir.resolve("y1") + " (same framework; yardstick baseline: "
                + "1 question on its bounds, 1 answer beyond them)"), run.out());
        CliRun zh = score2("--baseline", dir.resolve("y1").toString(), "--lang", "zh");
        assertTrue(zh.out().contains("对比基准：" + dir.resolve("y1") + "（指标体系相同；采用基准标尺：1 道题沿用其上下限，"
                + "1 个答案超出）"), zh.out());
    }

    @Test
    void theReportServesAsBaselineAsWellAsTheCsvFolder() throws Exception {
        assertEquals(0, score2("--baseline", dir.resolve("y1.xlsx").toString()).exitCode());
        assertEquals(List.of("firm", "Q4", "0", "99", "baseline"), List.of(q4Bounds()));
        assertEquals(Math.sqrt(100 * Math.log(50) / Math.log(100) * 100), s2OfF3(), 1e-9);
    }

    @Test
    void currentYardstickKeepsThisYearsOwnBounds() throws Exception {
        assertEquals(0, score2("--baseline", dir.resolve("y1").toString(), "--yardstick", "current").exitCode());
        // this year's answers 199, 0, 49 → 0 … 199: F3's n(Q4) = 100·ln 50 / ln 200
        assertEquals(List.of("firm", "Q4", "0", "199", "batch"), List.of(q4Bounds()));
        assertEquals(Math.sqrt(100 * Math.log(50) / Math.log(200) * 100), s2OfF3(), 1e-9);
    }

    @Test
    void anotherFrameworkIsComparedWhereItAgreesAndTheRestIsListed() throws Exception {
        Path other = WorkedExampleFiles.writeFramework(dir.resolve("fw2"));
        String q = Files.readString(other.resolve("questions.csv"));
        assertTrue(q.contains("Q2,S1,firm,agree5,true,"));
        Files.writeString(other.resolve("questions.csv"), q.replace("Q2,S1,firm,agree5,true,", "Q2,S1,firm,agree5,,"));
        Path json = dir.resolve("other.json");
        CliRun run = score2("-f", other.toString(), "--baseline", dir.resolve("y1").toString(), "--json",
                json.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode j = JsonSchemaCheck.valid(Files.readString(json));
        assertFalse(j.at("/baseline/same_framework").asBoolean());
        Map<String, String> why = new HashMap<>();
        for (JsonNode n : j.at("/baseline/not_comparable")) why.put(n.get("level").asText() + ":" + n.get("code").asText(),
                n.get("reason").asText());
        assertEquals("Q2 reverse: true then, false now", why.get("firm:S1"));
        assertEquals("Q2 reverse: true then, false now", why.get("firm:R"));
        assertEquals("Q2 reverse: true then, false now", why.get("region:S1"));
        assertEquals(3 + 0, why.size() - 1, why.toString()); // S1, R at both levels
        assertFalse(why.containsKey("firm:S2"), "S2 holds Q4 and Q5, unchanged");
        assertEquals(List.of("firm", "Q4", "0", "99", "baseline"), List.of(q4Bounds()), "Q4 is unchanged: frozen");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(dir.resolve("y2.xlsx")))) {
            boolean listed = false;
            for (var row : wb.getSheet("方法说明")) {
                var c = row.getCell(2);
                if (c != null && c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && c.getStringCellValue().equals("Q2 reverse: true then, false now")) listed = true;
            }
            assertTrue(listed, "the Method sheet lists the nodes not comparable");
        }
    }

    @Test
    void aFolderThatIsNotAnEcoscoreOutputIsRefusedAndNothingIsWritten() throws Exception {
        Path junk = Files.createDirectories(dir.resolve("junk"));
        Files.writeString(junk.resolve("data.csv"), "a,b\n1,2\n");
        CliRun run = score2("--baseline", junk.toString());
        assertEquals(3, run.exitCode());
        assertTrue(run.err().contains("this is not an ecoscore output (the folder has no run.csv)"), run.err());
        assertTrue(run.noStackTrace());
        assertFalse(Files.exists(dir.resolve("y2.xlsx")));
        assertFalse(Files.exists(dir.resolve("y2")));
    }

    @Test
    void aBaselineFromANewerVersionIsRefused() throws Exception {
        Path run1 = dir.resolve("y1/run.csv");
        String text = Files.readString(run1, StandardCharsets.UTF_8);
        Files.writeString(run1, text.replaceAll("tool_version,[^\\r\\n]*", "tool_version,99.0.0"),
                StandardCharsets.UTF_8);
        CliRun run = score2("--baseline", dir.resolve("y1").toString());
        assertEquals(3, run.exitCode());
        assertTrue(run.err().contains("written by ecoscore 99.0.0, newer than this ecoscore"), run.err());
        assertFalse(Files.exists(dir.resolve("y2.xlsx")));
    }

    @Test
    void aDamagedBaselineIsRefusedWithWhatIsWrong() throws Exception {
        byte[] xlsx = Files.readAllBytes(dir.resolve("y1.xlsx"));
        Path cut = dir.resolve("cut.xlsx");
        Files.write(cut, java.util.Arrays.copyOf(xlsx, xlsx.length / 3));
        CliRun run = score2("--baseline", cut.toString());
        assertEquals(3, run.exitCode());
        assertTrue(run.err().contains("this baseline is damaged (cut.xlsx: cannot be opened as an Excel workbook)"),
                run.err());
        assertTrue(run.noStackTrace(), run.err());
        Files.delete(dir.resolve("y1/items.csv"));
        run = score2("--baseline", dir.resolve("y1").toString());
        assertEquals(3, run.exitCode());
        assertTrue(run.err().contains("this baseline is damaged (items.csv: missing)"), run.err());
        assertFalse(Files.exists(dir.resolve("y2.xlsx")));
        CliRun missing = score2("--baseline", dir.resolve("nowhere").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("no such file or folder"), missing.err());
    }

    /** Entropy weights come from the data: under the baseline's yardstick year 2 weighs as year 1 did. */
    @Test
    void dataDrivenWeightsAreTheBaselines() throws Exception {
        CliRun one = CliRun.of("score", dir.resolve("firms1.csv").toString(), "--region-data", regions.toString(),
                "-f", fw.toString(), "-q", "--weights", "entropy", "-o", dir.resolve("e1.xlsx").toString(), "--csv",
                dir.resolve("e1").toString());
        assertEquals(0, one.exitCode(), one.err());
        assertEquals(0, score2("--weights", "entropy", "--yardstick", "current", "--baseline",
                dir.resolve("e1").toString()).exitCode());
        List<String[]> own = csv(dir.resolve("y2/weights.csv"));
        assertEquals(0, score2("--weights", "entropy", "--baseline", dir.resolve("e1").toString()).exitCode());
        List<String[]> frozen = csv(dir.resolve("y2/weights.csv"));
        List<String[]> year1 = csv(dir.resolve("e1/weights.csv"));
        assertEquals(year1.size(), frozen.size());
        boolean ownDiffers = false;
        for (int r = 0; r < year1.size(); r++) {
            assertEquals(List.of(year1.get(r)).subList(0, 3), List.of(frozen.get(r)).subList(0, 3));
            if (r > 0) {
                // renormalised among siblings: equal up to rounding
                assertEquals(Double.parseDouble(year1.get(r)[3]), Double.parseDouble(frozen.get(r)[3]), 1e-12,
                        "weights.csv row " + r);
            }
            ownDiffers |= r > 0 && Math.abs(Double.parseDouble(year1.get(r)[3]) - Double.parseDouble(own.get(r)[3]))
                    > 1e-6;
        }
        assertTrue(ownDiffers, "Q4's new answers change this year's own entropy weights");
    }
}
