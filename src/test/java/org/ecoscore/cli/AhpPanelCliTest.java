package org.ecoscore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecoscore.fixtures.WorkedExampleFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC §8 several experts' AHP through the command line: the Weights sheet, --ahp-max-cr, framework check. */
class AhpPanelCliTest {
    @TempDir
    Path dir;

    private Path framework() throws Exception {
        Path fw = WorkedExampleFiles.writeFramework(dir.resolve("fw"));
        Files.createDirectories(fw.resolve("ahp/S1"));
        // alice consistent (CR 0); bob a = 3, b = 1, c = 3: CR = 0.4835 (AhpPanelTest works it by hand)
        Files.writeString(fw.resolve("ahp/S1/alice.csv"), ",Q1,Q2,Q3\nQ1,1,2,4\nQ2,1/2,1,2\nQ3,1/4,1/2,1\n");
        Files.writeString(fw.resolve("ahp/S1/bob.csv"), ",Q1,Q2,Q3\nQ1,1,3,1\nQ2,1/3,1,3\nQ3,1,1/3,1\n");
        return fw;
    }

    private Path firms() throws Exception {
        Path f = dir.resolve("firms.csv");
        Files.writeString(f, "统一社会信用代码,企业名称,所在地区,Q1,Q2,Q3,Q4,Q5\n"
                + "F1,甲,广东省,4,2,10,5,1\nF2,乙,北京市,3,3,5,0,0\nF3,丙,广东省,5,1,20,12,1\n",
                StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void weightsSheetShowsEveryExpertAndTheAggregate() throws Exception {
        Path report = dir.resolve("r.xlsx");
        CliRun run = CliRun.of("score", firms().toString(), "-f", framework().toString(), "-o", report.toString(),
                "--weights", "ahp", "--ahp-max-cr", "0.1", "--lang", "en", "--quiet");
        assertEquals(0, run.exitCode(), run.err());
        try (InputStream in = Files.newInputStream(report); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet("Weights");
            int head = find(s, "Expert");
            assertEquals("Parent|Expert|n|λmax|CI|CR|Consistency|In aggregate", row(s, head));
            assertEquals("S1|alice|3|3.000|0.000|0.000|passed|yes", row(s, head + 1).replace("-0.000", "0.000"));
            assertEquals("S1|bob|3|3.561|0.280|0.483|failed|left out (CR above --ahp-max-cr)", row(s, head + 2));
            assertEquals("S1|aggregate (geometric mean) (1/2)|3|3.000|0.000|0.000|passed",
                    row(s, head + 3).replace("-0.000", "0.000"));
            int w = find(s, "AHP weights by expert: S1");
            assertEquals("Code|Name|alice|bob|aggregate (geometric mean)", row(s, w + 1));
            // alice 4/7 = 0.571; bob ∝ (3^⅓, 1, 3^-⅓): 0.460; aggregate = alice
            assertEquals("Q1|Policy is clear|0.571|0.460|0.571", row(s, w + 2));
            Sheet issues = wb.getSheet("Issues");
            assertTrue(find(issues, "Expert bob's AHP matrix for the children of S1 is left out") >= 0);
        }
    }

    @Test
    void maxCrNeedsAhpWeights() throws Exception {
        CliRun run = CliRun.of("score", firms().toString(), "-f", framework().toString(), "-o",
                dir.resolve("r.xlsx").toString(), "--ahp-max-cr", "0.1");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--ahp-max-cr applies to AHP weights; add --weights ahp"), run.err());
        CliRun zero = CliRun.of("score", firms().toString(), "-o", dir.resolve("r.xlsx").toString(),
                "--weights", "ahp", "--ahp-max-cr", "0");
        assertEquals(2, zero.exitCode());
        assertTrue(zero.err().contains("--ahp-max-cr must be a positive number"), zero.err());
    }

    @Test
    void frameworkCheckListsEachExpertsProblems() throws Exception {
        Path fw = framework();
        Files.writeString(fw.resolve("ahp/S1/carol.csv"), ",Q1,Q2,Q3\nQ1,1,10,1\nQ2,1/10,1,3\nQ3,1,1/3,1\n");
        CliRun run = CliRun.of("framework", "check", "-f", fw.toString());
        assertEquals(3, run.exitCode());
        assertTrue(run.out().contains("ahp/S1/carol.csv:2: entry \"10\" (row Q1, column Q2) is outside Saaty's 1–9 "
                + "scale"), run.out());
        assertTrue(run.noStackTrace());
    }

    private static int find(Sheet s, String prefix) {
        DataFormatter f = new DataFormatter();
        for (Row r : s) {
            for (org.apache.poi.ss.usermodel.Cell c : r) {
                if (f.formatCellValue(c).startsWith(prefix)) return r.getRowNum();
            }
        }
        return -1;
    }

    private static String row(Sheet s, int r) {
        DataFormatter f = new DataFormatter();
        StringBuilder b = new StringBuilder();
        Row row = s.getRow(r);
        for (int c = 0; c < row.getLastCellNum(); c++) {
            if (c > 0) b.append('|');
            b.append(row.getCell(c) == null ? "" : f.formatCellValue(row.getCell(c)));
        }
        return b.toString();
    }
}
