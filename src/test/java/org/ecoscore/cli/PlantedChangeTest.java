package org.ecoscore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecoscore.fixtures.JsonSchemaCheck;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §7's "done when": two years of synthetic data, and in year 2 one region's answers raised by one scale
 * point on one element and another region's lowered on another; changes.csv, the Change sheet and the JSON find
 * both, with the right sign and size, significant, and nothing else significant beyond chance.
 *
 * <p>The framework: R = S1 (E1, E2) + S2 (E3, E4), every weight 1, arithmetic; each element two agree5 (1–5)
 * questions. 10 regions × 80 firms; every answer drawn uniformly from {2, 3, 4} afresh each year (so the
 * unplanted changes are pure chance). Planted in year 2: 北京市's E1 answers + 1, 天津市's E3 answers − 1.
 *
 * <p>Expected sizes by hand: one scale point on 1–5 is 100/(5 − 1) = 25 points of a question's score; E1 is
 * the equal-weight mean of its two questions, so E1 moves by 25; S1 = ½E1 + ½E2 moves by 12.5; R = ½S1 + ½S2
 * moves by 6.25. The noise: an answer from {2, 3, 4} has SD √(2/3) = 0.816 points = 20.4 score points; E1 of a
 * firm (mean of 2) SD 14.4; a region's mean over 80 firms SE 1.61; the difference of two years SE 2.28 — the
 * tolerance ± 9 on E1 is about 4 SE. R of a firm averages 8 questions: SD 7.2, region SE 0.81, difference
 * SE 1.14; tolerance ± 4.5 ≈ 4 SE.
 */
class PlantedChangeTest {
    static final String[] REGIONS = {"北京市", "天津市", "河北省", "山西省", "内蒙古自治区", "辽宁省", "吉林省", "黑龙江省",
        "上海市", "江苏省"};
    static final String[] LABELS = {"非常不同意", "不同意", "一般", "同意", "非常同意"};
    static final String[] QUESTIONS = {"Q11", "Q12", "Q21", "Q22", "Q31", "Q32", "Q41", "Q42"};
    static final int PER_REGION = 80;

    @TempDir
    static Path dir;
    static Path y2;
    static List<String[]> changes;
    static JsonNode json;

    @BeforeAll
    static void twoYears() throws Exception {
        Path fw = dir.resolve("fw");
        Files.createDirectories(fw);
        Files.writeString(fw.resolve("framework.csv"), """
                code,parent,name_zh,name_en,weight,aggregation,role
                R,,综合,Overall,,,
                S1,R,体制,System,1,,subsystem1
                S2,R,生态,Ecosystem,1,,subsystem2
                E1,S1,需求,Demand,1,,
                E2,S1,资源,Resources,1,,
                E3,S2,主体,Actors,1,,
                E4,S2,服务,Services,1,,
                """, StandardCharsets.UTF_8);
        StringBuilder q = new StringBuilder("code,parent,source,scale,reverse,min,max,transform,weight,text_zh,text_en,aliases\n");
        for (String c : QUESTIONS) q.append(c).append(",E").append(c.charAt(1)).append(",firm,agree5,,,,,1,题").append(c)
                .append(",Question ").append(c).append(",\n");
        Files.writeString(fw.resolve("questions.csv"), q.toString(), StandardCharsets.UTF_8);
        StringBuilder sc = new StringBuilder("scale,value,label\n");
        for (int v = 1; v <= 5; v++) sc.append("agree5,").append(v).append(',').append(LABELS[v - 1]).append('\n');
        Files.writeString(fw.resolve("scales.csv"), sc.toString(), StandardCharsets.UTF_8);
        Files.writeString(fw.resolve("meta.csv"), "role,aliases\nid,统一社会信用代码|id\nname,企业名称|name\nregion,所在地区|region\n",
                StandardCharsets.UTF_8);
        SplittableRandom rnd = new SplittableRandom(20261201L);
        Path y1 = write("y1.csv", year(rnd, false));
        y2 = write("y2.csv", year(rnd, true));
        CliRun first = CliRun.of("score", y1.toString(), "-f", fw.toString(), "-q", "-o", dir.resolve("y1.xlsx").toString(),
                "--csv", dir.resolve("y1").toString());
        assertEquals(0, first.exitCode(), first.err());
        CliRun second = CliRun.of("score", y2.toString(), "-f", fw.toString(), "-q", "-o",
                dir.resolve("y2.xlsx").toString(), "--csv", dir.resolve("y2").toString(), "--baseline",
                dir.resolve("y1").toString(), "--json", dir.resolve("y2.json").toString());
        assertEquals(0, second.exitCode(), second.err());
        changes = BaselineTest.csv(dir.resolve("y2/changes.csv"));
        json = JsonSchemaCheck.valid(Files.readString(dir.resolve("y2.json")));
    }

