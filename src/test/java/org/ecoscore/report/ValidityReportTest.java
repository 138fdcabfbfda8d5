package org.ecoscore.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecoscore.cli.CliRun;
import org.ecoscore.score.Validity;
import org.ecoscore.score.ValidityCalculator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §8 validity end to end: the named-scale items of each subsystem and of the whole framework are taken from
 * the firms' raw answers (reverse items recoded, complete cases), and reach the Validity sheet and validity.csv.
 * The expected numbers come from {@link ValidityCalculator} applied to the answers written here by hand (its
 * arithmetic is checked against published analyses in FactorAnalysisTest); this test checks the wiring.
 */
class ValidityReportTest {
    @TempDir
    Path dir;

    private static final int FIRMS = 40;

    /** Two latent traits: A's three items follow t1, B's three follow t2; Q2 is asked reversed. */
    private static int[][] answers() {
        int[][] a = new int[FIRMS][6];
        long seed = 7;
        for (int f = 0; f < FIRMS; f++) {
            int t1 = f % 5;
            int t2 = (f * 3 + f / 5) % 5;
            for (int q = 0; q < 6; q++) {
                seed = seed * 6364136223846793005L + 1442695040888963407L;
                int noise = (int) ((seed >>> 33) % 3) - 1;
                int base = q < 3 ? t1 : t2;
                a[f][q] = Math.max(1, Math.min(5, base + 1 + noise));
            }
            a[f][1] = 6 - a[f][1];
        }
        return a;
    }

    private Path framework() throws Exception {
        Path fw = Files.createDirectories(dir.resolve("fw"));
        Files.writeString(fw.resolve("framework.csv"), """
                code,parent,name_zh,name_en,weight,aggregation,role
                R,,综合,Overall,,,
                A,R,体制,System,,,subsystem1
                A1,A,政策,Policy,,,
                A2,A,资金,Funding,,,
                B,R,生态,Ecosystem,,,subsystem2
                B1,B,伙伴,Partners,,,
                """);
        Files.writeString(fw.resolve("questions.csv"), """
                code,parent,source,scale,reverse,min,max,transform,weight,text_zh,text_en,aliases
                Q1,A1,firm,agree5,,,,,,政策清晰,Policy is clear,
                Q2,A1,firm,agree5,true,,,,,政策多变,Policy changes often,
                Q3,A2,firm,agree5,,,,,,资金可得,Funding is available,
                Q4,B1,firm,agree5,,,,,,伙伴充足,Enough partners,
                Q5,B1,firm,agree5,,,,,,合作顺畅,Cooperation works,
                Q6,B1,firm,agree5,,,,,,信任较高,Trust is high,
                Q7,B1,firm,number,,0,10,,,合作项目数,Joint projects,
                """);
        Files.writeString(fw.resolve("scales.csv"), "scale,value,label\nagree5,1,非常不同意\nagree5,2,不同意\n"
                + "agree5,3,一般\nagree5,4,同意\nagree5,5,非常同意\n");
        Files.writeString(fw.resolve("meta.csv"), "role,aliases\nid,统一社会信用代码|id\nregion,所在地区|region\n");
        return fw;
    }

