package org.ecoscore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opencsv.CSVReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecoscore.framework.Framework;
import org.ecoscore.framework.FrameworkLoader;
import org.ecoscore.framework.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A regional office's run of the default framework from the command line: obstacles.csv sums to 1 per unit,
 * lag types follow r = A/B, {@code --coupling revised} changes C as Wang Shujia et al. write it, and each
 * region profile shows the framework's advice for its largest obstacle elements.
 */
class DiagnosisRunTest {
    @TempDir
    Path dir;

    private static List<String[]> csv(Path p) throws Exception {
        byte[] b = Files.readAllBytes(p);
        try (CSVReader r = new CSVReader(new InputStreamReader(new java.io.ByteArrayInputStream(b, 3, b.length - 3),
                StandardCharsets.UTF_8))) {
            return r.readAll();
        }
    }

    private Path run(String coupling) throws Exception {
        Path firms = dir.resolve("firms.xlsx");
        Path regions = dir.resolve("regions.xlsx");
        if (!Files.exists(firms)) {
            CliRun s = CliRun.of("sample", "--firms", "60", "--seed", "5", "-o", firms.toString(), "--region-output",
                    regions.toString());
            assertEquals(0, s.exitCode(), s.err());
        }
        Path out = Files.createDirectories(dir.resolve(coupling));
        CliRun r = CliRun.of("score", firms.toString(), "--region-data", regions.toString(), "-o",
                out.resolve("r.xlsx").toString(), "--csv", out.resolve("csv").toString(), "--coupling", coupling, "-q");
        assertEquals(0, r.exitCode(), r.err());
        return out;
    }

    @Test
    void obstaclesSumToOneAndLagTypesFollowTheRatio() throws Exception {
        Path out = run("standard");
        Map<String, Double> sum = new HashMap<>();
        Map<String, Double> root = new HashMap<>();
        List<String[]> obstacles = csv(out.resolve("csv/obstacles.csv"));
        assertEquals(List.of("level", "unit", "code", "obstacle"), List.of(obstacles.get(0)));
        Framework fw = FrameworkLoader.load(null);
        for (String[] r : obstacles.subList(1, obstacles.size())) {
            String unit = r[0] + ":" + r[1];
            double v = Double.parseDouble(r[3]);
            assertTrue(v >= 0 && v <= 1 + 1e-12, r[3]);
            if (fw.question(r[2]).isPresent()) sum.merge(unit, v, Double::sum);
            if (r[2].equals("ECO")) root.put(unit, v);
        }
        assertTrue(sum.size() > 60, "firms and regions (58 firms scored, 15 regions in this sample)");
        for (Map.Entry<String, Double> e : sum.entrySet()) {
            assertEquals(1, e.getValue(), 1e-9, e.getKey() + ": questions sum to 1");
            assertEquals(1, root.get(e.getKey()), 1e-9, e.getKey() + ": the root carries the whole");
        }
        List<String[]> regions = csv(out.resolve("csv/regions.csv"));
        List<String> head = List.of(regions.get(0));
        int a = head.indexOf("A");
        int b = head.indexOf("B");
        int lag = head.indexOf("coupling_lag");
        assertEquals(head.indexOf("coupling_grade") + 1, lag);
        for (String[] r : regions.subList(1, regions.size())) {
            double ratio = Double.parseDouble(r[a]) / Double.parseDouble(r[b]);
            String expected = ratio < 0.8 ? "subsystem1" : ratio > 1.2 ? "subsystem2" : "synchronous";
            assertEquals(expected, r[lag], r[0] + " r = " + ratio);
        }
    }

    @Test
    void revisedCouplingAndAdviceInTheProfile() throws Exception {
        Path out = run("revised");
        List<String[]> regions = csv(out.resolve("csv/regions.csv"));
        List<String> head = List.of(regions.get(0));
        for (String[] r : regions.subList(1, regions.size())) {
            double u1 = Double.parseDouble(r[head.indexOf("A")]) / 100;
            double u2 = Double.parseDouble(r[head.indexOf("B")]) / 100;
            double c = Math.sqrt((1 - Math.abs(u1 - u2)) * Math.min(u1, u2) / Math.max(u1, u2));
            assertEquals(c, Double.parseDouble(r[head.indexOf("coupling_C")]), 1e-12, r[0]);
        }
        Framework fw = FrameworkLoader.load(null);
        Map<String, String> advice = new HashMap<>();
        for (Node n : fw.nodes()) advice.put(n.code() + " " + n.nameZh(), n.adviceZh());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("r.xlsx")))) {
            String region = regions.get(1)[0];
            Sheet p = wb.getSheet(region);
            int t = -1;
            for (int r = 0; r <= p.getLastRowNum(); r++) {
                Row row = p.getRow(r);
                if (row != null && row.getCell(0) != null && "主要障碍因子".equals(row.getCell(0).toString())) t = r;
            }
            assertTrue(t > 0, "the profile lists its largest obstacles");
            double last = 1;
            for (int k = 0; k < 3; k++) {
                Row row = p.getRow(t + 2 + k);
                String element = row.getCell(0).getStringCellValue();
                assertTrue(advice.containsKey(element), element);
                assertEquals(advice.get(element), row.getCell(3).getStringCellValue());
                assertTrue(!advice.get(element).isEmpty());
                double share = row.getCell(2).getNumericCellValue();
                assertTrue(share <= last && share > 0, "largest first");
                last = share;
            }
        }
    }
}
