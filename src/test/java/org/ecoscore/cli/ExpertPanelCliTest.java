package org.ecoscore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §8 expert panels through the command line on a small framework whose numbers are worked by hand: the
 * case scores (mean over raters of n, then §4.3), W, χ², p, the screening of panel rows, agreement.csv and
 * cases.csv, and the Agreement sheet read back through POI.
 */
class ExpertPanelCliTest {
    @TempDir
    Path dir;

    /** R = mean(N1, N2); N1 = mean(Q1 agree5, Q2 number 0–10); N2 = Q3 agree5; cases 甲 乙 丙. */
    private Path framework() throws Exception {
        Path fw = dir.resolve("fw");
        Files.createDirectories(fw);
        Files.writeString(fw.resolve("framework.csv"), "code,parent,name_zh,name_en,weight,aggregation,role\n"
                + "R,,专家评分,Panel score,1,,\nN1,R,能力,Capacity,1,,\nN2,R,环境,Setting,1,,\n", StandardCharsets.UTF_8);
        Files.writeString(fw.resolve("questions.csv"), "code,parent,source,scale,reverse,min,max,transform,weight,"
                + "text_zh,text_en,aliases\n"
                + "Q1,N1,expert,agree5,,,,,,能力强,Strong capacity,\n"
                + "Q2,N1,expert,number,,0,10,,,项目数,Projects,\n"
                + "Q3,N2,expert,agree5,,,,,,环境好,Good setting,\n", StandardCharsets.UTF_8);
        Files.writeString(fw.resolve("scales.csv"), "scale,value,label\nagree5,1,很低\nagree5,2,低\nagree5,3,一般\n"
                + "agree5,4,高\nagree5,5,很高\ncases,1,甲\ncases,1,Alpha\ncases,2,乙\ncases,2,Beta\ncases,3,丙\n"
                + "cases,3,Gamma\n", StandardCharsets.UTF_8);
        Files.writeString(fw.resolve("meta.csv"), "role,aliases\ncase,案例|Case\nrater,专家|Rater\n",
                StandardCharsets.UTF_8);
        return fw;
    }