    static Path write(String name, List<String> lines) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return p;
    }

    /**
     * One year: 80 firms per region, answers uniform on {2, 3, 4}. Year 2: the plants; the last region's last 5
     * firms dropped and 7 new firms added there; and firm F00200 sent twice (keep-last keeps the second copy,
     * so it is matched once).
     */
    static List<String> year(SplittableRandom rnd, boolean second) {
        List<String> out = new ArrayList<>();
        out.add("统一社会信用代码,企业名称,所在地区," + String.join(",", QUESTIONS));
        int n = REGIONS.length * PER_REGION;
        for (int f = 0; f < n; f++) {
            int region = f / PER_REGION;
            if (second && f >= n - 5) continue;
            out.add(firm(rnd, String.format("F%05d", f), region, second));
        }
        if (second) {
            for (int k = 1; k <= 7; k++) out.add(firm(rnd, String.format("N%03d", k), REGIONS.length - 1, true));
            out.add(firm(rnd, "F00200", 200 / PER_REGION, true));
        }
        return out;
    }

    static String firm(SplittableRandom rnd, String id, int region, boolean second) {
        StringBuilder sb = new StringBuilder(id).append(",企业").append(id).append(',').append(REGIONS[region]);
        for (String q : QUESTIONS) {
            int v = 2 + rnd.nextInt(3);
            if (second && region == 0 && q.startsWith("Q1")) v += 1; // 北京市: E1 one point up
            if (second && region == 1 && q.startsWith("Q3")) v -= 1; // 天津市: E3 one point down
            sb.append(',').append(LABELS[v - 1]);
        }
        return sb.toString();
    }

    static Map<String, String[]> regionRows() {
        Map<String, String[]> m = new HashMap<>();
        for (String[] r : changes) if (r[0].equals("region")) m.put(r[1] + ":" + r[2], r);
        return m;
    }

    @Test
    void changesCsvHasTheSpecColumns() {
        assertEquals(List.of("level", "unit", "node", "baseline", "current", "change", "rank_baseline", "rank_current",
                "p_value"), List.of(changes.get(0)));
        for (String[] r : changes.subList(1, changes.size())) {
            assertEquals(9, r.length);
            if (r[3].isEmpty() || r[4].isEmpty()) continue;
            assertEquals(Double.parseDouble(r[4]) - Double.parseDouble(r[3]), Double.parseDouble(r[5]), 1e-9,
                    "change = current − baseline");
        }
        // 10 regions × 7 nodes, 795 − 7 new = 395 + 393 … firms in both: 800 − 5 dropped = 795, × 7 nodes
        assertEquals(70, changes.stream().filter(r -> r[0].equals("region")).count());
        assertEquals(795 * 7, changes.stream().filter(r -> r[0].equals("firm")).count());
        assertEquals(2 * 7, changes.stream().filter(r -> r[0].equals("nation")).count());
        assertEquals(7, changes.stream().filter(r -> r[0].equals("firm") && r[1].equals("F00200")).count(),
                "the duplicate is matched once");
        assertTrue(changes.stream().filter(r -> r[0].equals("firm")).allMatch(r -> r[8].isEmpty()),
                "p is for regions only");
    }

    @Test
    void thePlantedChangesAreFoundWithTheirSignSizeAndSignificance() {
        Map<String, String[]> m = regionRows();
        check(m.get("北京市:E1"), 25, 9);
        check(m.get("北京市:S1"), 12.5, 6);
        check(m.get("北京市:R"), 6.25, 4.5);
        check(m.get("天津市:E3"), -25, 9);
        check(m.get("天津市:S2"), -12.5, 6);
        check(m.get("天津市:R"), -6.25, 4.5);
    }

    static void check(String[] row, double expected, double tolerance) {
        assertNotNull(row);
        double change = Double.parseDouble(row[5]);
        assertEquals(expected, change, tolerance, String.join(",", row));
        assertEquals(Math.signum(expected), Math.signum(change));
        assertTrue(Double.parseDouble(row[8]) < 0.05, "significant: " + String.join(",", row));
    }

    /**
     * The 64 other region × node pairs changed by chance only: at α = 0.05 about 3.2 are expected significant;
     * more than 6 (10%) has probability about 4.6% for 64 independent tests (binomial), and the seed is fixed,
     * so this is a check that the tests are not far too liberal (e.g. a one-sided or an equal-variance test
     * on the wrong data), not a flaky one.
     */
    @Test
    void nothingElseIsSignificantBeyondChance() {
        int tested = 0;
        int significant = 0;
        for (var e : regionRows().entrySet()) {
            String k = e.getKey();
            if (k.equals("北京市:E1") || k.equals("北京市:S1") || k.equals("北京市:R") || k.equals("天津市:E3")
                    || k.equals("天津市:S2") || k.equals("天津市:R")) continue;
            tested++;
            if (Double.parseDouble(e.getValue()[8]) < 0.05) significant++;
            // and no change of this size: at most about 4 SE of E1's difference
            assertTrue(Math.abs(Double.parseDouble(e.getValue()[5])) < 10, String.join(",", e.getValue()));
        }
        assertEquals(64, tested);
        assertTrue(significant <= 6, significant + " of 64 significant");
    }

    @Test
    void theNationSeesTheRiseOfE1AmongTheFirmsInBoth() {
        // E1: 北京市's 80 of 800 firms rose by 25 → about 25/10 = 2.5 nationally; over the 795 firms in both,
        // SD of a firm's difference ≈ √2 · 14.4 = 20.4, SE ≈ 0.72: the paired test finds it
        String[] matched = changes.stream().filter(r -> r[0].equals("nation") && r[1].equals("matched")
                && r[2].equals("E1")).findFirst().orElseThrow();
        assertEquals(2.5, Double.parseDouble(matched[5]), 2.5);
        assertTrue(Double.parseDouble(matched[8]) < 0.05, String.join(",", matched));
        assertEquals(795, json.at("/baseline/firms_in_both").asInt());
        assertEquals(7, json.at("/baseline/new_firms").asInt());
        assertEquals(5, json.at("/baseline/dropped_firms").asInt());
        assertTrue(json.at("/baseline/national_change/R/p_paired").isNumber());
        JsonNode beijing = null;
        for (JsonNode r : json.at("/regions")) if (r.get("region").asText().equals("北京市")) beijing = r;
        assertNotNull(beijing);
        assertEquals(Double.parseDouble(regionRows().get("北京市:R")[5]), beijing.get("index_change").asDouble(), 1e-9);
        assertEquals(beijing.get("rank_baseline").asInt() - beijing.get("rank").asInt(), beijing.get("rank_change").asInt());
        assertTrue(beijing.get("p_value").asDouble() < 0.05);
    }

    @Test
    void theChangeSheetListsRegionsByChangeWithChartColourScaleAndFirmCounts() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(dir.resolve("y2.xlsx")))) {
            XSSFSheet s = wb.getSheet("变化");
            assertNotNull(s, "the Change sheet");
            int head = -1;
            for (Row row : s) {
                if (row.getCell(4) != null && row.getCell(4).getCellType() == CellType.STRING
                        && row.getCell(4).getStringCellValue().equals("排名（基线 → 本次）")) {
                    head = row.getRowNum();
                    break;
                }
            }
            assertTrue(head > 0, "the regions table");
            List<String> order = new ArrayList<>();
            double previous = Double.POSITIVE_INFINITY;
            Map<String, String[]> m = regionRows();
            for (int r = head + 1; r <= head + REGIONS.length; r++) {
                Row row = s.getRow(r);
                String region = row.getCell(0).getStringCellValue();
                order.add(region);
                double change = row.getCell(3).getNumericCellValue();
                assertTrue(change <= previous, "sorted by change, largest rise first");
                previous = change;
                String[] csv = m.get(region + ":R");
                assertEquals(Double.parseDouble(csv[3]), row.getCell(1).getNumericCellValue(), 1e-12);
                assertEquals(Double.parseDouble(csv[4]), row.getCell(2).getNumericCellValue(), 1e-12);
                assertEquals(Double.parseDouble(csv[5]), change, 1e-12);
                assertEquals(csv[6] + " → " + csv[7], row.getCell(4).getStringCellValue());
                boolean marked = row.getCell(6) != null && row.getCell(6).getStringCellValue().equals("*");
                assertEquals(Double.parseDouble(csv[8]) < 0.05, marked, region);
            }
            assertEquals("北京市", order.get(0));
            assertEquals("天津市", order.get(order.size() - 1));
            List<XSSFChart> charts = s.getDrawingPatriarch().getCharts();
            assertEquals(1, charts.size());
            var bar = charts.get(0).getCTChart().getPlotArea().getBarChartArray(0);
            assertEquals("bar", bar.getBarDir().getVal().toString(), "horizontal bars");
            assertTrue(bar.getSerArray(0).sizeOfDPtArray() >= 1, "falls coloured apart");
            var cf = s.getSheetConditionalFormatting();
            assertTrue(cf.getNumConditionalFormattings() >= 1);
            ConditionalFormattingRule rule = cf.getConditionalFormattingAt(0).getRule(0);
            assertNotNull(rule.getColorScaleFormatting(), "a colour scale on the regions × elements table");
            Map<String, Double> counts = new HashMap<>();
            for (Row row : s) {
                if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING && row.getCell(1) != null
                        && row.getCell(1).getCellType() == CellType.NUMERIC) {
                    counts.put(row.getCell(0).getStringCellValue(), row.getCell(1).getNumericCellValue());
                }
            }
            assertEquals(795.0, counts.get("两次均参评的企业"));
            assertEquals(7.0, counts.get("新增企业"));
            assertEquals(5.0, counts.get("未再参评的企业"));
            assertFalse(counts.containsKey("N001"));
            // every firm here has an id: no note on firms without one under the lists (it was shown under any list of
            // new or dropped firms; BaselineTest shows it where one is listed)
            Row last = s.getRow(s.getLastRowNum());
            assertEquals("N007", last.getCell(0).getStringCellValue(), "the lists end the sheet");
            for (Row row : s) {
                if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING) {
                    assertFalse(row.getCell(0).getStringCellValue().startsWith("没有标识"), "no note on firms without an id");
                }
            }
            // 北京市's profile: the baseline's value and the change beside each element
            XSSFSheet profile = wb.getSheet("北京市");
            int baselineCol = -1;
            int seen = 0;
            for (Row row : profile) {
                for (var c : row) {
                    if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals("基线")) {
                        baselineCol = c.getColumnIndex();
                    }
                }
                var first = row.getCell(0);
                if (baselineCol < 0 || first == null || first.getCellType() != CellType.STRING) continue;
                String label = first.getStringCellValue();
                if (!label.matches("E[1-4] .*")) continue;
                if (seen == 4) break; // the table's four rows; the obstacles list below names elements too
                String[] csv = m.get("北京市:" + label.substring(0, 2));
                assertEquals(Double.parseDouble(csv[3]), row.getCell(baselineCol).getNumericCellValue(), 1e-12, label);
                assertEquals(Double.parseDouble(csv[5]), row.getCell(baselineCol + 1).getNumericCellValue(), 1e-9, label);
                seen++;
            }
            assertEquals(4, seen, "E1–E4 each with last year's value");
        }
    }
}
