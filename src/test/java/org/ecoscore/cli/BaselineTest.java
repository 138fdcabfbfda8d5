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

    /**
     * firms.csv as ecoscore writes it is read by splitting its lines at commas (baseline.PlainCsv); a table that
     * needs OpenCSV (a quoted name holding a comma and a quote) or has LF line ends and no byte-order mark gives
     * the same units, and every score is the double Double.parseDouble reads from the table's text.
     */
    @Test
    void theBaselinesFirmsReadAlikeWhicheverWayTheTableIsWritten() throws Exception {
        org.ecoscore.baseline.Baseline plain = org.ecoscore.baseline.BaselineReader.read(dir.resolve("y1"));
        List<String[]> rows = csv(dir.resolve("y1/firms.csv"));
        List<String> head = List.of(rows.get(0));
        var units = plain.firms();
        assertEquals(rows.size() - 1, units.ids().length);
        assertEquals(rows.subList(1, rows.size()).stream().map(r -> r[0]).toList(), List.of(units.ids()));
        assertTrue(List.of(units.ids()).contains("F1"));
        for (String code : units.scores().keySet()) {
            int col = head.indexOf(code);
            assertTrue(col > head.indexOf("row"), code);
            for (int k = 0; k < units.ids().length; k++) {
                String text = rows.get(k + 1)[col];
                double want = text.isEmpty() ? Double.NaN : Double.parseDouble(text);
                assertEquals(Double.doubleToLongBits(want), Double.doubleToLongBits(units.scores().get(code)[k]), code + " " + k);
            }
        }
        String firms = Files.readString(dir.resolve("y1/firms.csv"), StandardCharsets.UTF_8);
        for (String variant : new String[] {firms.replace(",甲,", ",\"甲, \"\"有限\"\"\","), firms.substring(1).replace("\r\n", "\n")}) {
            assertNotEquals(firms, variant);
            Path copy = dir.resolve("copy");
            Files.createDirectories(copy);
            try (var files = Files.list(dir.resolve("y1"))) {
                for (Path f : files.toList()) Files.copy(f, copy.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            Files.writeString(copy.resolve("firms.csv"), variant, StandardCharsets.UTF_8);
            var other = org.ecoscore.baseline.BaselineReader.read(copy).firms();
            assertEquals(List.of(units.ids()), List.of(other.ids()));
            assertEquals(List.of(units.regions()), List.of(other.regions()));
            assertTrue(java.util.Arrays.equals(units.matchable(), other.matchable()));
            assertEquals(units.scores().keySet(), other.scores().keySet());
            for (String code : units.scores().keySet()) {
                assertTrue(java.util.Arrays.equals(units.scores().get(code), other.scores().get(code)), code);
            }
        }
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

    /**
     * New-user finding: a run's own folder (its report and its --csv folder inside) given as the baseline was refused
     * without a word of the two baselines it holds. They are named, in English and in Chinese.
     */
    @Test
    void aFolderHoldingARunsOutputsNamesThem() throws Exception {
        // the set-up's year 1: y1.xlsx and y1/ in dir, with firms1.csv, regions.csv and fw/ beside them
        CliRun run = score2("--baseline", dir.toString(), "--lang", "en");
        assertEquals(3, run.exitCode());
        String sep = java.io.File.separator;
        assertTrue(run.err().contains("this is not an ecoscore output (the folder has no run.csv, but it holds y1" + sep
                + ", y1.xlsx: give --baseline one of them)"), run.err());
        CliRun zh = score2("--baseline", dir.toString(), "--lang", "zh");
        assertTrue(zh.err().contains("文件夹中没有 run.csv，但其中有 y1" + sep + ", y1.xlsx：请给 --baseline 指定其中之一"), zh.err());
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

    /**
     * The baseline is read on a second thread while the inputs are read (bench: --baseline ≤ 1.2× a plain run):
     * a damaged baseline must still be what the run stops with, not the unreadable input read meanwhile.
     */
    @Test
    void aDamagedBaselineIsWhatTheRunStopsWithEvenWhenTheInputIsUnreadableToo() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        Files.delete(dir.resolve("y1/weights.csv"));
        CliRun run = CliRun.of("score", empty.toString(), "-f", fw.toString(), "-o", dir.resolve("y2.xlsx").toString(),
                "--baseline", dir.resolve("y1").toString());
        assertEquals(3, run.exitCode());
        assertTrue(run.err().contains("this baseline is damaged (weights.csv: missing)"), run.err());
        assertFalse(run.err().contains("nothing scorable"), run.err());
        assertTrue(run.noStackTrace(), run.err());
        assertFalse(Files.exists(dir.resolve("y2.xlsx")));
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

    /**
     * Tester's finding: --weights entropy over a baseline scored with framework weights silently used the
     * baseline's framework weights. They still are used (the yardstick is the baseline's), but a warning says so,
     * naming both methods, in the Issues table; with the same method on both sides there is no warning.
     */
    @Test
    void entropyOverAFrameworkWeightedBaselineWarnsThatTheBaselinesWeightsAreUsed() throws Exception {
        assertEquals(0, score2("--weights", "entropy", "--baseline", dir.resolve("y1").toString(), "--lang", "en")
                .exitCode());
        List<String[]> issues = csv(dir.resolve("y2/issues.csv"));
        String[] w = issues.stream().filter(r -> r[4].equals("baseline-weights-differ")).findFirst().orElseThrow();
        assertEquals(dir.resolve("y1").toString(), w[0]);
        assertEquals("warning", w[5]);
        assertTrue(w[6].startsWith("This run asks for --weights entropy, but the baseline was scored with "
                + "--weights framework"), w[6]);
        assertTrue(w[6].contains("--yardstick current"), w[6]);
        // the weights in force are the baseline's framework weights, as SPEC §7 freezes them
        assertEquals(List.of(csv(dir.resolve("y1/weights.csv")).get(1)), List.of(csv(dir.resolve("y2/weights.csv")).get(1)));
        // the same method then and now, or this year's own yardstick: nothing to warn about
        assertEquals(0, score2("--baseline", dir.resolve("y1").toString()).exitCode());
        assertTrue(csv(dir.resolve("y2/issues.csv")).stream().noneMatch(r -> r[4].equals("baseline-weights-differ")));
        assertEquals(0, score2("--weights", "entropy", "--yardstick", "current", "--baseline",
                dir.resolve("y1").toString()).exitCode());
        assertTrue(csv(dir.resolve("y2/issues.csv")).stream().noneMatch(r -> r[4].equals("baseline-weights-differ")));
    }

    /**
     * New-user finding: scoring a batch against its own earlier run gave a report of zero changes and no word of why.
     * Year 1 against year 1 warns (the 4 firms scored — F4 answers too little — and the 2 regions all matched, every
     * score the same); year 2 against year 1 (F1 and F3 changed) does not.
     */
    @Test
    void theSameBatchAsItsOwnBaselineIsWarnedAbout() throws Exception {
        CliRun same = CliRun.of("score", dir.resolve("firms1.csv").toString(), "--region-data", regions.toString(),
                "-f", fw.toString(), "--lang", "en", "-o", dir.resolve("again.xlsx").toString(), "--csv",
                dir.resolve("again").toString(), "--baseline", dir.resolve("y1").toString());
        assertEquals(0, same.exitCode(), same.err());
        // said on the console too, not only among the issues (new-user finding)
        assertTrue(same.out().contains("  the baseline " + dir.resolve("y1") + " is this same batch scored before: every "
                + "score equals the baseline's and every change is zero; give --baseline an earlier year's results. See "
                + "the issue baseline-unchanged\n"), same.out());
        String[] w = csv(dir.resolve("again/issues.csv")).stream().filter(r -> r[4].equals("baseline-unchanged"))
                .findFirst().orElseThrow();
        assertEquals(dir.resolve("y1").toString(), w[0]);
        assertEquals("warning", w[5]);
        assertEquals("The 4 firms and 2 regions of this run are all in the baseline, and every score is exactly the "
                + "baseline's: the baseline looks like this same batch scored before, not an earlier year. Give "
                + "--baseline an earlier year's report or CSV folder.", w[6]);
        CliRun changed = score2("--baseline", dir.resolve("y1").toString(), "--lang", "en");
        assertEquals(0, changed.exitCode());
        assertTrue(csv(dir.resolve("y2/issues.csv")).stream().noneMatch(r -> r[4].equals("baseline-unchanged")));
        assertFalse(changed.out().contains("same batch"), changed.out());
    }

    /** The Change sheet's texts in column A of the report {@code y2.xlsx} (English). */
    List<String> changeSheetTexts() throws Exception {
        List<String> texts = new java.util.ArrayList<>();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(dir.resolve("y2.xlsx").toFile())) {
            for (var row : wb.getSheet("Change")) {
                var c = row.getCell(0);
                if (c != null && c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    texts.add(c.getStringCellValue());
                }
            }
        }
        return texts;
    }

    /**
     * New-user finding: the Change sheet's note on firms without an id (named FILE#ROW, never matched) was shown under
     * every list of new and dropped firms, ids or not. Year 2 here: F6 new with an id (no note); then F5 without its
     * id (new as FILE#ROW, and dropped under its old id: the note under the lists).
     */
    @Test
    void theNoteOnFirmsWithoutAnIdIsShownOnlyWhenOneIsListed() throws Exception {
        String note = "A firm without an id is named FILE#ROW";
        Files.writeString(year2, YEAR2 + "F6,己,广东,同意,同意,3,4,是\n", StandardCharsets.UTF_8);
        CliRun withIds = score2("--baseline", dir.resolve("y1").toString(), "--lang", "en", "-q");
        assertEquals(0, withIds.exitCode(), withIds.err());
        List<String> texts = changeSheetTexts();
        assertTrue(texts.contains("F6"), texts.toString());
        assertTrue(texts.stream().noneMatch(t -> t.startsWith(note)), texts.toString());

        Files.writeString(year2, YEAR2.replace("F5,戊", ",戊"), StandardCharsets.UTF_8);
        CliRun idless = score2("--baseline", dir.resolve("y1").toString(), "--lang", "en", "-q");
        assertEquals(0, idless.exitCode(), idless.err());
        texts = changeSheetTexts();
        assertTrue(texts.stream().anyMatch(t -> t.endsWith("firms2.csv#6")), "F5 new as FILE#ROW: " + texts);
        assertTrue(texts.stream().anyMatch(t -> t.startsWith(note)), texts.toString());
    }

    static Map<String, String[]> changeRows(Path file) throws Exception {
        Map<String, String[]> m = new HashMap<>();
        for (String[] r : csv(file).subList(1, csv(file).size())) m.put(r[0] + ":" + r[1] + ":" + r[2], r);
        return m;
    }

    /**
     * changes.csv on the frozen yardstick, by hand (WORKED-EXAMPLE.md's framework: S2 = geometric mean of Q4, Q5
     * at the firm level; R = (2·S1 + S2)/3; Q4 on year 1's bounds ln(1+0) … ln(1+99)).
     * F1: Q4 9 → 100·ln 10/ln 100 = 50, S2 = √(50·100) = 70.7107; year 2 Q4 199 clamps to 100, S2 = 100:
     * change +29.2893, R change 29.2893/3 = +9.7631. F3: Q4 99 → 100, S2 = 100; year 2 Q4 49 → 100·ln 50/ln 100
     * = 84.9485, S2 = √(84.9485·100) = 92.1675: change −7.8325. S1 is unchanged for everyone (change 0).
     * Ranks by S2: year 1 F3 100 (1), F1 70.7 (2); year 2 F1 100 (1), F3 92.2 (2).
     * 北京市's S2 (region level, geometric over Q4, Q5, Q6): Q4 = F3's alone (F5 left it blank, F4 is excluded),
     * Q5 = mean(是 100, 否 0) = 50, Q6 150 on goalposts 0–100 = 100: year 1 ∛(100·50·100) = 79.3701, year 2
     * ∛(84.9485·50·100) = 75.1695, change −4.2005.
     * The nation over the 4 firms in both (F1, F2, F3, F5): R change (9.7631 + 0 − 2.6108 + 0)/4 = +1.7881,
     * F3's R change being −7.8325/3 = −2.6108.
     */
    @Test
    void changesOnTheFrozenYardstickByHand() throws Exception {
        assertEquals(0, score2("--baseline", dir.resolve("y1").toString()).exitCode());
        Map<String, String[]> m = changeRows(dir.resolve("y2/changes.csv"));
        double s2f1 = Math.sqrt(50 * 100);
        assertEquals(100 - s2f1, Double.parseDouble(m.get("firm:F1:S2")[5]), 1e-9);
        assertEquals(29.2893, Double.parseDouble(m.get("firm:F1:S2")[5]), 1e-4);
        assertEquals(9.7631, Double.parseDouble(m.get("firm:F1:R")[5]), 1e-4);
        double n4 = 100 * Math.log(50) / Math.log(100);
        assertEquals(Math.sqrt(n4 * 100) - 100, Double.parseDouble(m.get("firm:F3:S2")[5]), 1e-9);
        assertEquals(-7.8325, Double.parseDouble(m.get("firm:F3:S2")[5]), 1e-4);
        assertEquals(List.of("2", "1"), List.of(m.get("firm:F1:S2")[6], m.get("firm:F1:S2")[7]));
        assertEquals(List.of("1", "2"), List.of(m.get("firm:F3:S2")[6], m.get("firm:F3:S2")[7]));
        assertEquals("0", m.get("firm:F2:S1")[5]);
        assertFalse(m.containsKey("firm:F4:R"), "F4 is excluded in both years: in neither run");
        assertEquals(Math.cbrt(100 * 50 * 100), Double.parseDouble(m.get("region:北京市:S2")[3]), 1e-9);
        assertEquals(Math.cbrt(n4 * 50 * 100), Double.parseDouble(m.get("region:北京市:S2")[4]), 1e-9);
        assertEquals(-4.2005, Double.parseDouble(m.get("region:北京市:S2")[5]), 1e-4);
        assertFalse(m.get("region:北京市:S2")[8].isEmpty(), "two firms each year: tested");
        assertTrue(m.get("firm:F1:S2")[8].isEmpty(), "no p for a firm");
        assertEquals(1.7881, Double.parseDouble(m.get("nation:matched:R")[5]), 1e-4);
        // the report as baseline, even one in the other language (regions matched by their code), gives the same
        Path en = dir.resolve("y1en.xlsx");
        assertEquals(0, CliRun.of("score", dir.resolve("firms1.csv").toString(), "--region-data", regions.toString(),
                "-f", fw.toString(), "-q", "--lang", "en", "-o", en.toString()).exitCode());
        for (Path baseline : List.of(dir.resolve("y1.xlsx"), en)) {
            assertEquals(0, score2("--baseline", baseline.toString()).exitCode());
            Map<String, String[]> again = changeRows(dir.resolve("y2/changes.csv"));
            assertEquals(m.keySet(), again.keySet(), baseline.toString());
            for (var e : m.entrySet()) assertEquals(List.of(e.getValue()), List.of(again.get(e.getKey())), e.getKey());
        }
    }

    /** Every text cell of a sheet that starts with {@code prefix}. */
    static List<String> cellsStartingWith(Path xlsx, String sheet, String prefix) throws Exception {
        List<String> out = new java.util.ArrayList<>();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
            for (var row : wb.getSheet(sheet)) {
                for (var c : row) {
                    if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && c.getStringCellValue().startsWith(prefix)) out.add(c.getStringCellValue());
                }
            }
        }
        return out;
    }

    /**
     * The "what changed" highlight in both languages. Firm R = (2·S1 + S2)/3 (WORKED-EXAMPLE.md): year 1 F1
     * (2·68.75 + 70.7107)/3 = 69.4036, F2 (2·75 + 1)/3 = 50.3333, F3 (2·41.6667 + 100)/3 = 61.1111, F5
     * (2·21.25 + 1)/3 = 14.5, mean 48.837; year 2 F1 (137.5 + 100)/3 = 79.1667, F3 (83.3333 + 92.1675)/3 =
     * 58.5003, mean 50.625: "rose by 1.8 (48.8 → 50.6)"; p is Welch's on these two lists (ChangeTestsTest checks
     * the test against R), not significant.
     */
    @Test
    void theSummarySaysWhatChangedInEitherLanguage() throws Exception {
        double p = org.ecoscore.score.ChangeTests.welch(new double[] {69.40355937, 50.33333333, 61.11111111, 14.5},
                new double[] {79.16666667, 50.33333333, 58.50028133, 14.5});
        String shown = String.format(java.util.Locale.ROOT, "%.3f", p);
        assertTrue(p > 0.05);
        // the same four firms took part in both runs: their paired t-test (F2 and F5 unchanged, F1 +9.8, F3 −2.6),
        // which ChangeTestsTest checks against R as it does Welch's (new-user finding: the Summary cited Welch only)
        double paired = org.ecoscore.score.ChangeTests.paired(new double[] {69.40355937, 50.33333333, 61.11111111, 14.5},
                new double[] {79.16666667, 50.33333333, 58.50028133, 14.5});
        String pairedShown = String.format(java.util.Locale.ROOT, "%.3f", paired);
        assertTrue(paired > 0.05);
        assertEquals(0, score2("--baseline", dir.resolve("y1").toString()).exitCode());
        assertEquals(List.of("与基线相比，全国综合指数（企业平均）上升 1.8 分（48.8 → 50.6 分，Welch 检验 p = " + shown + "，不显著；"
                + "两次都参加的 4 家企业 48.8 → 50.6 分，配对 t 检验 p = " + pairedShown + "，不显著）。"),
                cellsStartingWith(dir.resolve("y2.xlsx"), "概览", "与基线相比"));
        assertEquals(0, score2("--baseline", dir.resolve("y1").toString(), "--lang", "en").exitCode());
        assertEquals(List.of("Since the baseline the national index (mean of firms) rose by 1.8 (48.8 → 50.6, Welch's"
                + " test p = " + shown + ", not significant; the 4 firms in both runs 48.8 → 50.6, paired t-test p = "
                + pairedShown + ", not significant)."),
                cellsStartingWith(dir.resolve("y2.xlsx"), "Summary", "Since the baseline the national"));
        // a profile: its own index then → now, and its rank (广东省 first both years)
        Map<String, String[]> m = changeRows(dir.resolve("y2/changes.csv"));
        String[] gd = m.get("region:Guangdong:R");
        assertNotEquals(null, gd, m.keySet().toString());
        String profile = String.format(java.util.Locale.ROOT, "Since the baseline its index rose by %.1f (%.1f → %.1f,"
                + " p = %.3f, not significant); rank unchanged (1).", Double.parseDouble(gd[5]), Double.parseDouble(gd[3]),
                Double.parseDouble(gd[4]), Double.parseDouble(gd[8]));
        assertEquals(List.of(profile), cellsStartingWith(dir.resolve("y2.xlsx"), "Guangdong", "Since the baseline"));
    }

    /**
     * Last year beside each element: the region profile's 基线 / Baseline column and the Word brief's, read back
     * through POI, hold the baseline run's region scores (those of changes.csv, whose values the hand case checks).
     */
    @Test
    void profilesAndBriefsShowLastYearsValues() throws Exception {
        Path briefs = dir.resolve("briefs");
        assertEquals(0, score2("--baseline", dir.resolve("y1").toString(), "--briefs", briefs.toString()).exitCode());
        Map<String, String[]> m = changeRows(dir.resolve("y2/changes.csv"));
        double s2 = Double.parseDouble(m.get("region:北京市:S2")[3]);
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(dir.resolve("y2.xlsx")))) {
            var sheet = wb.getSheet("北京市");
            int col = -1;
            Double found = null;
            for (var row : sheet) {
                for (var c : row) {
                    if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && c.getStringCellValue().equals("基线")) col = c.getColumnIndex();
                }
                var first = row.getCell(0);
                if (col >= 0 && first != null && first.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && first.getStringCellValue().startsWith("Q5 ")) {
                    found = row.getCell(col) == null ? null : row.getCell(col).getNumericCellValue();
                }
            }
            assertTrue(col > 0, "a 基线 column on the profile");
            // the profile lists S1's and S2's children, questions in this framework: changes (and the baseline's
            // tables) hold nodes only, so a question's baseline cell stays blank (PlantedChangeTest checks nodes)
            assertEquals(null, found);
            assertNotEquals(null, wb.getSheet("变化"));
        }
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(briefs.resolve("北京市.docx")))) {
            var table = doc.getTables().get(0);
            var head = table.getRow(0);
            assertEquals("基线", head.getCell(head.getTableCells().size() - 1).getText());
            String shown = null;
            for (var row : table.getRows()) {
                if (row.getCell(0).getText().trim().startsWith("S2 ")) shown = row.getCell(row.getTableCells().size() - 1).getText();
            }
            assertEquals(String.format(java.util.Locale.ROOT, "%.1f", s2), shown);
        }
    }

    @Test
    void yardstickWithoutBaselineIsAUsageError() {
        for (String whose : List.of("current", "baseline")) {
            CliRun run = CliRun.of("score", year2.toString(), "-f", fw.toString(), "-q", "--lang", "en",
                    "-o", dir.resolve("nob-" + whose + ".xlsx").toString(), "--yardstick", whose);
            assertEquals(2, run.exitCode(), run.err());
            assertTrue(run.err().contains("--yardstick " + whose + " needs --baseline"), run.err());
            assertFalse(Files.exists(dir.resolve("nob-" + whose + ".xlsx")));
        }
    }
}