    /**
     * Nine rater × case rows, and four rows the screening excludes: E1 × 丙 first given 5,5,5 then again (keep-last
     * keeps the second), a row without rater, one without case, and a case not in the list.
     */
    private Path panel() throws Exception {
        Path f = dir.resolve("panel.csv");
        Files.writeString(f, "专家,案例,Q1,Q2,Q3\n"
                + "E1,丙,5,5,5\n"
                + "E1,甲,5,10,4\nE1,Beta,3,5,2\nE1,丙,1,0,1\n"
                + "E2,甲,4,8,5\nE2,乙,4,4,3\nE2,丙,2,2,1\n"
                + "E3,甲,5,,3\nE3,乙,2,6,4\nE3,丙,1,1,2\n"
                + ",甲,3,3,3\nE4,,3,3,3\nE5,丁,3,3,3\n", StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void caseScoresAgreementAndScreening() throws Exception {
        Path report = dir.resolve("r.xlsx");
        Path csv = dir.resolve("csv");
        CliRun run = CliRun.of("score", "--expert-data", panel().toString(), "-f", framework().toString(), "-o",
                report.toString(), "--csv", csv.toString(), "--lang", "en");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Expert ratings: 13 rows read, 9 scored, 4 excluded (duplicate-id 1, no-case 1, "
                + "no-rater 1, unknown-case 1)"), run.out());
        assertTrue(run.out().contains("Expert panel: 3 raters × 3 cases"), run.out());

        // n: agree5 25·(v − 1), Q2 10·v. 甲: Q1 (100 + 75 + 100)/3, Q2 (100 + 80)/2 (E3 left it blank), Q3 (75 + 100
        // + 50)/3 = 75; N1 = (275/3 + 90)/2, R = (N1 + 75)/2. 乙: Q1 (50 + 75 + 25)/3 = 50, Q2 (50 + 40 + 60)/3 = 50,
        // Q3 (25 + 50 + 75)/3 = 50. 丙: Q1 (0 + 25 + 0)/3, Q2 (0 + 20 + 10)/3 = 10, Q3 (0 + 0 + 25)/3.
        double n1a = (275.0 / 3 + 90) / 2;
        double n1c = (25.0 / 3 + 10) / 2;
        List<String[]> cases = read(csv.resolve("cases.csv"));
        assertEquals("case|rank|raters|R|N1|N2", String.join("|", cases.get(0)));
        assertEquals("Alpha", cases.get(1)[0]);
        assertEquals("1", cases.get(1)[1]);
        assertEquals("3", cases.get(1)[2]);
        assertEquals((n1a + 75) / 2, Double.parseDouble(cases.get(1)[3]), 1e-9);
        assertEquals(n1a, Double.parseDouble(cases.get(1)[4]), 1e-9);
        assertEquals(75, Double.parseDouble(cases.get(1)[5]), 1e-9);
        assertEquals("Beta", cases.get(2)[0]);
        assertEquals(50, Double.parseDouble(cases.get(2)[3]), 1e-9);
        assertEquals("Gamma", cases.get(3)[0]);
        assertEquals((n1c + 25.0 / 3) / 2, Double.parseDouble(cases.get(3)[3]), 1e-9);

        // the raters' own overall scores: E1 87.5, 37.5, 0; E2 88.75, 53.75, 11.25; E3 75, 58.75, 15 — every rater
        // ranks 甲 > 乙 > 丙, so W = 1, χ² = r(m − 1)W = 6 on 2 df, p = e^(−6/2)
        List<String[]> agreement = read(csv.resolve("agreement.csv"));
        assertEquals("node|kendall_w|chi2|df|p|icc_2_1|icc_2_k|raters|cases", String.join("|", agreement.get(0)));
        String[] root = agreement.get(1);
        assertEquals("R", root[0]);
        assertEquals(1, Double.parseDouble(root[1]), 1e-12);
        assertEquals(6, Double.parseDouble(root[2]), 1e-12);
        assertEquals("2", root[3]);
        assertEquals(Math.exp(-3), Double.parseDouble(root[4]), 1e-12);
        assertEquals("3", root[7]);
        assertEquals("3", root[8]);
        // ICC(2,1) of the root's [case][rater] table by Shrout & Fleiss's formulas, from its sums of squares:
        // grand mean 427.5/9 = 47.5; case means 83.75, 50, 8.75; rater means 41.6667, 51.25, 49.5833
        double[][] x = {{87.5, 88.75, 75}, {37.5, 53.75, 58.75}, {0, 11.25, 15}};
        assertEquals(iccSingle(x), Double.parseDouble(root[5]), 1e-9);

        List<String[]> raters = read(csv.resolve("raters.csv"));
        assertEquals("rater|cases|mean_rho|w_without|flagged", String.join("|", raters.get(0)));
        assertEquals("E1|3|1|1|0", String.join("|", raters.get(1)));

        try (InputStream in = Files.newInputStream(report); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet("Agreement");
            int head = find(s, "Node");
            assertEquals("Node|Kendall W|χ²|df|p|ICC(2,1)|ICC(2,k)|Raters|Cases", row(s, head));
            Row r = s.getRow(head + 1);
            assertEquals("R Panel score", r.getCell(0).getStringCellValue());
            assertEquals(1, r.getCell(1).getNumericCellValue(), 1e-12);
            assertEquals(Math.exp(-3), r.getCell(4).getNumericCellValue(), 1e-12);
            int c = find(s, "Case scores") + 1;
            assertEquals("Case|Rank|Raters|R Panel score|N1 Capacity|N2 Setting", row(s, c));
            assertEquals(n1a, s.getRow(c + 1).getCell(4).getNumericCellValue(), 1e-9);
            Sheet summary = wb.getSheet("Summary");
            int read = find(summary, "Expert rating rows read");
            assertEquals(13, summary.getRow(read).getCell(1).getNumericCellValue(), 0);
            assertEquals(9, summary.getRow(read + 1).getCell(1).getNumericCellValue(), 0);
            assertEquals(1, summary.getRow(find(summary, "Kendall's W of the overall score")).getCell(1)
                    .getNumericCellValue(), 1e-12);
            Sheet issues = wb.getSheet("Issues");
            assertTrue(anyCell(issues, "The case '丁' is not in the framework's case list"));
        }
    }

    /** --json: the panel's files and counts, and its agreement, valid against docs/json-summary.schema.json. */
    @Test
    void jsonSummaryCarriesThePanel() throws Exception {
        CliRun run = CliRun.of("score", "--expert-data", panel().toString(), "-f", framework().toString(), "-o",
                dir.resolve("j.xlsx").toString(), "--json", "-", "--quiet");
        assertEquals(0, run.exitCode(), run.err());
        com.fasterxml.jackson.databind.JsonNode j = org.ecoscore.fixtures.JsonSchemaCheck.valid(run.out());
        assertEquals(panel().toString(), j.path("options").path("expert_data").get(0).asText());
        assertEquals("expert", j.path("files").get(0).path("level").asText());
        assertEquals(13, j.path("counts").path("experts").path("rows_read").asInt());
        assertEquals(9, j.path("counts").path("experts").path("scored").asInt());
        assertEquals("[\"E1\",\"E2\",\"E3\"]", j.path("panel").path("raters").toString());
        assertEquals("[\"甲\",\"乙\",\"丙\"]", j.path("panel").path("cases").toString());
        com.fasterxml.jackson.databind.JsonNode root = j.path("panel").path("agreement").get(0);
        assertEquals("R", root.path("node").asText());
        assertEquals(1, root.path("kendall_w").asDouble(), 1e-12); // every rater ranks 甲 > 乙 > 丙
        assertEquals(Math.exp(-3), root.path("p").asDouble(), 1e-12);
        assertEquals(0, j.path("panel").path("flagged_raters").size());
    }

    /** A panel file without a rater column: a missing-rater-column warning and every row no-rater. */
    @Test
    void missingRaterColumn() throws Exception {
        Path f = dir.resolve("p.csv");
        Files.writeString(f, "案例,Q1,Q2,Q3\n甲,5,5,5\n乙,4,4,4\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("validate", "--expert-data", f.toString(), "-f", framework().toString(), "--lang",
                "en");
        assertTrue(run.noStackTrace());
        String all = run.out() + run.err();
        assertTrue(all.contains("missing-rater-column"), all);
        assertTrue(all.contains("no-rater"), all);
    }

    static double iccSingle(double[][] x) {
        int n = x.length;
        int k = x[0].length;
        double g = 0;
        for (double[] r : x) for (double v : r) g += v / (n * k);
        double ssr = 0;
        double ssc = 0;
        double sst = 0;
        for (double[] r : x) {
            double m = 0;
            for (double v : r) m += v / k;
            ssr += k * (m - g) * (m - g);
            for (double v : r) sst += (v - g) * (v - g);
        }
        for (int j = 0; j < k; j++) {
            double m = 0;
            for (double[] r : x) m += r[j] / n;
            ssc += n * (m - g) * (m - g);
        }
        double bms = ssr / (n - 1);
        double jms = ssc / (k - 1);
        double ems = (sst - ssr - ssc) / ((n - 1) * (k - 1));
        return (bms - ems) / (bms + (k - 1) * ems + k * (jms - ems) / n);
    }

    static List<String[]> read(Path csv) throws Exception {
        List<String[]> out = new ArrayList<>();
        String text = Files.readString(csv, StandardCharsets.UTF_8).replace("\uFEFF", "");
        for (String line : text.split("\r\n")) if (!line.isEmpty()) out.add(line.split(",", -1));
        return out;
    }

    static int find(Sheet s, String first) {
        DataFormatter f = new DataFormatter();
        for (Row r : s) {
            Cell c = r.getCell(0);
            if (c != null && f.formatCellValue(c).startsWith(first)) return r.getRowNum();
        }
        return -1;
    }

    static boolean anyCell(Sheet s, String part) {
        DataFormatter f = new DataFormatter();
        for (Row r : s) for (Cell c : r) if (f.formatCellValue(c).contains(part)) return true;
        return false;
    }

    /** Every row of the sheet as {@link #row}, one a line. */
    static String text(Sheet s) {
        StringBuilder sb = new StringBuilder();
        for (Row r : s) sb.append(row(s, r.getRowNum())).append('\n');
        return sb.toString();
    }

    static String row(Sheet s, int r) {
        DataFormatter f = new DataFormatter();
        List<String> cells = new ArrayList<>();
        for (Cell c : s.getRow(r)) cells.add(f.formatCellValue(c));
        return String.join("|", cells);
    }
}