    @Test
    void validitySheetAndCsvForEachSubsystemAndTheWhole() throws Exception {
        int[][] a = answers();
        StringBuilder csv = new StringBuilder("统一社会信用代码,所在地区,Q1,Q2,Q3,Q4,Q5,Q6,Q7\n");
        for (int f = 0; f < FIRMS; f++) {
            csv.append("F").append(f).append(",广东省");
            for (int q = 0; q < 6; q++) {
                // firm 0 skips Q5: not a complete case of B and of the whole, still one of A
                csv.append(',').append(f == 0 && q == 4 ? "" : Integer.toString(a[f][q]));
            }
            csv.append(',').append(f % 10).append('\n');
        }
        Path firms = dir.resolve("firms.csv");
        Files.writeString(firms, csv, StandardCharsets.UTF_8);
        Path report = dir.resolve("r.xlsx");
        CliRun run = CliRun.of("score", firms.toString(), "-f", framework().toString(), "-o", report.toString(),
                "--csv", dir.resolve("csv").toString(), "--lang", "en", "--quiet");
        assertEquals(0, run.exitCode(), run.err());

        Validity expectA = expected(a, new int[]{0, 1, 2}, List.of("A1", "A1", "A2"), "A", false);
        Validity expectB = expected(a, new int[]{3, 4, 5}, List.of("B1", "B1", "B1"), "B", true);
        Validity expectR = expected(a, new int[]{0, 1, 2, 3, 4, 5}, List.of("A1", "A1", "A2", "B1", "B1", "B1"),
                "R", true);
        assertEquals(40, expectA.cases());
        assertEquals(39, expectB.cases());
        List<String> lines = Files.readAllLines(dir.resolve("csv/validity.csv"), StandardCharsets.UTF_8);
        assertEquals("\uFEFFset,statistic,item,node,factor,value", lines.get(0));
        for (Validity v : List.of(expectA, expectB, expectR)) {
            assertEquals(v.kmo(), value(lines, v.set() + ",kmo,,,,"), 1e-12, v.set());
            assertEquals(v.chiSquare(), value(lines, v.set() + ",bartlett_chi2,,,,"), 1e-9, v.set());
            assertEquals(v.cases(), value(lines, v.set() + ",cases,,,,"), 0);
            assertEquals(v.factors(), value(lines, v.set() + ",factors,,,,"), 0);
            for (int i = 0; i < v.items().size(); i++) {
                String item = v.items().get(i) + "," + v.nodes().get(i);
                assertEquals(v.msa()[i], value(lines, v.set() + ",msa," + item + ",,"), 1e-12);
                assertEquals(v.communalities()[i], value(lines, v.set() + ",communality," + item + ",,"), 1e-9);
            }
        }
        assertTrue(lines.stream().noneMatch(l -> l.contains("Q7")), "number questions are not analysed");

        try (InputStream in = Files.newInputStream(report); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet("Validity");
            List<String> text = texts(s);
            assertTrue(text.contains("A System — 3 items, 40 complete cases"), text.toString());
            assertTrue(text.contains("B Ecosystem — 3 items, 39 complete cases"), text.toString());
            assertTrue(text.contains("R Overall — 6 items, 39 complete cases"), text.toString());
            assertTrue(text.contains("KMO"));
            assertTrue(text.contains("Bartlett's test χ²"));
        }
    }

    private static Validity expected(int[][] a, int[] qs, List<String> nodes, String set, boolean skipFirm0Q5) {
        double[][] x = new double[qs.length][FIRMS];
        List<String> items = new ArrayList<>();
        for (int k = 0; k < qs.length; k++) {
            items.add("Q" + (qs[k] + 1));
            for (int f = 0; f < FIRMS; f++) {
                double v = a[f][qs[k]];
                if (qs[k] == 1) v = 6 - v; // reverse-coded: vmin + vmax − v
                if (skipFirm0Q5 && f == 0 && qs[k] == 4) v = Double.NaN;
                x[k][f] = v;
            }
        }
        return ValidityCalculator.of(set, items, nodes, x, -1);
    }

    private static double value(List<String> lines, String prefix) {
        for (String l : lines) {
            if (l.startsWith(prefix)) return Double.parseDouble(l.substring(prefix.length()));
        }
        throw new AssertionError("no line " + prefix);
    }

    private static List<String> texts(Sheet s) {
        DataFormatter f = new DataFormatter();
        List<String> out = new ArrayList<>();
        for (Row r : s) for (org.apache.poi.ss.usermodel.Cell c : r) out.add(f.formatCellValue(c));
        return out;
    }
}
